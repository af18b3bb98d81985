import { setTimeout as sleep } from "node:timers/promises";

export interface ProviderSettings {
  /** Time every send takes, in ms. */
  readonly latencyMs: number;
  /** Share of sends that fail, 0 to 1. */
  readonly failureRate: number;
}

/** The provider did not take the message this time (a retry may succeed). */
export class SendFailed extends Error {
  constructor() {
    super("The SMS provider did not take the message.");
    this.name = "SendFailed";
  }
}

/** What an SMS provider is sent. */
export interface SmsMessage {
  /** The notification id: real providers take it as idempotency key, so a send retried after a crash goes out once. */
  readonly id: string;
  readonly to: string;
  readonly text: string;
}

/** The third party that sends text messages. */
export interface SmsProvider {
  /** Resolves when the provider took the message; throws {@link SendFailed} otherwise. */
  send(message: SmsMessage): Promise<void>;
}

/**
 * A stand-in for an SMS gateway, slow and unreliable on demand (like payments' processor), so a
 * failing provider's retries, backoff and parking can be shown. `random` returns values in [0, 1).
 */
export function simulatedSmsProvider(settings: ProviderSettings, random: () => number, wait: (ms: number) => Promise<unknown> = sleep): SmsProvider {
  return {
    async send() {
      if (settings.latencyMs > 0) await wait(settings.latencyMs);
      if (random() < settings.failureRate) throw new SendFailed();
    },
  };
}
