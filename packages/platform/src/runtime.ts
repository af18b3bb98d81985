import type { z } from "zod";
import { fastBuiltinRequires } from "./builtin-requires.ts";
import { commonEnv, EnvError, loadEnv } from "./env.ts";
import { createLogger, type Logger } from "./logger.ts";

/** Something started that must be stopped on shutdown, in reverse order of start. */
export type Stop = () => Promise<void> | void;

export interface Lifecycle {
  /** Registers a step of the graceful shutdown; the last registered runs first. */
  onStop(stop: Stop): void;
}

/**
 * Runs a service's `main`, reporting configuration errors at once (exit 1) and shutting
 * down gracefully on SIGTERM / SIGINT: stop taking work, finish what is in hand, close.
 */
export async function runService(name: string, main: (lifecycle: Lifecycle) => Promise<void>): Promise<void> {
  fastBuiltinRequires();
  const stops: Stop[] = [];
  const bootLog: Logger = createLogger(name, bootLevel());
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    bootLog.info({ signal }, "shutting down");
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (error) {
        bootLog.warn({ err: error }, "shutdown step failed");
      }
    }
    bootLog.info("stopped");
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  try {
    await main({ onStop: (stop) => stops.push(stop) });
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`${name}: ${error.message}`);
    } else {
      bootLog.fatal({ err: error }, "failed to start");
    }
    for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => undefined);
    process.exit(1);
  }
}

/**
 * LOG_LEVEL for the service's own start and stop lines, parsed as every setting is; an invalid
 * one falls back to info here, and `main`'s own settings report it.
 */
function bootLevel(): string {
  try {
    return loadEnv({ LOG_LEVEL: commonEnv.LOG_LEVEL }).LOG_LEVEL;
  } catch {
    return "info";
  }
}

export type EnvOf<S extends z.ZodRawShape> = z.infer<z.ZodObject<S>>;
