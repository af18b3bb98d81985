-- AlterEnum
CREATE TYPE "CertificateIssueStatus_new" AS ENUM ('REQUESTED', 'ISSUED', 'CANCELED');
ALTER TABLE "certificate_issue" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "certificate_issue" ALTER COLUMN "status" TYPE "CertificateIssueStatus_new" USING ("status"::text::"CertificateIssueStatus_new");
ALTER TYPE "CertificateIssueStatus" RENAME TO "CertificateIssueStatus_old";
ALTER TYPE "CertificateIssueStatus_new" RENAME TO "CertificateIssueStatus";
DROP TYPE "CertificateIssueStatus_old";
ALTER TABLE "certificate_issue" ALTER COLUMN "status" SET DEFAULT 'REQUESTED';

-- DropIndex
DROP INDEX "certificate_issue_owner_id_idx";

-- AlterTable
ALTER TABLE "certificate_issue" DROP COLUMN "confirmed_at",
DROP COLUMN "owner_id",
DROP COLUMN "title",
ADD COLUMN     "application_id" UUID NOT NULL,
ADD COLUMN     "booking_id" UUID NOT NULL,
ADD COLUMN     "canceled_at" TIMESTAMPTZ(3),
ADD COLUMN     "certificate_number" TEXT,
ADD COLUMN     "customer_id" UUID NOT NULL,
ADD COLUMN     "issued_at" TIMESTAMPTZ(3),
ADD COLUMN     "issued_by" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "certificate_issue_application_id_key" ON "certificate_issue"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "certificate_issue_certificate_number_key" ON "certificate_issue"("certificate_number");

-- CreateIndex
CREATE INDEX "certificate_issue_status_requested_at_idx" ON "certificate_issue"("status", "requested_at");

-- CreateIndex
CREATE INDEX "certificate_issue_customer_id_idx" ON "certificate_issue"("customer_id");


-- Written by hand: certificate numbers VC-<year>-<six digits>, unique across years (the unique index above holds them).
CREATE SEQUENCE "certificate_number_seq" START 1;
