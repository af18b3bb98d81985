import { randomUUID } from "node:crypto";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";

/** What a minted token says; anything left out is what identity itself would put. */
export interface Claims {
  sub?: string;
  roles?: string[];
  iss?: string;
  aud?: string;
  /** Seconds from now until it expires; negative for a token already expired. */
  expiresIn?: number;
}

/**
 * The stack's signing key, given to identity as JWT_PRIVATE_JWK, so a test can mint the
 * tokens identity would issue (many users at once, without signing each one up) and the
 * ones it never would (expired, foreign issuer, ...).
 */
export class TokenMint {
  private constructor(
    private readonly key: CryptoKey,
    readonly kid: string,
    /** The private JWK as identity reads it from JWT_PRIVATE_JWK. */
    readonly privateJwk: string,
    /** The public half, as the JWKS publishes it. */
    readonly publicJwk: JWK,
  ) {}

  static async create(): Promise<TokenMint> {
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    return new TokenMint(privateKey, kid, JSON.stringify({ ...(await exportJWK(privateKey)), kid }), { ...publicJwk, kid, alg: "ES256", use: "sig" });
  }

  sign(claims: Claims = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ roles: claims.roles ?? ["STUDENT"] })
      .setProtectedHeader({ alg: "ES256", kid: this.kid, typ: "JWT" })
      .setSubject(claims.sub ?? randomUUID())
      .setIssuer(claims.iss ?? "supergraph-identity")
      .setAudience(claims.aud ?? "supergraph")
      .setIssuedAt(now)
      .setExpirationTime(now + (claims.expiresIn ?? 600))
      .sign(this.key);
  }
}
