import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition } from "@supergraph/platform";
import { PrismaPg } from "@prisma/adapter-pg";
import { identityEnv } from "./env.ts";
import { hashPassword } from "./infra/passwords.ts";
import { PrismaClient } from "./infra/prisma-client/client.ts";
import { activeSigningKey, publishedKeys } from "./infra/signing-keys.ts";
import { jwksRoute, tokenIssuer } from "./infra/tokens.ts";
import { findUsers, type IdentityTx } from "./infra/user-store.ts";
import { identityResolvers, type IdentityContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The identity context, for the platform's `runContext`. It publishes and consumes no events. */
export const identitySubgraph: ContextDefinition<typeof identityEnv, PrismaClient, IdentityContext> = {
  name: "identity",
  env: identityEnv,
  createDb: (pool) => new PrismaClient({ adapter: new PrismaPg(pool) }),
  build: async ({ env, db, transact, clock, log }) => {
    const key = await activeSigningKey({ configured: env.JWT_PRIVATE_JWK, db, log });
    const issueToken = tokenIssuer({ key, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, ttlSeconds: env.JWT_TTL_SECONDS, clock });
    return {
      typeDefs,
      resolvers: identityResolvers({
        db,
        transact,
        issueToken,
        signUpPolicy: { allowAdminSignUp: env.ALLOW_ADMIN_SIGNUP },
        clock,
        decoyHash: await hashPassword(randomUUID()),
      }),
      context: (base) => ({
        ...base,
        userById: entityLoader((ids) => findUsers(db, ids), (u) => u.id),
        provenUserIds: new Set<string>(),
      }),
      routes: jwksRoute(() => publishedKeys(db, key, log)),
    };
  },
};
