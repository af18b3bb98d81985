import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { subgraphClient } from "./subgraph-fetch.ts";

let server: Server | undefined;

async function subgraph(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; connections: () => number }> {
  let connections = 0;
  server = createServer(handler);
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, connections: () => connections };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe("the gateway's subgraph client", () => {
  it("given a subgraph that answers, then the router gets its status, headers and body, on one kept-alive connection", async () => {
    const { url, connections } = await subgraph((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => res.writeHead(200, { "content-type": "application/json", "cache-control": "max-age=5" }).end(JSON.stringify({ data: { echo: body } })));
    });
    const call = subgraphClient({ timeoutMs: 1_000 });
    for (const query of ["{ a }", "{ b }"]) {
      const answer = await call(url, { "content-type": "application/json" }, query);
      expect(answer).toMatchObject({ status: 200, headers: { "cache-control": "max-age=5" } });
      expect(JSON.parse(answer.body)).toEqual({ data: { echo: query } });
    }
    expect(connections()).toBe(1);
  });

  it("given an HTTP error, then it is an answer, not a failure", async () => {
    const { url } = await subgraph((_req, res) => res.writeHead(401, "Unauthorized", { "content-type": "text/plain" }).end("no"));
    const answer = await subgraphClient({ timeoutMs: 1_000 })(url, {}, "{}");
    expect(answer).toMatchObject({ status: 401, headers: { "content-type": "text/plain" }, body: "no" });
  });

  it("given a subgraph silent past the timeout, then the call fails (the router reports it unavailable)", async () => {
    const { url } = await subgraph(() => undefined);
    await expect(subgraphClient({ timeoutMs: 50 })(url, {}, "{}")).rejects.toThrow(/no answer in 50 ms/);
  });

  it("given nothing listening, then the call fails", async () => {
    const { url } = await subgraph(() => undefined);
    server!.close();
    await expect(subgraphClient({ timeoutMs: 1_000 })(url, {}, "{}")).rejects.toThrow(/ECONNREFUSED/);
  });
});
