import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";

/** The header that carries the router's shared secret on every subgraph fetch. */
export const ROUTER_SECRET_HEADER = "x-router-secret";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Refuses (403) a request that does not carry the router's secret: a subgraph trusts
 * `_entities` and its other federation fields to the router alone. Digests are compared,
 * in constant time, so neither the secret nor its length leaks through timing.
 */
export function requireRouterSecret(secret: string): RequestHandler {
  const expected = digest(secret);
  return (req, res, next) => {
    const given = req.get(ROUTER_SECRET_HEADER);
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return next();
    res.status(403).json({ errors: [{ message: "This service answers the router only.", extensions: { code: "FORBIDDEN" } }] });
  };
}
