import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { certificateIssuesEnv } from "./env.ts";
import { findCertificateIssues, findIssuesOfApplications } from "./infra/certificate-issue-store.ts";
import { cancelCertificateIssue } from "./policies/cancel-certificate-issue.ts";
import { requestCertificateIssue } from "./policies/request-certificate-issue.ts";
import { certificateIssuesResolvers, type CertificateIssuesContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The certificate-issues context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const certificateIssuesSubgraph: ContextDefinition<typeof certificateIssuesEnv, NoDb, CertificateIssuesContext> = {
  name: "certificate-issues",
  env: certificateIssuesEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: certificateIssuesResolvers({ sql, transact, clock }),
    context: (base) => ({
      ...base,
      certificateIssueById: entityLoader((ids) => findCertificateIssues(sql, ids), (i) => i.id),
      certificateIssueByApplication: entityLoader((ids) => findIssuesOfApplications(sql, ids), (i) => i.applicationId),
    }),
    policies: [requestCertificateIssue, cancelCertificateIssue],
  }),
};
