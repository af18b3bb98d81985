import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs, one logger per service; children add `component`. */
export function createLogger(service: string, level: string = "info"): Logger {
  return pino({ name: service, level, base: { service } });
}
