import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineEvents } from "@supergraph/contracts/define";
import { anyEvent, platformEvents } from "@supergraph/contracts/platform";
import { z } from "zod";
import { applyMigrations, createPool, ensureDatabase, platformMigrations } from "../database.ts";
import { createLogger } from "../logger.ts";
import { createMetrics } from "../metrics.ts";
import { connectBus, type EventBus } from "./bus.ts";
import { on, policy, startConsumers, type RunningConsumers } from "./consumer.ts";
import { commandCausation, envelope, type EventEnvelope } from "./envelope.ts";
import { startOutbox, unitOfWork, type Outbox } from "./outbox.ts";

const namespace = `it_parked_${randomBytes(4).toString("hex")}`;
const url = `postgresql://postgres@127.0.0.1:5432/${namespace}`;
const log = createLogger("test", "silent");
const refundEvents = defineEvents("refunds", { RefundTaken: z.object({ refundId: z.string(), customerId: z.string() }) });

async function eventually<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * The platform's parked notice and its anyEvent trigger, on real PostgreSQL and NATS: a policy
 * that always fails is parked after its last delivery, with EventParked recorded in the same
 * transaction; a policy on anyEvent gets every context's events, that notice included.
 */
describe("parked events and the anyEvent trigger", () => {
  let pool: pg.Pool;
  let bus: EventBus;
  let outbox: Outbox;
  let consumers: RunningConsumers;
  const failures = new Map<string, number>();
  const seenByAny: EventEnvelope[] = [];

  beforeAll(async () => {
    await ensureDatabase(url);
    pool = createPool(url, 5);
    await applyMigrations(pool, [{ dir: platformMigrations, scope: "platform" }], log);
    // Each row written to the dead letters and the outbox, with the transaction that wrote it.
    await pool.query(`
      CREATE TABLE written (tbl TEXT NOT NULL, row_data JSONB NOT NULL, xact xid8 NOT NULL);
      CREATE FUNCTION note_written() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO written VALUES (TG_TABLE_NAME, to_jsonb(NEW), pg_current_xact_id()); RETURN NEW; END $$;
      CREATE TRIGGER dead_letter_written AFTER INSERT ON platform_dead_letter FOR EACH ROW EXECUTE FUNCTION note_written();
      CREATE TRIGGER outbox_written AFTER INSERT ON platform_outbox FOR EACH ROW EXECUTE FUNCTION note_written();`);
    bus = await connectBus({ url: "nats://127.0.0.1:4222", namespace, name: "test", log });
    const metrics = createMetrics("test");
    outbox = startOutbox({ context: "payments", pool, bus, log, metrics, pollMs: 50 });
    const transact = unitOfWork(pool, outbox);
    consumers = await startConsumers({ context: "payments", bus, pool, transact, log, metrics, maxDeliveries: 2 }, [
      policy("refund-payment", on(refundEvents.RefundTaken), {
        async handle(event) {
          failures.set(event.id, (failures.get(event.id) ?? 0) + 1);
          throw new Error("refunds are refused here");
        },
      }),
      policy("everything", on(anyEvent), {
        async handle(event) {
          seenByAny.push(event);
        },
      }),
    ]);
  });

  afterAll(async () => {
    await consumers?.stop();
    await outbox?.stop();
    await bus?.jsm.streams.delete(bus.names.stream).catch(() => undefined);
    await bus?.close();
    await pool?.end();
    const admin = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/postgres" });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${namespace}" WITH (FORCE)`);
    await admin.end();
  });

  /** Publishes an event as the context's relay would. */
  async function publish(context: string, type: string, subject: string, data: object, caseId: string): Promise<EventEnvelope> {
    const e = envelope(context, { type, subject, data }, commandCausation(caseId));
    await bus.js.publish(bus.names.eventSubject(context, type), JSON.stringify(e), { msgID: e.id });
    return e;
  }

  it("parks an event failing past the delivery limit and records EventParked in its case, caused by it, in the dead letter's transaction", async () => {
    const caseId = randomUUID();
    const taken = await publish("refunds", "RefundTaken", caseId, { refundId: caseId, customerId: randomUUID() }, caseId);

    const deadLetter = await eventually("the refund to be parked", async () =>
      (await pool.query(`SELECT consumer, event_id, reason, deliveries FROM platform_dead_letter WHERE event_id = $1`, [taken.id])).rows[0],
    );
    expect(deadLetter).toMatchObject({ consumer: "payments-refund-payment", event_id: taken.id, deliveries: 2 });
    expect(deadLetter.reason).toMatch(/failed 2 times: refunds are refused here/);
    expect(failures.get(taken.id)).toBe(2);

    const notices = (await pool.query<{ payload: EventEnvelope }>(`SELECT payload FROM platform_outbox WHERE payload->>'type' = 'EventParked'`)).rows
      .map((r) => r.payload)
      .filter((e) => e.correlationid === caseId);
    expect(notices).toHaveLength(1);
    const notice = notices[0]!;
    expect(notice).toMatchObject({ source: "/contexts/payments", subject: taken.subject, correlationid: caseId, causationid: taken.id });
    expect(platformEvents.EventParked.schema.parse(notice.data)).toEqual({
      consumer: "payments-refund-payment",
      eventId: taken.id,
      eventType: "RefundTaken",
      reason: deadLetter.reason,
    });

    const xacts = (
      await pool.query<{ tbl: string; xact: string }>(
        `SELECT tbl, xact::text FROM written WHERE (tbl = 'platform_dead_letter' AND row_data->>'event_id' = $1) OR (tbl = 'platform_outbox' AND row_data->>'id' = $2)`,
        [taken.id, notice.id],
      )
    ).rows;
    expect(xacts.map((r) => r.tbl).sort()).toEqual(["platform_dead_letter", "platform_outbox"]);
    expect(xacts[0]!.xact).toBe(xacts[1]!.xact);
  });

  it("gives an anyEvent policy the events of every context, whatever their type, the parked notice too", async () => {
    const caseId = randomUUID();
    const opened = await publish("lectures", "LectureOpened", caseId, { lectureId: caseId, title: "Logic" }, caseId);
    const taken = await publish("refunds", "RefundTaken", caseId, { refundId: caseId, customerId: randomUUID() }, caseId);

    const seen = await eventually("the anyEvent policy to see the case's three events", async () => {
      const mine = seenByAny.filter((e) => e.correlationid === caseId);
      return mine.length >= 3 && mine;
    });
    expect(seen.map((e) => `${e.source} ${e.type}`).sort()).toEqual(["/contexts/lectures LectureOpened", "/contexts/payments EventParked", "/contexts/refunds RefundTaken"]);
    expect(seen.find((e) => e.id === opened.id)?.data).toEqual({ lectureId: caseId, title: "Logic" });
    expect(seen.find((e) => e.type === "EventParked")).toMatchObject({ causationid: taken.id, data: { eventId: taken.id, eventType: "RefundTaken" } });
    // Each once: the anyEvent policy itself never failed, so nothing of it was parked.
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    expect((await pool.query(`SELECT 1 FROM platform_dead_letter WHERE consumer = 'payments-everything'`)).rowCount).toBe(0);
  });
});
