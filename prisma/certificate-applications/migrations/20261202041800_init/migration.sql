-- CreateEnum
CREATE TYPE "CertificateApplicationStatus" AS ENUM ('REQUESTED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "certificate_application" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "CertificateApplicationStatus" NOT NULL DEFAULT 'REQUESTED',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),

    CONSTRAINT "certificate_application_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "certificate_application_owner_id_idx" ON "certificate_application"("owner_id");

