-- CreateEnum
CREATE TYPE "CertificateIssueStatus" AS ENUM ('REQUESTED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "certificate_issue" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "CertificateIssueStatus" NOT NULL DEFAULT 'REQUESTED',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),

    CONSTRAINT "certificate_issue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "certificate_issue_owner_id_idx" ON "certificate_issue"("owner_id");

