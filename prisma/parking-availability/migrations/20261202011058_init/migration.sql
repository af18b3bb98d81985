-- CreateTable
CREATE TABLE "parking_day" (
    "date" DATE NOT NULL,
    "capacity" INTEGER NOT NULL,
    "capacity_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "parking_day_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "allocation" (
    "reservation_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "released" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "allocation_pkey" PRIMARY KEY ("reservation_id")
);

-- CreateIndex
CREATE INDEX "parking_day_capacity_at_idx" ON "parking_day"("capacity_at");

-- CreateIndex
CREATE INDEX "allocation_date_idx" ON "allocation"("date");

