import { isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { issueCertificate } from "../commands/issue-certificate.ts";
import { issueNotFound, type CertificateIssue } from "../domain/certificate-issue.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { pendingIssues } from "../infra/certificate-issue-store.ts";

export interface CertificateIssuesContext extends BaseContext {
  readonly certificateIssueById: DataLoader<string, CertificateIssue | null>;
  readonly certificateIssueByApplication: DataLoader<string, CertificateIssue | null>;
}

export interface CertificateIssuesDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

const MANAGERS = ["CERTIFICATE_MANAGER", "ADMIN"] as const;
const isManager = (viewer: Viewer) => MANAGERS.some((r) => viewer.roles.includes(r));
const iso = (d: Date | null) => d?.toISOString() ?? null;
const certificateOf = (i: CertificateIssue) =>
  i.status === "ISSUED" && i.certificateNumber && i.issuedAt ? { number: i.certificateNumber, issuedAt: i.issuedAt.toISOString(), issueId: i.id } : null;

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function certificateIssuesResolvers({ sql, transact, clock }: CertificateIssuesDeps) {
  return {
    Query: {
      pendingCertificateIssues: (_: unknown, __: unknown, ctx: CertificateIssuesContext) => {
        requireRole(ctx.viewer, ...MANAGERS);
        return pendingIssues(sql);
      },
      certificateIssue: async (_: unknown, args: { id: string }, ctx: CertificateIssuesContext) => {
        requireRole(ctx.viewer, ...MANAGERS);
        return isUuid(args.id) ? ctx.certificateIssueById.load(args.id) : null;
      },
    },
    Mutation: {
      issueCertificate: (_: unknown, args: { issueId: string }, ctx: CertificateIssuesContext) => {
        const manager = requireRole(ctx.viewer, ...MANAGERS);
        if (!isUuid(args.issueId)) throw issueNotFound();
        return issueCertificate(transact, args.issueId, manager.userId, clock());
      },
    },
    CertificateIssue: {
      __resolveReference: async (ref: { id: string }, ctx: CertificateIssuesContext) =>
        ctx.viewer && isManager(ctx.viewer) && isUuid(ref.id) ? ctx.certificateIssueById.load(ref.id) : null,
      application: (i: CertificateIssue) => ({ __typename: "CertificateApplication" as const, id: i.applicationId }),
      customer: (i: CertificateIssue) => ({ __typename: "User" as const, id: i.customerId }),
      requestedAt: (i: CertificateIssue) => i.requestedAt.toISOString(),
      canceledAt: (i: CertificateIssue) => iso(i.canceledAt),
      certificate: (i: CertificateIssue) => certificateOf(i),
    },
    CertificateApplication: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      certificate: async (application: { id: string }, _: unknown, ctx: CertificateIssuesContext) => {
        const viewer = requireViewer(ctx.viewer);
        const issue = isUuid(application.id) ? await ctx.certificateIssueByApplication.load(application.id) : null;
        return issue && (mayRead(viewer, issue.customerId) || isManager(viewer)) ? certificateOf(issue) : null;
      },
      issueRequest: async (application: { id: string }, _: unknown, ctx: CertificateIssuesContext) =>
        ctx.viewer && isManager(ctx.viewer) && isUuid(application.id) ? ctx.certificateIssueByApplication.load(application.id) : null,
    },
  } satisfies Resolvers<CertificateIssuesContext>;
}
