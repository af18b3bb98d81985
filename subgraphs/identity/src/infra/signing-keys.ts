import type { Logger } from "@supergraph/platform";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from "jose";
import { privateJwk, type PrivateJwk } from "../env.ts";
import type { IdentityTx } from "./user-store.ts";
import type { PrismaClient } from "./prisma-client/client.ts";

export const ALGORITHM = "ES256";

const storedPublicJwk = privateJwk.pick({ kty: true, crv: true, x: true, y: true }).strip();

/** A public key as published in the JWKS. */
export interface PublicJwk {
  readonly kty: "EC";
  readonly crv: "P-256";
  readonly x: string;
  readonly y: string;
  readonly kid: string;
  readonly alg: typeof ALGORITHM;
  readonly use: "sig";
}

/** The key tokens are signed with. */
export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: PublicJwk;
}

/** A signing key from its private JWK; its kid is the JWK's, or else its RFC 7638 thumbprint. */
export async function signingKeyFrom(jwk: PrivateJwk): Promise<SigningKey> {
  const { kty, crv, x, y, d } = jwk;
  const kid = jwk.kid ?? (await calculateJwkThumbprint({ kty, crv, x, y }));
  const privateKey = (await importJWK({ kty, crv, x, y, d }, ALGORITHM)) as CryptoKey;
  return { kid, privateKey, publicJwk: { kty, crv, x, y, kid, alg: ALGORITHM, use: "sig" } };
}

/** A fresh ES256 key pair as a private JWK with its kid. */
export async function generatePrivateJwk(): Promise<{ kty: "EC"; crv: "P-256"; x: string; y: string; d: string; kid: string }> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const { kty, crv, x, y, d } = privateJwk.parse(await exportJWK(privateKey));
  return { kty, crv, x, y, d, kid: await calculateJwkThumbprint({ kty, crv, x, y }) };
}

// Replicas starting together on an empty table must end up with one key, not one each.
const KEY_LOCK = 7_412_101;

/**
 * The key this process signs with: the configured one (a Secret) when given; else the
 * newest stored key; else a new key, stored under an advisory lock so that concurrent
 * replicas insert one and all read that one.
 */
export async function activeSigningKey(options: { configured?: PrivateJwk; db: PrismaClient; log: Logger }): Promise<SigningKey> {
  const { configured, db, log } = options;
  if (configured) {
    const key = await signingKeyFrom(configured);
    log.info({ kid: key.kid }, "signing tokens with the key from JWT_PRIVATE_JWK");
    return key;
  }
  const stored = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock($1)", KEY_LOCK);
    const newest = await tx.signingKey.findFirst({ orderBy: { createdAt: "desc" } });
    if (newest) return { row: newest, created: false };
    const jwk = await generatePrivateJwk();
    const { kty, crv, x, y, kid } = jwk;
    const row = await tx.signingKey.create({ data: { kid, privateJwk: jwk, publicJwk: { kty, crv, x, y } } });
    return { row, created: true };
  });
  const key = await signingKeyFrom(privateJwk.parse(stored.row.privateJwk));
  log.info({ kid: key.kid, created: stored.created }, stored.created ? "generated and stored a signing key" : "signing tokens with the newest stored key");
  return key;
}

/**
 * The public keys to publish: the active one first, then the other stored ones, so tokens
 * signed by a replica still on an older key keep verifying during a key rotation. With the
 * database down, the active key alone, so tokens signed now still verify.
 */
export async function publishedKeys(db: IdentityTx, active: SigningKey, log: Logger): Promise<PublicJwk[]> {
  try {
    const rows = await db.signingKey.findMany({ orderBy: { createdAt: "desc" }, take: 10 });
    const others = rows
      .filter((r) => r.kid !== active.kid)
      .map((r): PublicJwk => ({ ...storedPublicJwk.parse(r.publicJwk), kid: r.kid, alg: ALGORITHM, use: "sig" }));
    return [active.publicJwk, ...others];
  } catch (error) {
    log.warn({ err: error }, "stored signing keys unreadable; publishing the active key only");
    return [active.publicJwk];
  }
}
