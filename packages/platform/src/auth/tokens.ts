import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import { LruMap } from "../lru.ts";

/** Roles a user may hold; the identity context assigns them. */
export type Role = "STUDENT" | "INSTRUCTOR" | "EMPLOYEE" | "PARKING_MANAGER" | "CUSTOMER" | "VACCINE_MANAGER" | "INJECTION_MANAGER" | "CERTIFICATE_MANAGER" | "LEARNING_MANAGER" | "COURIER" | "ADMIN";

const ROLES: readonly Role[] = ["STUDENT", "INSTRUCTOR", "EMPLOYEE", "PARKING_MANAGER", "CUSTOMER", "VACCINE_MANAGER", "INJECTION_MANAGER", "CERTIFICATE_MANAGER", "LEARNING_MANAGER", "COURIER", "ADMIN"];

/** The verified caller of a request. */
export interface Viewer {
  readonly userId: string;
  readonly roles: readonly Role[];
  /** The bearer token as received, forwarded to subgraphs by the router. */
  readonly token: string;
}

export interface TokenVerifierOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "InvalidTokenError";
  }
}

/** Asymmetric algorithms only: `none` and HMAC (algorithm confusion) are refused. */
const ALGORITHMS = ["ES256", "RS256", "EdDSA"];

/** Most verified tokens remembered per process (the least recently used is forgotten first). */
const REMEMBERED_TOKENS = 10_000;

/**
 * Verifies bearer tokens against the identity context's JWKS (fetched lazily and cached,
 * refetched when an unknown key id appears). A verified token is remembered until it
 * expires: a client sends the same token with every request, and the ECDSA check was the
 * biggest single cost of a request through the router (bench/router-throughput.ts).
 */
export function createTokenVerifier(options: TokenVerifierOptions): (token: string) => Promise<Viewer> {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 5_000, timeoutDuration: 3_000 });
  const verified = new LruMap<string, { viewer: Viewer; expiresAt: number }>(REMEMBERED_TOKENS);

  async function verify(token: string): Promise<{ viewer: Viewer; expiresAt: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ["sub", "exp"],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new InvalidTokenError("token expired");
      if (error instanceof errors.JOSEError) throw new InvalidTokenError(`token rejected: ${error.code}`);
      throw new InvalidTokenError("token could not be verified");
    }
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.includes(r as Role)) : [];
    return { viewer: { userId: String(payload.sub), roles, token }, expiresAt: payload.exp! * 1000 };
  }

  return async (token) => {
    const known = verified.get(token);
    // Past its expiry, verification runs again and refuses it as expired.
    if (known && known.expiresAt > Date.now()) return known.viewer;
    verified.delete(token);
    const fresh = await verify(token);
    verified.set(token, fresh);
    return fresh.viewer;
  };
}

/** The bearer token of an Authorization header value, or undefined. */
export function bearerToken(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
