import { Agent, request, type IncomingHttpHeaders, type RequestOptions } from "node:http";
import { urlToHttpOptions } from "node:url";

/**
 * Idle keep-alive sockets live this long at most; Node's agent retires one sooner, a second
 * before the timeout the subgraph advertises (`Keep-Alive: timeout=65`), so a request is
 * never sent on a socket the subgraph is closing (a reset that would look like an outage).
 */
const IDLE_SOCKET_MS = 60_000;

/** A subgraph's answer, read whole: the gateway takes every body at once anyway. */
export interface SubgraphAnswer {
  readonly status: number;
  /** As Node parsed them: names in lower case. */
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** One POST to a subgraph (`headers`: a fresh object, the call adds content-length): its answer whatever the status; a failure only when none came. */
export type SubgraphCall = (url: string, headers: Record<string, string>, body: string) => Promise<SubgraphAnswer>;

/**
 * The router's HTTP client for subgraph fetches: node:http on one keep-alive agent, headers
 * as a plain object and the body as a string, both ways. Profiled under load
 * (bench/router-throughput.ts), Node's fetch cost about as much CPU per subgraph call as
 * planning and shaping the result together (WHATWG streams, abort signals, the body sent as
 * an async iterable), and the fetch-shaped Request, Headers and Response objects the
 * gateway's data source builds around any client cost a few per cent more; this costs a
 * fraction of either. A subgraph silent for `timeoutMs` fails the call, which the router
 * reports as unavailable. Each subgraph's URL is parsed once, not on every call (a URL and
 * its conversion to request options per call were 1.5% of the router's CPU under load).
 */
export function subgraphClient(options: { timeoutMs: number }): SubgraphCall {
  const agent = new Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS });
  const targets = new Map<string, RequestOptions>();
  const targetOf = (url: string): RequestOptions => {
    let target = targets.get(url);
    if (!target) {
      target = { ...urlToHttpOptions(new URL(url)), method: "POST", agent, timeout: options.timeoutMs };
      targets.set(url, target);
    }
    return target;
  };
  return (url, headers, body) =>
    new Promise<SubgraphAnswer>((resolve, reject) => {
      headers["content-length"] = String(Buffer.byteLength(body));
      const req = request({ ...targetOf(url), headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString("utf8") }));
      });
      req.on("timeout", () => req.destroy(new Error(`request to ${url} failed, reason: no answer in ${options.timeoutMs} ms`)));
      req.on("error", reject);
      req.end(body);
    });
}
