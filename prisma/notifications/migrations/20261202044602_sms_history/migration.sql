-- The scaffold's placeholder table held nothing: replaced by the real model.
DROP TABLE "notification";
DROP TYPE "NotificationStatus";

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('SMS');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "request_event_id" UUID NOT NULL,
    "requested_by" TEXT NOT NULL,
    "recipient_id" UUID NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "address" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "case_label" TEXT,
    "status" "NotificationStatus" NOT NULL DEFAULT 'PENDING',
    "failed_attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "notification_request_event_id_key" ON "notification"("request_event_id");

-- CreateIndex
CREATE INDEX "notification_recipient_id_requested_at_idx" ON "notification"("recipient_id", "requested_at");
