import type { ServerResponse } from "node:http";
import type { ExecutionResult, GraphQLFormattedError } from "graphql";

/**
 * Apollo's multipart HTTP subscription protocol (what Apollo Client's `HttpLink`, Apollo
 * Kotlin and Apollo iOS speak): one `multipart/mixed` response per subscription, boundary
 * `graphql`, each part a JSON object: `{"payload": <execution result>}` for a result, `{}` for
 * a heartbeat, `{"payload": null, "errors": [...]}` for a fatal transport error, after which
 * the response ends with `--graphql--`.
 */
export const MULTIPART_CONTENT_TYPE = 'multipart/mixed;boundary="graphql";subscriptionSpec="1.0"';

/** Whether an Accept header takes multipart subscriptions (`subscriptionSpec=1.0`, quoted or not). */
export function acceptsMultipartSubscription(accept: string | undefined): boolean {
  return (accept ?? "").split(",").some((range) => {
    const [type, ...params] = range.split(";").map((part) => part.trim());
    return type?.toLowerCase() === "multipart/mixed" && params.some((param) => /^subscriptionspec\s*=\s*(1\.0|"1\.0")$/i.test(param));
  });
}

const PART_HEADERS = "\r\ncontent-type: application/json; charset=utf-8\r\n\r\n";

/**
 * One open multipart response. Every write ends with the boundary that closes its part, so a
 * client parses a part the moment it arrives, not when the next one starts.
 */
export class MultipartStream {
  private ended = false;
  private readonly heartbeat: NodeJS.Timeout;

  /** `closed` runs once when the response is over: ended here, or the client went away. */
  constructor(
    private readonly res: ServerResponse,
    heartbeatMs: number,
    closed: () => void,
  ) {
    res.writeHead(200, {
      "content-type": MULTIPART_CONTENT_TYPE,
      "cache-control": "no-cache",
      // Proxies that buffer (nginx) would hold parts back until the response ends.
      "x-accel-buffering": "no",
    });
    res.write("\r\n--graphql");
    this.heartbeat = setInterval(() => this.write("{}"), heartbeatMs).unref();
    res.once("close", () => {
      this.ended = true;
      clearInterval(this.heartbeat);
      closed();
    });
  }

  get open(): boolean {
    return !this.ended && this.res.writable;
  }

  /** A result of the subscription. */
  next(result: ExecutionResult): void {
    this.write(`{"payload":${JSON.stringify(result)}}`);
  }

  /** A fatal error: said in a part of its own, then the response ends. */
  fail(errors: readonly GraphQLFormattedError[]): void {
    this.write(JSON.stringify({ payload: null, errors }));
    this.end();
  }

  /** Ends the response with the closing boundary (`--graphql--`). */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.heartbeat);
    if (this.res.writable) this.res.end("--\r\n");
  }

  private write(json: string): void {
    if (this.open) this.res.write(`${PART_HEADERS}${json}\r\n--graphql`);
  }
}
