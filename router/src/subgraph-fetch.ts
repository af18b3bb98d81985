import { Agent, request } from "node:http";
import type { RemoteGraphQLDataSource } from "@apollo/gateway";

type Fetcher = RemoteGraphQLDataSource["fetcher"];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/**
 * Idle keep-alive sockets live this long at most; Node's agent retires one sooner, a second
 * before the timeout the subgraph advertises (`Keep-Alive: timeout=65`), so a request is
 * never sent on a socket the subgraph is closing (a reset that would look like an outage).
 */
const IDLE_SOCKET_MS = 60_000;

/** A subgraph's answer, read whole: the gateway parses every body at once anyway. */
class SubgraphResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: FetcherResponse["headers"],
    private readonly body: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(this.body).buffer as ArrayBuffer;
  }

  clone(): FetcherResponse {
    return this;
  }
}

/**
 * The gateway's HTTP client for subgraph fetches: node:http on one keep-alive agent.
 * Profiled under load (bench/router-throughput.ts), Node's fetch cost the router about as
 * much CPU per subgraph call as planning and shaping the result together (WHATWG streams,
 * abort signals, the body sent as an async iterable); this client costs a fraction of it.
 * A subgraph silent for `timeoutMs` fails the fetch, which the router reports as unavailable.
 */
export function subgraphFetcher(options: { timeoutMs: number }): Fetcher {
  const agent = new Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS });
  return (url, init = {}) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const body = init.body ?? "";
      const req = request(url, { method: init.method, headers: { ...init.headers, "content-length": Buffer.byteLength(body) }, agent, timeout: options.timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const headers = new Headers();
          for (let i = 0; i < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
          // Node's Headers is iterable; the DOM typings used here do not say so.
          const iterable = headers as unknown as FetcherResponse["headers"];
          resolve(new SubgraphResponse(url, res.statusCode ?? 0, res.statusMessage ?? "", iterable, Buffer.concat(chunks).toString("utf8")));
        });
      });
      req.on("timeout", () => req.destroy(new Error(`request to ${url} failed, reason: no answer in ${options.timeoutMs} ms`)));
      req.on("error", reject);
      req.end(body);
    });
}
