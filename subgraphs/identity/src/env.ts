import { flag } from "@supergraph/platform";
import { z } from "zod";

/** An ES256 private key as a JWK; `kid` defaults to the key's RFC 7638 thumbprint. */
export const privateJwk = z.looseObject({
  kty: z.literal("EC"),
  crv: z.literal("P-256"),
  x: z.string().min(1),
  y: z.string().min(1),
  d: z.string().min(1),
  kid: z.string().min(1).optional(),
});
export type PrivateJwk = z.infer<typeof privateJwk>;

const json = z.string().transform((raw, ctx) => {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "not valid JSON" });
    return z.NEVER;
  }
});

/**
 * Settings of the identity context beyond the common ones (see the platform's env);
 * `JWT_ISSUER` and `JWT_AUDIENCE` are common, as every verifier needs them too.
 */
export const identityEnv = {
  /**
   * The signing key as a JSON private JWK (EC P-256), for deployments that inject it from a
   * Secret. Unset (the default): the newest key stored in the database signs, and one is
   * generated and stored on first start, so tokens survive restarts.
   */
  JWT_PRIVATE_JWK: json.pipe(privateJwk).optional(),
  /** Lifetime of an issued token, in seconds (default 8 hours). */
  JWT_TTL_SECONDS: z.coerce.number().int().min(60).default(8 * 60 * 60),
  /**
   * Whether anyone may sign up as ADMIN. True by default for local and embedded use;
   * set false in production.
   */
  ALLOW_ADMIN_SIGNUP: flag(true),
};
