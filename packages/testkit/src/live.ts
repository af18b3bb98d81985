import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { metric } from "./metrics.ts";
import { waitFor } from "./wait.ts";

/** A graphql-ws subscriber against the router, collecting what it receives. */
export class Subscriber {
  readonly received: any[] = [];
  /** When each of `received` arrived (performance.now()), for latency figures. */
  readonly receivedAt: number[] = [];
  readonly errors: unknown[] = [];
  closedWith: { code: number; reason: string } | undefined;
  private readonly client: Client;
  private dispose: (() => void) | undefined;

  constructor(routerUrl: string, token: string | undefined) {
    this.client = createClient({
      url: routerUrl.replace(/^http/, "ws") + "/graphql",
      webSocketImpl: WebSocket,
      connectionParams: token === undefined ? {} : { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      on: {
        closed: (event) => {
          const e = event as { code: number; reason: string };
          this.closedWith = { code: e.code, reason: String(e.reason) };
        },
      },
      onNonLazyError: () => undefined,
    });
  }

  /** Starts a subscription; its results land in `received`. */
  subscribe(query: string, variables: Record<string, unknown> = {}): this {
    this.dispose = this.client.subscribe(
      { query, variables },
      {
        next: (value) => {
          if (value.errors) this.errors.push(...value.errors);
          if (value.data) {
            this.received.push(value.data);
            this.receivedAt.push(performance.now());
          }
        },
        error: (error) => this.errors.push(...(Array.isArray(error) ? error : [error instanceof Error ? { message: error.message } : error])),
        complete: () => undefined,
      },
    );
    return this;
  }

  /** Waits until `count` results arrived. */
  async waitForCount(count: number, timeoutMs = 30_000): Promise<any[]> {
    await waitFor(`${count} subscription results (have ${this.received.length}, errors ${JSON.stringify(this.errors)})`, () => this.received.length >= count, timeoutMs);
    return this.received;
  }

  async close(): Promise<void> {
    this.dispose?.();
    await this.client.dispose();
  }
}

/**
 * Runs `open` (which starts `count` subscriptions) and waits until the router counts them
 * as open, so no event published next can be missed by a subscription still on its way.
 */
export async function openSubscriptions<T>(routerUrl: string, count: number, open: () => T): Promise<T> {
  const current = () => metric(routerUrl, "live_subscriptions", { kind: "subscribers" });
  const before = await current();
  const opened = open();
  await waitFor(`${count} subscriptions to open`, async () => (await current()) >= before + count);
  return opened;
}
