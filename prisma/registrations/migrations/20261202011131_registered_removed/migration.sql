-- REGISTERED leaves RegistrationStatus: no client could ever observe it (a registration is
-- written once its charge completed, PAID), so it is gone from the SDL, the live changes and
-- here. Edited by hand from Prisma's diff: the CHECK that kept the value unused
-- (registration_stored_status) goes, and the partial unique index, whose predicate names the
-- type, is made again on the new type (no BEGIN/COMMIT: each migration runs in a transaction).
-- Rows an older version left REGISTERED had their charge completed: PAID as of registering.
ALTER TABLE "registration" DROP CONSTRAINT "registration_stored_status";
UPDATE "registration" SET "status" = 'PAID', "paid_at" = COALESCE("paid_at", "registered_at") WHERE "status" = 'REGISTERED';
DROP INDEX "registration_one_live_per_student";

-- AlterEnum
CREATE TYPE "RegistrationStatus_new" AS ENUM ('PAID', 'CANCELED');
ALTER TABLE "registration" ALTER COLUMN "status" TYPE "RegistrationStatus_new" USING ("status"::text::"RegistrationStatus_new");
ALTER TYPE "RegistrationStatus" RENAME TO "RegistrationStatus_old";
ALTER TYPE "RegistrationStatus_new" RENAME TO "RegistrationStatus";
DROP TYPE "RegistrationStatus_old";

-- One live registration per student and lecture (Prisma cannot express a partial index).
CREATE UNIQUE INDEX "registration_one_live_per_student" ON "registration"("lecture_id", "student_id") WHERE "status" <> 'CANCELED';
