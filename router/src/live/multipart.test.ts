import { PassThrough } from "node:stream";
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { acceptsMultipartSubscription, MultipartStream } from "./multipart.ts";

describe("acceptsMultipartSubscription", () => {
  it("given what Apollo Client, Apollo's docs and Hive's send, then multipart subscriptions are accepted", () => {
    expect(acceptsMultipartSubscription("multipart/mixed;boundary=graphql;subscriptionSpec=1.0,application/graphql-response+json,application/json;q=0.9")).toBe(true);
    expect(acceptsMultipartSubscription('multipart/mixed;subscriptionSpec="1.0", application/json')).toBe(true);
    expect(acceptsMultipartSubscription('multipart/mixed; boundary="graphql"; subscriptionSpec="1.0"')).toBe(true);
  });

  it("given no Accept, JSON only, or multipart for @defer, then not", () => {
    expect(acceptsMultipartSubscription(undefined)).toBe(false);
    expect(acceptsMultipartSubscription("application/json")).toBe(false);
    expect(acceptsMultipartSubscription("multipart/mixed;deferSpec=20220824, application/json")).toBe(false);
    expect(acceptsMultipartSubscription("multipart/mixed;subscriptionSpec=2.0")).toBe(false);
  });
});

/** A response that records what is written to it. */
function response(): { res: ServerResponse; written: () => string; head: () => unknown[] } {
  const stream = new PassThrough();
  let head: unknown[] = [];
  let text = "";
  stream.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const res = Object.assign(stream, { writeHead: (...args: unknown[]) => ((head = args), res) }) as unknown as ServerResponse;
  return { res, written: () => text, head: () => head };
}

describe("MultipartStream", () => {
  it("given a result, a fatal error and the end, then each part closes with the boundary and the body ends with --graphql--", async () => {
    const { res, written, head } = response();
    let closed = 0;
    const stream = new MultipartStream(res, 60_000, () => closed++);

    stream.next({ data: { a: 1 } });
    stream.fail([{ message: "going away", extensions: { code: "LIVE_UNAVAILABLE" } }]);
    stream.next({ data: { a: 2 } });
    await new Promise((resolve) => setImmediate(resolve));

    expect(head()[0]).toBe(200);
    expect(written()).toBe(
      "\r\n--graphql" +
        '\r\ncontent-type: application/json; charset=utf-8\r\n\r\n{"payload":{"data":{"a":1}}}\r\n--graphql' +
        '\r\ncontent-type: application/json; charset=utf-8\r\n\r\n{"payload":null,"errors":[{"message":"going away","extensions":{"code":"LIVE_UNAVAILABLE"}}]}\r\n--graphql' +
        "--\r\n",
    );
    expect(closed).toBe(1);
  });
});
