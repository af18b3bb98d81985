import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { certificateIssuesEnv } from "./env.ts";
import { findCertificateIssues } from "./infra/certificate-issue-store.ts";
import { confirmCertificateIssue } from "./policies/confirm-certificate-issue.ts";
import { certificateIssuesResolvers, type CertificateIssuesContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The certificate-issues context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const certificateIssuesSubgraph: ContextDefinition<typeof certificateIssuesEnv, NoDb, CertificateIssuesContext> = {
  name: "certificate-issues",
  env: certificateIssuesEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: certificateIssuesResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      certificateIssueById: entityLoader((ids) => findCertificateIssues(sql, ids), (t) => t.id),
    }),
    policies: [confirmCertificateIssue],
  }),
};
