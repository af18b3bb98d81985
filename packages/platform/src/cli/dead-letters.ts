/**
 * Operators' tool for one context's dead letters, run where the context runs (its
 * DATABASE_URL, NATS_URL and NATS_NAMESPACE):
 *   node --import tsx packages/platform/src/cli/dead-letters.ts list [--all]
 *   node --import tsx packages/platform/src/cli/dead-letters.ts replay [<id> ...]
 * `list` shows the parked ones (`--all`: replayed ones too); `replay` publishes the given
 * ones (default: every parked one) again, once their cause is fixed. Exit 1 on misuse.
 */
import { z } from "zod";
import { createPool } from "../database.ts";
import { commonEnv, loadEnv } from "../env.ts";
import { connectBus } from "../events/bus.ts";
import { listDeadLetters, replayDeadLetters } from "../events/dead-letters.ts";
import { createLogger } from "../logger.ts";

const USAGE = "usage: dead-letters.ts list [--all] | replay [<id> ...]";

async function main([command, ...args]: string[]): Promise<void> {
  const env = loadEnv({ ...commonEnv, DATABASE_URL: z.string().min(1, "the context's database URL") });
  const pool = createPool(env.DATABASE_URL, 2);
  try {
    if (command === "list") {
      const all = args.includes("--all");
      const letters = await listDeadLetters(pool, { all });
      for (const l of letters) {
        const replayed = l.replayedAt ? `\treplayed ${l.replayedAt.toISOString()}` : "";
        console.log(`${l.id}\t${l.createdAt.toISOString()}\t${l.consumer}\t${l.eventId ?? "-"}\tdeliveries=${l.deliveries}\t${l.reason}${replayed}`);
      }
      console.log(`${letters.length} dead letter(s)${all ? "" : " parked"}`);
    } else if (command === "replay") {
      const ids = args.map(Number);
      if (ids.some((id) => !Number.isInteger(id) || id <= 0)) throw new Error(USAGE);
      const bus = await connectBus({ url: env.NATS_URL, namespace: env.NATS_NAMESPACE, name: "dead-letters", log: createLogger("dead-letters", "warn") });
      try {
        const { replayed, skipped } = await replayDeadLetters(pool, bus, ids.length > 0 ? ids : undefined);
        console.log(`replayed ${replayed.length}: ${replayed.join(", ") || "-"}`);
        for (const s of skipped) console.log(`skipped ${s.id}: ${s.reason}`);
      } finally {
        await bus.close();
      }
    } else {
      throw new Error(USAGE);
    }
  } finally {
    await pool.end();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
