import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { certificateApplicationsEnv } from "./env.ts";
import { findCertificateApplications } from "./infra/certificate-application-store.ts";
import { confirmCertificateApplication } from "./policies/confirm-certificate-application.ts";
import { certificateApplicationsResolvers, type CertificateApplicationsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The certificate-applications context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const certificateApplicationsSubgraph: ContextDefinition<typeof certificateApplicationsEnv, NoDb, CertificateApplicationsContext> = {
  name: "certificate-applications",
  env: certificateApplicationsEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: certificateApplicationsResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      certificateApplicationById: entityLoader((ids) => findCertificateApplications(sql, ids), (t) => t.id),
    }),
    policies: [confirmCertificateApplication],
  }),
};
