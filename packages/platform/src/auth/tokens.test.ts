import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTokenVerifier } from "./tokens.ts";

let jwks: Server;
let jwksUrl: string;
let privateKey: CryptoKey;

beforeAll(async () => {
  const keys = await generateKeyPair("ES256");
  privateKey = keys.privateKey;
  const publicJwk = { ...(await exportJWK(keys.publicKey)), kid: "k1", alg: "ES256" };
  jwks = createServer((_req, res) => res.setHeader("content-type", "application/json").end(JSON.stringify({ keys: [publicJwk] })));
  await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
  jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
});

afterAll(() => new Promise((resolve) => jwks.close(resolve)));
afterEach(() => vi.useRealTimers());

const sign = (expiresInSeconds: number) =>
  new SignJWT({ roles: ["STUDENT"] })
    .setProtectedHeader({ alg: "ES256", kid: "k1" })
    .setSubject("3f1c1d5e-1b7e-4b39-9c51-5b4f2b8e7c11")
    .setIssuer("supergraph-identity")
    .setAudience("supergraph")
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
    .sign(privateKey);

describe("a verified token, remembered until it expires", () => {
  it("given a token verified once, when it is presented again, then the same viewer comes back", async () => {
    const verify = createTokenVerifier({ jwksUrl, issuer: "supergraph-identity", audience: "supergraph" });
    const token = await sign(60);
    const first = await verify(token);
    expect(first).toMatchObject({ userId: "3f1c1d5e-1b7e-4b39-9c51-5b4f2b8e7c11", roles: ["STUDENT"], token });
    expect(await verify(token)).toBe(first);
  });

  it("given a remembered token, when its expiry has passed, then it is refused as expired", async () => {
    const verify = createTokenVerifier({ jwksUrl, issuer: "supergraph-identity", audience: "supergraph" });
    const token = await sign(60);
    await verify(token);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 61_000);
    await expect(verify(token)).rejects.toThrow("token expired");
  });
});
