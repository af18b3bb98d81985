-- CreateTable
CREATE TABLE "case_timeline_event" (
    "event_id" UUID NOT NULL,
    "case_id" TEXT NOT NULL,
    "context" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "time" TIMESTAMPTZ(3) NOT NULL,
    "causation_id" TEXT NOT NULL,
    "owner_id" TEXT,
    "parked" JSONB,
    "seq" BIGSERIAL NOT NULL,

    CONSTRAINT "case_timeline_event_pkey" PRIMARY KEY ("event_id")
);

-- CreateIndex
CREATE INDEX "case_timeline_event_case_id_idx" ON "case_timeline_event"("case_id");
