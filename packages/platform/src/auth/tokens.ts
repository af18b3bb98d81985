import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";

/** Roles a user may hold; the identity context assigns them. */
export type Role = "STUDENT" | "INSTRUCTOR" | "ADMIN";

const ROLES: readonly Role[] = ["STUDENT", "INSTRUCTOR", "ADMIN"];

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

/**
 * Verifies bearer tokens against the identity context's JWKS (fetched lazily and cached,
 * refetched when an unknown key id appears).
 */
export function createTokenVerifier(options: TokenVerifierOptions): (token: string) => Promise<Viewer> {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 5_000, timeoutDuration: 3_000 });
  return async (token) => {
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
    return { userId: String(payload.sub), roles, token };
  };
}

/** The bearer token of an Authorization header value, or undefined. */
export function bearerToken(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
