import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineEvents } from "@supergraph/contracts/define";
import { anyEvent } from "@supergraph/contracts/platform";
import { z } from "zod";
import { applyMigrations, createPool, ensureDatabase, platformMigrations } from "../database.ts";
import { createLogger } from "../logger.ts";
import { createMetrics } from "../metrics.ts";
import { connectBus, type EventBus } from "./bus.ts";
import { on, policy, RetryLater, startConsumers, type RunningConsumers } from "./consumer.ts";
import { commandCausation } from "./envelope.ts";
import { startOutbox, unitOfWork, type Outbox } from "./outbox.ts";

const namespace = `it_${randomBytes(4).toString("hex")}`;
const url = `postgresql://postgres@127.0.0.1:5432/${namespace}`;
const log = createLogger("test", "silent");
const sourceEvents = defineEvents("source", {
  Happened: z.object({ key: z.string(), failTimes: z.number().int(), seq: z.number().int().default(0) }),
});

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
    await pool.query("CREATE TABLE applied (id TEXT PRIMARY KEY, n INT NOT NULL, seq INT[] NOT NULL DEFAULT '{}')");
    bus = await connectBus({ url: "nats://127.0.0.1:4222", namespace, name: "test", log });
    const metrics = createMetrics("test");
    outbox = startOutbox({ context: "source", pool, bus, log, metrics });
    const transact = unitOfWork(pool, outbox);
    consumers = await startConsumers({ context: "sink", bus, pool, transact, log, metrics, maxDeliveries: 4 }, [
      policy("apply", on(sourceEvents.Happened), {
        async handle(event, tx) {
          const attempt = `${event.data.key}/${event.data.seq}`;
          const seen = (attempts.get(attempt) ?? 0) + 1;
          attempts.set(attempt, seen);
          if (seen <= event.data.failTimes) throw new RetryLater(`not yet (${seen})`);
          await tx.$executeRawUnsafe(
            "INSERT INTO applied (id, n, seq) VALUES ($1, 1, ARRAY[$2::int]) ON CONFLICT (id) DO UPDATE SET n = applied.n + 1, seq = applied.seq || $2::int",
            event.data.key,
            event.data.seq,
          );
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
    unitOfWork(pool, outbox)((_tx, record) => record([{ type: "Happened", subject: key, data: { key, failTimes } }], commandCausation(key)));
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
    expect(attempts.get(`${key}/0`)).toBe(3);
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
    expect(attempts.get(`${poisoned}/0`)).toBe(4);
    expect(await applied(poisoned)).toBeUndefined();
  });

  it("drops a malformed message into the dead letters at once", async () => {
    await bus.js.publish(bus.names.eventSubject("source", "Happened"), "{not json", { msgID: randomUUID() });
    await eventually("the malformed message to be dead-lettered", async () =>
      (await pool.query("SELECT 1 FROM platform_dead_letter WHERE reason LIKE 'malformed envelope%'")).rowCount === 1,
    );
  });

  it("applies a burst in batches: each event once, each key's events in order, a failing one retried alone", async () => {
    // 40 keys with 10 events each, recorded in one transaction so they reach the consumer
    // together; one event in the middle of the burst fails once.
    const keys = Array.from({ length: 40 }, () => randomUUID());
    const failing = { key: keys[17]!, seq: 4 };
    await unitOfWork(pool, outbox)((_tx, record) =>
      record(
        Array.from({ length: 10 }, (_, seq) =>
          keys.map((key) => ({ type: "Happened", subject: key, data: { key, seq, failTimes: key === failing.key && seq === failing.seq ? 1 : 0 } })),
        ).flat(),
        commandCausation(randomUUID()),
      ),
    );
    await eventually("every event of the burst to be applied", async () =>
      (await pool.query("SELECT count(*)::int AS n FROM applied WHERE id = ANY($1) AND n = 10", [keys])).rows[0].n === keys.length,
    );
    const rows = (await pool.query<{ id: string; n: number; seq: number[] }>("SELECT id, n, seq FROM applied WHERE id = ANY($1)", [keys])).rows;
    const inOrder = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (const row of rows) {
      // The failed event is retried later, so it may come after its key's next ones; every other key kept its order.
      if (row.id === failing.key) expect([...row.seq].sort((a, b) => a - b)).toEqual(inOrder);
      else expect(row.seq).toEqual(inOrder);
    }
    expect(attempts.get(`${failing.key}/${failing.seq}`)).toBe(2);
  });

  it("drops a redelivered event that is already in the inbox", async () => {
    const key = randomUUID();
    const [event] = await emit(key);
    await eventually("the event to be applied", async () => (await applied(key)) === 1);
    // The same message again, past JetStream's duplicate window (a new message id).
    await bus.js.publish(bus.names.eventSubject("source", "Happened"), JSON.stringify(event), { msgID: randomUUID() });
    const later = randomUUID();
    await emit(later);
    await eventually("the next event to be applied", async () => (await applied(later)) === 1);
    expect(await applied(key)).toBe(1);
  });

  it("a policy on a request event (publisher *) gets it from every publisher, and only that type", async () => {
    const requests = defineEvents("*", { Asked: z.object({ key: z.string() }) });
    const asked: string[] = [];
    const owner = await startConsumers({ context: "owner", bus, pool, transact: unitOfWork(pool, outbox), log, metrics: createMetrics("owner") }, [
      policy("answer", on(requests.Asked), {
        async handle(event) {
          asked.push(`${event.source}:${event.data.key}`);
        },
      }),
    ]);
    try {
      const key = randomUUID();
      for (const publisher of ["pizza-orders", "registrations"]) {
        const published = { id: randomUUID(), source: `/contexts/${publisher}`, type: "Asked", subject: key, time: new Date().toISOString(), correlationid: key, causationid: key, data: { key } };
        await bus.js.publish(bus.names.eventSubject(publisher, "Asked"), JSON.stringify(published), { msgID: published.id });
      }
      await bus.js.publish(bus.names.eventSubject("registrations", "Told"), JSON.stringify({ id: randomUUID() }), { msgID: randomUUID() });
      await eventually("both requests to be handled", async () => asked.length >= 2);
      expect(asked.sort()).toEqual([`/contexts/pizza-orders:${key}`, `/contexts/registrations:${key}`]);
      expect((await pool.query("SELECT 1 FROM platform_dead_letter WHERE consumer = 'owner-answer'")).rowCount).toBe(0);
    } finally {
      await owner.stop();
    }
  });

  it("records made in one tick share one outbox INSERT, each row with its own case and cause, in call order", async () => {
    const keys = Array.from({ length: 5 }, () => randomUUID());
    const inserts: number[] = [];
    const counted: Outbox = { ...outbox, insert: (tx, rows) => (inserts.push(rows.envelopes.length), outbox.insert(tx, rows)) };
    const recorded = await unitOfWork(pool, counted)((_tx, record) =>
      Promise.all(keys.map((key) => record([{ type: "Happened", subject: key, data: { key, failTimes: 0 } }], commandCausation(key)))),
    );
    expect(inserts).toEqual([keys.length]);
    const ids = recorded.flat().map((e) => e.id);
    const rows = (await pool.query<{ id: string; correlation: string; seq: string }>(
      "SELECT id::text, payload->>'correlationid' AS correlation, seq::text FROM platform_outbox WHERE id = ANY($1::uuid[]) ORDER BY seq",
      [ids],
    )).rows;
    expect(rows.map((r) => r.correlation)).toEqual(keys);
    expect(rows.map((r) => r.id)).toEqual(ids);
    await eventually("every event to be applied", async () =>
      (await pool.query("SELECT count(*)::int AS n FROM applied WHERE id = ANY($1) AND n = 1", [keys])).rows[0].n === keys.length,
    );
  });

  it("acknowledges an event its policy ignores without a transaction, and an ownInbox policy applies a redelivery once", async () => {
    await pool.query("CREATE TABLE IF NOT EXISTS kept (event_id UUID PRIMARY KEY, key TEXT NOT NULL)");
    const keeperMetrics = createMetrics("keeper");
    const keeper = await startConsumers({ context: "keeper", bus, pool, transact: unitOfWork(pool, outbox), log, metrics: keeperMetrics }, [
      policy("keep", on(sourceEvents.Happened), {
        ignore: (event) => event.data.key.startsWith("ignored-"),
        ownInbox: true,
        async handle(event, tx) {
          await tx.$executeRawUnsafe("INSERT INTO kept (event_id, key) VALUES ($1::uuid, $2) ON CONFLICT (event_id) DO NOTHING", event.id, event.data.key);
        },
      }),
    ]);
    try {
      const ignored = `ignored-${randomUUID()}`;
      const key = randomUUID();
      await emit(ignored);
      const [event] = await emit(key);
      await eventually("the kept event to be stored", async () => (await pool.query("SELECT 1 FROM kept WHERE key = $1", [key])).rowCount === 1);
      // The same message again, past JetStream's duplicate window (a new message id): no inbox, the row is the record.
      await bus.js.publish(bus.names.eventSubject("source", "Happened"), JSON.stringify(event), { msgID: randomUUID() });
      const later = randomUUID();
      await emit(later);
      await eventually("the next event to be stored", async () => (await pool.query("SELECT 1 FROM kept WHERE key = $1", [later])).rowCount === 1);
      // One consumer takes its events in stream order: the redelivery was handled before `later`.
      const outcomes = (await keeperMetrics.eventsHandled.get()).values.filter((v) => v.labels.consumer === "keeper-keep");
      expect(outcomes.find((v) => v.labels.outcome === "ignored")?.value).toBe(1);
      expect((await pool.query("SELECT count(*)::int AS n FROM kept WHERE key = $1", [key])).rows[0].n).toBe(1);
      expect((await pool.query("SELECT 1 FROM kept WHERE key = $1", [ignored])).rowCount).toBe(0);
      expect((await pool.query("SELECT 1 FROM platform_inbox WHERE consumer = $1", [bus.names.durable("keeper", "keep")])).rowCount).toBe(0);
    } finally {
      await keeper.stop();
    }
  });

  it("acknowledges the events of a type its policy ignores unread by their subject alone, and applies the rest", async () => {
    const notices = defineEvents("notices", { Noticed: z.object({ key: z.string() }) });
    await pool.query("CREATE TABLE IF NOT EXISTS watched (event_id UUID PRIMARY KEY, type TEXT NOT NULL)");
    const watcherMetrics = createMetrics("watcher");
    const watcher = await startConsumers({ context: "watcher", bus, pool, transact: unitOfWork(pool, outbox), log, metrics: watcherMetrics }, [
      policy("watch", on(anyEvent), {
        ignoreUnread: [notices.Noticed],
        ownInbox: true,
        async handle(event, tx) {
          await tx.$executeRawUnsafe("INSERT INTO watched (event_id, type) VALUES ($1::uuid, $2) ON CONFLICT (event_id) DO NOTHING", event.id, event.type);
        },
      }),
    ]);
    try {
      const noticed = bus.names.eventSubject("notices", "Noticed");
      // Not even an envelope: read, it would be dead-lettered.
      await bus.js.publish(noticed, "{not json", { msgID: randomUUID() });
      const key = randomUUID();
      const [event] = await emit(key);
      await eventually("the event after the notice to be stored", async () => (await pool.query("SELECT 1 FROM watched WHERE event_id = $1", [event!.id])).rowCount === 1);
      const outcomes = (await watcherMetrics.eventsHandled.get()).values.filter((v) => v.labels.consumer === "watcher-watch");
      expect(outcomes.find((v) => v.labels.outcome === "ignored")?.value).toBe(1);
      expect((await pool.query("SELECT 1 FROM platform_dead_letter WHERE consumer = 'watcher-watch' AND subject = $1", [noticed])).rowCount).toBe(0);
      expect((await pool.query("SELECT 1 FROM watched WHERE type = 'Noticed'")).rowCount).toBe(0);
    } finally {
      await watcher.stop();
    }
  });
});
