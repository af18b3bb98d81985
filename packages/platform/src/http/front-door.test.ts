import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientErrors } from "./client-errors.ts";
import { requireRouterSecret, ROUTER_SECRET_HEADER } from "./router-secret.ts";

const SECRET = "a-secret-of-the-router-0123456789";

/** The middleware in front of a subgraph's /graphql, served for real on a loopback port. */
describe("in front of /graphql", () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const app = express();
    app.use("/graphql", requireRouterSecret(SECRET), express.json({ limit: "1kb" }), (_req, res) => void res.json({ data: { ok: true } }));
    app.use(clientErrors);
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = async (headers: Record<string, string>, body = "{}") => {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } };
  };

  it("given the router's secret, when a request comes, then it is served", async () => {
    expect(await post({ [ROUTER_SECRET_HEADER]: SECRET })).toEqual({ status: 200, body: { data: { ok: true } } });
  });

  it.each([["no secret", {}], ["a wrong secret", { [ROUTER_SECRET_HEADER]: "guess" }], ["the secret with a suffix", { [ROUTER_SECRET_HEADER]: `${SECRET}x` }]])(
    "given %s, when a request comes, then it is refused with 403 FORBIDDEN",
    async (_, headers) => {
      const { status, body } = await post(headers);
      expect([status, body.errors?.[0]?.extensions.code]).toEqual([403, "FORBIDDEN"]);
    },
  );

  it("given a body over the limit, then the answer is a JSON error without a stack trace", async () => {
    const { status, body } = await post({ [ROUTER_SECRET_HEADER]: SECRET }, JSON.stringify({ pad: "x".repeat(2_000) }));
    expect(status).toBe(413);
    expect(body).toEqual({ errors: [{ message: "request entity too large", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("given malformed JSON, then the answer is a 400 JSON error naming no file", async () => {
    const { status, body } = await post({ [ROUTER_SECRET_HEADER]: SECRET }, "{ nope");
    expect([status, body.errors?.[0]?.extensions.code]).toEqual([400, "BAD_REQUEST"]);
    expect(JSON.stringify(body)).not.toMatch(/node_modules|\.js:\d+/);
  });
});
