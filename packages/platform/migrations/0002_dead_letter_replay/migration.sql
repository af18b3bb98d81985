-- A dead letter an operator replayed stays for the record; the ones not replayed yet are the
-- parked work (events_dead_letters_parked).
ALTER TABLE "platform_dead_letter" ADD COLUMN "replayed_at" TIMESTAMPTZ;
CREATE INDEX "platform_dead_letter_parked" ON "platform_dead_letter" ("consumer") WHERE "replayed_at" IS NULL;
