import { createHash, hash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";

/** The header that carries the router's shared secret on every subgraph fetch. */
export const ROUTER_SECRET_HEADER = "x-router-secret";

// One-shot hashing where Node has it (20.12+): no Hash object per request.
const digest: (value: string) => Buffer = typeof hash === "function" ? (value) => hash("sha256", value, "buffer") : (value) => createHash("sha256").update(value).digest();

/**
 * Whether a header value is the router's secret. Digests are compared, in constant time, so
 * neither the secret nor its length leaks through timing.
 */
export function routerSecretCheck(secret: string): (given: string | string[] | undefined) => boolean {
  const expected = digest(secret);
  return (given) => typeof given === "string" && timingSafeEqual(digest(given), expected);
}

/**
 * Refuses (403) a request that does not carry the router's secret: a subgraph trusts
 * `_entities` and its other federation fields to the router alone.
 */
export function requireRouterSecret(secret: string): RequestHandler {
  const admits = routerSecretCheck(secret);
  return (req, res, next) => {
    if (admits(req.headers[ROUTER_SECRET_HEADER])) return next();
    res.status(403).json({ errors: [{ message: "This service answers the router only.", extensions: { code: "FORBIDDEN" } }] });
  };
}
