import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { subgraphFetcher } from "./subgraph-fetch.ts";

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
  it("given a subgraph that answers, then the gateway gets its status, headers and body, on one kept-alive connection", async () => {
    const { url, connections } = await subgraph((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => res.writeHead(200, { "content-type": "application/json", "cache-control": "max-age=5" }).end(JSON.stringify({ data: { echo: body } })));
    });
    const fetch = subgraphFetcher({ timeoutMs: 1_000 });
    for (const query of ["{ a }", "{ b }"]) {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: query });
      expect(response).toMatchObject({ ok: true, status: 200, url });
      expect(response.headers.get("Cache-Control")).toBe("max-age=5");
      expect(await response.json()).toEqual({ data: { echo: query } });
    }
    expect(connections()).toBe(1);
  });

  it("given an HTTP error, then it is an answer (not ok), not a failure", async () => {
    const { url } = await subgraph((_req, res) => res.writeHead(401, "Unauthorized", { "content-type": "text/plain" }).end("no"));
    const response = await subgraphFetcher({ timeoutMs: 1_000 })(url, { method: "POST", body: "{}" });
    expect(response).toMatchObject({ ok: false, status: 401, statusText: "Unauthorized" });
    expect(await response.text()).toBe("no");
  });

  it("given a subgraph silent past the timeout, then the fetch fails (the router reports it unavailable)", async () => {
    const { url } = await subgraph(() => undefined);
    await expect(subgraphFetcher({ timeoutMs: 50 })(url, { method: "POST", body: "{}" })).rejects.toThrow(/no answer in 50 ms/);
  });

  it("given nothing listening, then the fetch fails", async () => {
    const { url } = await subgraph(() => undefined);
    server!.close();
    await expect(subgraphFetcher({ timeoutMs: 1_000 })(url, { method: "POST", body: "{}" })).rejects.toThrow(/ECONNREFUSED/);
  });
});
