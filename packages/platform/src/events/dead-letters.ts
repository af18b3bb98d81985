import type pg from "pg";
import { Gauge, type Registry } from "prom-client";
import { inTransaction } from "../database.ts";
import type { EventBus } from "./bus.ts";

/** An event a consumer gave up on: malformed, unknown, or failing past the delivery limit. */
export interface DeadLetter {
  readonly id: number;
  /** The durable consumer that parked it, `<context>-<policy>`. */
  readonly consumer: string;
  readonly subject: string;
  /** Null when the message was not even an event envelope. */
  readonly eventId: string | null;
  readonly reason: string;
  readonly deliveries: number;
  readonly createdAt: Date;
  readonly replayedAt: Date | null;
}

export interface ReplayOutcome {
  readonly replayed: number[];
  /** Dead letters that cannot be replayed, with why. */
  readonly skipped: { id: number; reason: string }[];
}

/** The dead letters of a context's database, oldest first; only the parked ones unless `all`. */
export async function listDeadLetters(pool: pg.Pool, options: { all?: boolean } = {}): Promise<DeadLetter[]> {
  const rows = await pool.query<DeadLetter>(
    `SELECT id::int, consumer, subject, event_id AS "eventId", reason, deliveries, created_at AS "createdAt", replayed_at AS "replayedAt"
     FROM platform_dead_letter ${options.all ? "" : "WHERE replayed_at IS NULL"} ORDER BY id`,
  );
  return rows.rows;
}

/**
 * Publishes parked dead letters again on their subject, once the cause is fixed, so they go
 * through the consumers' retries once more (and are parked again if they still fail). Every
 * consumer of the subject gets the event; those that applied it already drop it (inbox).
 * The message id is per dead letter, so a replay repeated within JetStream's duplicate
 * window publishes once. `ids` omitted: every parked one.
 */
export async function replayDeadLetters(pool: pg.Pool, bus: EventBus, ids?: readonly number[]): Promise<ReplayOutcome> {
  const outcome: ReplayOutcome = { replayed: [], skipped: [] };
  await inTransaction(pool, async (client) => {
    const rows = (
      await client.query<{ id: number; consumer: string; subject: string; event_id: string | null; payload: string }>(
        `SELECT id::int, consumer, subject, event_id, payload FROM platform_dead_letter
         WHERE replayed_at IS NULL AND ($1::bigint[] IS NULL OR id = ANY($1::bigint[])) ORDER BY id FOR UPDATE SKIP LOCKED`,
        [ids ?? null],
      )
    ).rows;
    for (const row of rows) {
      if (row.event_id === null) {
        outcome.skipped.push({ id: row.id, reason: "not an event envelope: nothing a consumer could apply" });
        continue;
      }
      await bus.js.publish(row.subject, row.payload, { msgID: `replay:${row.consumer}:${row.id}`, timeout: 5_000 });
      await client.query(`UPDATE platform_dead_letter SET replayed_at = now() WHERE id = $1`, [row.id]);
      outcome.replayed.push(row.id);
    }
  });
  for (const id of ids ?? []) {
    if (!outcome.replayed.includes(id) && !outcome.skipped.some((s) => s.id === id)) outcome.skipped.push({ id, reason: "no parked dead letter with that id" });
  }
  return outcome;
}

/**
 * `events_dead_letters_parked{consumer}`: dead letters not replayed yet, read from the
 * database at each scrape, so it stays right across restarts and replicas.
 */
export function registerParkedGauge(registry: Registry, pool: pg.Pool): void {
  new Gauge({
    name: "events_dead_letters_parked",
    help: "Dead letters waiting for an operator (not replayed yet), by consumer",
    labelNames: ["consumer"],
    registers: [registry],
    async collect() {
      try {
        const rows = (await pool.query<{ consumer: string; n: number }>(
          `SELECT consumer, count(*)::int AS n FROM platform_dead_letter WHERE replayed_at IS NULL GROUP BY consumer`,
        )).rows;
        this.reset();
        for (const row of rows) this.set({ consumer: row.consumer }, row.n);
      } catch {
        // Database unreachable: keep the last figures (readiness reports the outage).
      }
    },
  });
}
