-- Machinery every context's database carries: the transactional outbox, the inbox of
-- handled events (idempotent consumers) and the dead letters operators look at.

CREATE TABLE "platform_outbox" (
    "seq"            BIGSERIAL PRIMARY KEY,
    "id"             UUID NOT NULL UNIQUE,
    "subject"        TEXT NOT NULL,
    "payload"        JSONB NOT NULL,
    "created_at"     TIMESTAMPTZ NOT NULL DEFAULT now(),
    "published_at"   TIMESTAMPTZ
);
CREATE INDEX "platform_outbox_unpublished" ON "platform_outbox" ("seq") WHERE "published_at" IS NULL;

CREATE TABLE "platform_inbox" (
    "consumer"       TEXT NOT NULL,
    "event_id"       UUID NOT NULL,
    "handled_at"     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY ("consumer", "event_id")
);

CREATE TABLE "platform_dead_letter" (
    "id"             BIGSERIAL PRIMARY KEY,
    "consumer"       TEXT NOT NULL,
    "subject"        TEXT NOT NULL,
    "event_id"       TEXT,
    "reason"         TEXT NOT NULL,
    "deliveries"     INTEGER NOT NULL,
    "payload"        TEXT NOT NULL,
    "created_at"     TIMESTAMPTZ NOT NULL DEFAULT now()
);
