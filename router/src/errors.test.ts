import { describe, expect, it } from "vitest";
import { SubgraphDataSource } from "./gateway.ts";
import { subgraphFetcher } from "./subgraph-fetch.ts";

const source = new SubgraphDataSource("lectures", "http://127.0.0.1:4003/graphql", undefined, subgraphFetcher({ timeoutMs: 1_000 }));

function thrownBy(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("a subgraph the router cannot reach", () => {
  it("given a fetch that got no answer, then it is SUBGRAPH_UNAVAILABLE, naming the service, and retryable", () => {
    const error = thrownBy(() => source.didEncounterError(new Error("request to http://127.0.0.1:4003/graphql failed, reason: connect ECONNREFUSED"), {}));

    expect(error).toMatchObject({
      message: "The lectures service is unavailable right now; the fields it serves are null. Retry shortly.",
      extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "lectures", retryable: true },
    });
  });

  it.each(["socket hang up", "read ECONNRESET", "connect ETIMEDOUT 127.0.0.1:4004"])("given %j, then it is SUBGRAPH_UNAVAILABLE and retryable", (message) => {
    expect(thrownBy(() => source.didEncounterError(new Error(message), {}))).toMatchObject({ extensions: { code: "SUBGRAPH_UNAVAILABLE", retryable: true } });
  });

  it("given an answer (even an HTTP error), then the error passes through as it is", () => {
    const answered = new Error("401: Unauthorized");

    expect(thrownBy(() => source.didEncounterError(answered, {}, { status: 401 }))).toBe(answered);
  });
});
