-- Hand-written (Prisma cannot express a CHECK constraint; a later `migration` diff does not propose dropping it).
-- A registration is written only after its charge completed, so it is stored PAID; REGISTERED
-- is only the status of the first live change of a new registration. Rows an older version
-- left REGISTERED (written before the registration was made paid, their charge had completed
-- too) become PAID as of when they were registered.
UPDATE "registration" SET "status" = 'PAID', "paid_at" = COALESCE("paid_at", "registered_at") WHERE "status" = 'REGISTERED';

ALTER TABLE "registration" ADD CONSTRAINT "registration_stored_status" CHECK ("status" <> 'REGISTERED');
