-- The read model's statuses take their owners' enums, by name and value (registrations'
-- RegistrationStatus, payments' PaymentStatus, lectures' LectureStatus), as the views SDL does.
-- Written by hand (Prisma's diff drops and re-adds the columns, losing the rows): the columns
-- change type in place. REGISTERED is gone from RegistrationStatus (a registration is written
-- once charged, so CourseRegistered means PAID); a row CourseRegistered made (student_id set)
-- whose payment's event had not arrived yet has its payment COMPLETED, for the same reason.

CREATE TYPE "RegistrationStatus" AS ENUM ('PAID', 'CANCELED');
CREATE TYPE "PaymentStatus" AS ENUM ('COMPLETED', 'CANCELED', 'VOIDED');
CREATE TYPE "LectureStatus" AS ENUM ('OPEN', 'CANCELED');

ALTER TABLE "registration_view"
  ALTER COLUMN "status" TYPE "RegistrationStatus"
    USING (CASE WHEN "status"::text = 'REGISTERED' THEN 'PAID' ELSE "status"::text END)::"RegistrationStatus",
  ALTER COLUMN "payment_status" TYPE "PaymentStatus" USING "payment_status"::text::"PaymentStatus";
UPDATE "registration_view" SET "payment_status" = 'COMPLETED' WHERE "student_id" IS NOT NULL AND "payment_status" IS NULL;

ALTER TABLE "lecture_view" ALTER COLUMN "status" TYPE "LectureStatus" USING "status"::text::"LectureStatus";

DROP TYPE "RegistrationViewStatus";
DROP TYPE "PaymentViewStatus";
DROP TYPE "LectureViewStatus";
