import type { Express } from "express";
import { SignJWT } from "jose";
import type { User } from "../domain/user.ts";
import { ALGORITHM, type PublicJwk, type SigningKey } from "./signing-keys.ts";

export interface TokenIssuerOptions {
  readonly key: SigningKey;
  /** `iss` claim, as every verifier expects it (JWT_ISSUER). */
  readonly issuer: string;
  /** `aud` claim, as every verifier expects it (JWT_AUDIENCE). */
  readonly audience: string;
  readonly ttlSeconds: number;
  readonly clock: () => Date;
}

/** Signs a user's bearer token: `sub` = user id, with their `roles` and `email`. */
export type IssueToken = (user: User) => Promise<string>;

export function tokenIssuer(options: TokenIssuerOptions): IssueToken {
  const { key, issuer, audience, ttlSeconds, clock } = options;
  return (user) => {
    const now = Math.floor(clock().getTime() / 1000);
    return new SignJWT({ roles: [...user.roles], email: user.email })
      .setProtectedHeader({ alg: ALGORITHM, kid: key.kid, typ: "JWT" })
      .setSubject(user.id)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .sign(key.privateKey);
  };
}

export const JWKS_PATH = "/.well-known/jwks.json";

/** Serves the public keys at `/.well-known/jwks.json` for the router and every subgraph. */
export function jwksRoute(keys: () => Promise<PublicJwk[]>): (app: Express) => void {
  return (app) => {
    app.get(JWKS_PATH, async (_req, res) => {
      // Verifiers cache the set and refetch it when they meet an unknown kid.
      res.set("Cache-Control", "public, max-age=300").json({ keys: await keys() });
    });
  };
}
