import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logger.ts";
import { graphqlFirst } from "./graphql-handler.ts";
import { ROUTER_SECRET_HEADER, routerSecretCheck } from "./router-secret.ts";

const SECRET = "a-secret-of-the-router-0123456789";

/** The direct GraphQL path in front of a real Apollo Server, served on a loopback port. */
describe("POST /graphql straight into Apollo Server", () => {
  let server: Server;
  let apollo: ApolloServer<{ viewer: string | null }>;
  let url: string;

  beforeAll(async () => {
    apollo = new ApolloServer<{ viewer: string | null }>({
      typeDefs: "type Query { hello(name: String): String, viewer: String }",
      resolvers: { Query: { hello: (_: unknown, { name }: { name?: string }) => `hello ${name ?? "you"}`, viewer: (_: unknown, __: unknown, ctx: { viewer: string | null }) => ctx.viewer } },
    });
    await apollo.start();
    const secret = routerSecretCheck(SECRET);
    const handler = graphqlFirst("/graphql", (_req, res) => void res.writeHead(404).end("fallback"), {
      server: apollo,
      context: async (req) => ({ viewer: req.headers.authorization ?? null }),
      admits: (req) => secret(req.headers[ROUTER_SECRET_HEADER]),
      limitBytes: 1024,
      log: createLogger("test", "silent"),
    });
    server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await apollo.stop();
  });

  const post = async (body: string, headers: Record<string, string> = {}, at = url) => {
    const res = await fetch(at, { method: "POST", headers: { "content-type": "application/json", [ROUTER_SECRET_HEADER]: SECRET, ...headers }, body });
    return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
  };

  it("given the router's secret and a query, then Apollo Server answers it with the request's context", async () => {
    const answer = await post(JSON.stringify({ query: "query($n: String) { hello(name: $n) viewer }", variables: { n: "ada" } }), { authorization: "Bearer t" });
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^application\/json/);
    expect(JSON.parse(answer.text)).toEqual({ data: { hello: "hello ada", viewer: "Bearer t" } });
  });

  it("given no secret or a wrong one, then it is refused with 403 FORBIDDEN", async () => {
    for (const headers of [{ [ROUTER_SECRET_HEADER]: "guess" }, { [ROUTER_SECRET_HEADER]: `${SECRET}x` }]) {
      const { status, text } = await post("{}", headers);
      expect([status, JSON.parse(text).errors[0].extensions.code]).toEqual([403, "FORBIDDEN"]);
    }
  });

  it("given a body over the limit, then 413 PAYLOAD_TOO_LARGE as JSON", async () => {
    const { status, text } = await post(JSON.stringify({ query: "{ hello }", pad: "x".repeat(2_000) }));
    expect(status).toBe(413);
    expect(JSON.parse(text)).toEqual({ errors: [{ message: "request entity too large", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("given malformed JSON or a JSON scalar, then 400 BAD_REQUEST naming no file", async () => {
    for (const body of ["{ nope", '"a string"']) {
      const { status, text } = await post(body);
      expect([status, JSON.parse(text).errors[0].extensions.code]).toEqual([400, "BAD_REQUEST"]);
      expect(text).not.toMatch(/node_modules|\.js:\d+/);
    }
  });

  it("given another path, method or content type, then the fallback serves it", async () => {
    expect((await post("{}", {}, url.replace("/graphql", "/other"))).text).toBe("fallback");
    expect((await post("a=b", { "content-type": "application/x-www-form-urlencoded" })).text).toBe("fallback");
    expect(await (await fetch(url)).text()).toBe("fallback");
  });
});
