import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { applyMigrations, createPool, ensureDatabase, platformMigrations } from "../database.ts";
import { createLogger } from "../logger.ts";
import { createMetrics } from "../metrics.ts";
import { pgDatabase } from "../testing/pg-db.ts";
import { connectBus, type EventBus } from "./bus.ts";
import { policy, RetryLater, startConsumers, type RunningConsumers } from "./consumer.ts";
import { commandCausation } from "./envelope.ts";
import { startOutbox, unitOfWork, type Outbox } from "./outbox.ts";

const namespace = `it_${randomBytes(4).toString("hex")}`;
const url = `postgresql://postgres@127.0.0.1:5432/${namespace}`;
const log = createLogger("test", "silent");

async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The outbox relay and durable consumers with their inbox, on real PostgreSQL and NATS. */
describe("outbox and consumers", () => {
  let pool: pg.Pool;
  let bus: EventBus;
  let outbox: Outbox;
  let consumers: RunningConsumers;
  const attempts = new Map<string, number>();

  beforeAll(async () => {
    await ensureDatabase(url);
    pool = createPool(url, 5);
    await applyMigrations(pool, [{ dir: platformMigrations, scope: "platform" }], log);
    await pool.query("CREATE TABLE applied (id TEXT PRIMARY KEY, n INT NOT NULL)");
    bus = await connectBus({ url: "nats://127.0.0.1:4222", namespace, name: "test", log });
    const metrics = createMetrics("test");
    outbox = startOutbox({ context: "source", pool, bus, log, metrics });
    const db = pgDatabase(pool);
    const transact = unitOfWork(db, outbox);
    consumers = await startConsumers({ context: "sink", bus, pool, transact, log, metrics, maxDeliveries: 4 }, [
      policy({
        name: "apply",
        from: "source",
        event: "Happened",
        schema: z.object({ key: z.string(), failTimes: z.number().int() }),
        async handle(event, tx) {
          const seen = (attempts.get(event.data.key) ?? 0) + 1;
          attempts.set(event.data.key, seen);
          if (seen <= event.data.failTimes) throw new RetryLater(`not yet (${seen})`);
          await tx.$executeRawUnsafe("INSERT INTO applied (id, n) VALUES ($1, 1) ON CONFLICT (id) DO UPDATE SET n = applied.n + 1", event.data.key);
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

  const emit = (key: string, failTimes = 0) =>
    unitOfWork(pgDatabase(pool), outbox)((_tx, record) => record([{ type: "Happened", subject: key, data: { key, failTimes } }], commandCausation(key)));
  const applied = async (key: string) => (await pool.query("SELECT n FROM applied WHERE id = $1", [key])).rows[0]?.n as number | undefined;

  it("relays a committed event and applies it once", async () => {
    const key = randomUUID();
    await emit(key);
    await eventually("the event to be applied", async () => (await applied(key)) === 1);
    expect(await outbox.pending()).toBe(0);
  });

  it("redelivers an event whose handler asked to retry later, then applies it once", async () => {
    const key = randomUUID();
    await emit(key, 2);
    await eventually("the event to be applied after two retries", async () => (await applied(key)) === 1);
    expect(attempts.get(key)).toBe(3);
  });

  it("dead-letters an event failing past the delivery limit, and keeps consuming", async () => {
    const poisoned = randomUUID();
    const next = randomUUID();
    await emit(poisoned, 99);
    await emit(next);
    await eventually("the next event to be applied", async () => (await applied(next)) === 1);
    await eventually("the poison event to be dead-lettered", async () =>
      (await pool.query("SELECT 1 FROM platform_dead_letter WHERE payload LIKE $1", [`%${poisoned}%`])).rowCount === 1,
    );
    expect(attempts.get(poisoned)).toBe(4);
    expect(await applied(poisoned)).toBeUndefined();
  });

  it("drops a malformed message into the dead letters at once", async () => {
    await bus.js.publish(bus.names.eventSubject("source", "Happened"), "{not json", { msgID: randomUUID() });
    await eventually("the malformed message to be dead-lettered", async () =>
      (await pool.query("SELECT 1 FROM platform_dead_letter WHERE reason LIKE 'malformed envelope%'")).rowCount === 1,
    );
  });
});
