import type { Logger, Sql, UnitOfWork } from "@supergraph/platform";
import { staleHolds } from "../infra/registration-store.ts";
import { releaseHold } from "./register.ts";

/**
 * Releases seat holds older than `timeoutMs` — left by a process that died between
 * charging and registering — and voids their payments. Returns the stop function.
 */
export function startHoldSweeper(deps: { sql: Sql; transact: UnitOfWork; log: Logger }, timeoutMs: number): () => Promise<void> {
  let sweeping: Promise<void> = Promise.resolve();
  const sweep = async () => {
    const stale = await staleHolds(deps.sql, new Date(Date.now() - timeoutMs));
    for (const hold of stale) {
      if (await releaseHold(deps, hold.registrationId, true)) {
        deps.log.warn({ registrationId: hold.registrationId }, "stale seat hold released; its payment is voided");
      }
    }
  };
  const timer = setInterval(() => {
    sweeping = sweep().catch((error) => deps.log.warn({ err: error }, "seat hold sweep failed"));
  }, Math.max(1_000, Math.floor(timeoutMs / 4)));
  timer.unref();
  return async () => {
    clearInterval(timer);
    await sweeping;
  };
}
