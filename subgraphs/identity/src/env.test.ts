import { EnvError, loadEnv } from "@supergraph/platform";
import { describe, expect, it } from "vitest";
import { identityEnv } from "./env.ts";
import { generatePrivateJwk, signingKeyFrom } from "./infra/signing-keys.ts";

describe("identity settings", () => {
  it("given nothing set, then tokens last 8 hours, admin sign-up is allowed and keys come from the database", () => {
    expect(loadEnv(identityEnv, {})).toEqual({ JWT_TTL_SECONDS: 28_800, ALLOW_ADMIN_SIGNUP: true });
  });

  it("given ALLOW_ADMIN_SIGNUP=false (production), then admin sign-up is refused", () => {
    expect(loadEnv(identityEnv, { ALLOW_ADMIN_SIGNUP: "false" }).ALLOW_ADMIN_SIGNUP).toBe(false);
  });

  it("given a private JWK from a Secret, then it is the signing key", async () => {
    const jwk = await generatePrivateJwk();
    const env = loadEnv(identityEnv, { JWT_PRIVATE_JWK: JSON.stringify(jwk) });
    expect((await signingKeyFrom(env.JWT_PRIVATE_JWK!)).kid).toBe(jwk.kid);
  });

  it.each([
    ["not JSON", "{kty:"],
    ["a public key", JSON.stringify({ kty: "EC", crv: "P-256", x: "a", y: "b" })],
    ["an RSA key", JSON.stringify({ kty: "RSA", n: "a", e: "AQAB", d: "c" })],
  ])("given %s in JWT_PRIVATE_JWK, then start-up is refused with a configuration error", (_, value) => {
    expect(() => loadEnv(identityEnv, { JWT_PRIVATE_JWK: value })).toThrow(EnvError);
  });

  it("given a token lifetime under a minute, then start-up is refused", () => {
    expect(() => loadEnv(identityEnv, { JWT_TTL_SECONDS: "5" })).toThrow(EnvError);
  });
});
