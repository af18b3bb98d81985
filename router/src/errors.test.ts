import { createServer, type Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types.js";
// Apollo Server, loaded by Node, checks `instanceof` against graphql's CommonJS build, while Vite
// resolves a bare `graphql` import to its ESM build (index.mjs): build errors from the one Apollo sees.
import { GraphQLError } from "graphql/index.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { formatError, operationResolution } from "./errors.ts";
import { supergraphPath } from "./compose.ts";
import { createGateway, SubgraphDataSource } from "./gateway.ts";
import { subgraphClient } from "./subgraph-fetch.ts";

const source = new SubgraphDataSource("lectures", "http://127.0.0.1:4003/graphql", undefined, subgraphClient({ timeoutMs: 1_000 }));

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
});

describe("a subgraph answering with an HTTP error status", () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  /** A data source for a subgraph that answers every request with `status`, `contentType` and `body`. */
  async function answering(status: number, contentType: string, body: string): Promise<SubgraphDataSource> {
    server = createServer((_req, res) => res.writeHead(status, { "content-type": contentType }).end(body));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    return new SubgraphDataSource("registrations", url, undefined, subgraphClient({ timeoutMs: 1_000 }));
  }
  const fetched = (source: SubgraphDataSource) => source.process({ kind: GraphQLDataSourceRequestKind.HEALTH_CHECK, request: { query: "{ myRegistrations { id } }" }, context: {} });

  it("given a GraphQL body, then the gateway gets the owner's errors and data, as from a 200 answer (no URL, no status line)", async () => {
    const refusal = { message: "Sign in first.", locations: [{ line: 1, column: 3 }], path: ["myRegistrations"], extensions: { code: "UNAUTHENTICATED" } };
    const source = await answering(401, "application/json; charset=utf-8", JSON.stringify({ errors: [refusal], data: null }));

    expect(await fetched(source)).toEqual({ data: null, errors: [refusal] });
  });

  it.each([
    ["a proxy's HTML page", 502, "text/html", "<html>Bad Gateway nginx at 10.0.0.7</html>"],
    ["JSON without errors", 500, "application/json", JSON.stringify({ error: "boom" })],
    ["malformed JSON", 503, "application/json", "{"],
  ])("given %s, then it is SUBGRAPH_UNAVAILABLE, naming the service only", async (_what, status, contentType, body) => {
    const source = await answering(status, contentType, body);

    const error = await fetched(source).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "registrations", retryable: true } });
    expect(JSON.stringify(error)).not.toMatch(/127\.0\.0\.1|nginx|boom/);
  });
});

describe("the router's client-facing errors", () => {
  it("given a subgraph's domain error, then its code and message stay and the gateway's serviceName goes", () => {
    const formatted = { message: "The lecture is full.", path: ["registerForLecture"], extensions: { code: "LECTURE_FULL", serviceName: "registrations" } };

    expect(formatError(formatted, new GraphQLError(formatted.message, { extensions: formatted.extensions }))).toEqual({
      message: "The lecture is full.",
      path: ["registerForLecture"],
      extensions: { code: "LECTURE_FULL" },
    });
  });

  it("given the gateway's own reading of a subgraph's HTTP error, then neither the URL, the status nor the raw body reaches the client", () => {
    const extensions = { code: "UNAUTHENTICATED", response: { url: "http://127.0.0.1:4004/graphql", status: 401, statusText: "Unauthorized", body: { errors: [] } } };

    expect(formatError({ message: "Sign in first.", extensions }, new GraphQLError("Sign in first.", { extensions }))).toEqual({ message: "Sign in first.", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("given SUBGRAPH_UNAVAILABLE, then the service's name and retryable stay", () => {
    const extensions = { code: "SUBGRAPH_UNAVAILABLE", service: "lectures", retryable: true };

    expect(formatError({ message: "down", extensions }, new GraphQLError("down", { extensions })).extensions).toEqual(extensions);
  });

  it("given an unexpected error, then it is masked as the platform masks it", () => {
    expect(formatError({ message: "connect ECONNREFUSED 127.0.0.1:5432" }, new Error("connect ECONNREFUSED 127.0.0.1:5432")).message).not.toMatch(/127/);
  });
});

describe("an operationName the document does not have, through the gateway", () => {
  // The real supergraph: the operation is refused, or answered (__typename), before any subgraph is asked.
  const server = (plugins: ApolloServerPlugin[]) =>
    new ApolloServer({ gateway: createGateway({ supergraphPath: supergraphPath(resolve(import.meta.dirname, "../..")), subgraphUrls: {}, subgraphTimeoutMs: 1_000 }), formatError, plugins });
  const withPlugin = server([operationResolution]);
  const without = server([]);
  beforeAll(() => Promise.all([withPlugin.start(), without.start()]));
  afterAll(() => Promise.all([withPlugin.stop(), without.stop()]));
  const errorsOf = (response: Awaited<ReturnType<ApolloServer["executeOperation"]>>) => (response.body.kind === "single" ? response.body.singleResult.errors : undefined);

  it.each([
    ["an unknown name", { query: "query A { __typename }", operationName: "B" }, 'Unknown operation named "B".'],
    ["no name for a document of two", { query: "query A { __typename } query B { __typename }" }, "Must provide operation name if query contains multiple operations."],
  ])("given %s, then it is the client's mistake: 400 OPERATION_RESOLUTION_FAILURE (the gateway alone says 500 INVALID_GRAPHQL)", async (_what, request, message) => {
    const refused = await withPlugin.executeOperation(request);
    const unhandled = await without.executeOperation(request);

    expect([refused.http.status, errorsOf(refused)]).toEqual([400, [{ message, extensions: { code: "OPERATION_RESOLUTION_FAILURE" } }]]);
    expect([unhandled.http.status, errorsOf(unhandled)?.[0]?.extensions?.code]).toEqual([500, "INVALID_GRAPHQL"]);
  });

  it("given a name the document has, then the operation runs", async () => {
    const response = await withPlugin.executeOperation({ query: "query A { __typename } query B { __typename }", operationName: "B" });

    expect(response.body.kind === "single" && response.body.singleResult).toEqual({ data: { __typename: "Query" } });
  });
});
