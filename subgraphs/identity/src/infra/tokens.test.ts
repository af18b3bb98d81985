import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import type { User } from "../domain/user.ts";
import { generatePrivateJwk, signingKeyFrom } from "./signing-keys.ts";
import { tokenIssuer } from "./tokens.ts";

const ada: User = { id: "5d0c6f1e-8a43-4c1e-9d0c-2f6c1b0f7e21", email: "ada@example.com", name: "Ada", roles: ["INSTRUCTOR"], createdAt: new Date(0) };
const at = new Date("2026-01-01T08:00:00Z");

async function issuedFor(user: User) {
  const key = await signingKeyFrom(await generatePrivateJwk());
  const issue = tokenIssuer({ key, issuer: "test-identity", audience: "test-graph", ttlSeconds: 8 * 3600, clock: () => at });
  return { key, token: await issue(user) };
}

describe("tokens", () => {
  it("given a user, when a token is issued, then it verifies against the published key with sub, roles, email, iss, aud and an 8-hour exp", async () => {
    const { key, token } = await issuedFor(ada);
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet({ keys: [key.publicJwk] }), {
      issuer: "test-identity",
      audience: "test-graph",
      algorithms: ["ES256"],
      currentDate: at,
    });
    expect(protectedHeader).toMatchObject({ alg: "ES256", kid: key.kid });
    expect(payload).toMatchObject({ sub: ada.id, roles: ["INSTRUCTOR"], email: "ada@example.com" });
    expect(payload.exp! - payload.iat!).toBe(8 * 3600);
  });

  it("given a token, when verified with another audience, then it is refused", async () => {
    const { key, token } = await issuedFor(ada);
    await expect(jwtVerify(token, createLocalJWKSet({ keys: [key.publicJwk] }), { audience: "elsewhere", currentDate: at })).rejects.toThrow();
  });

  it("given a generated key, then its published form has no private part and says alg, use and kid", async () => {
    const { key, token } = await issuedFor(ada);
    expect(key.publicJwk).not.toHaveProperty("d");
    expect(key.publicJwk).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig", kid: key.kid });
    expect(decodeProtectedHeader(token).kid).toBe(key.kid);
  });

  it("given a private JWK without kid (a Secret), when loaded, then its kid is its thumbprint, the same each time", async () => {
    const { kid: _omit, ...jwk } = await generatePrivateJwk();
    const first = await signingKeyFrom(jwk);
    const second = await signingKeyFrom(jwk);
    expect(first.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.kid).toBe(first.kid);
  });
});
