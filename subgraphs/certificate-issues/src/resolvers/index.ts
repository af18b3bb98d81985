import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestCertificateIssue, type RequestCertificateIssueInput } from "../commands/request-certificate-issue.ts";
import type { CertificateIssue } from "../domain/certificate-issue.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface CertificateIssuesContext extends BaseContext {
  readonly certificateIssueById: DataLoader<string, CertificateIssue | null>;
}

export interface CertificateIssuesDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function certificateIssuesResolvers({ transact, clock }: CertificateIssuesDeps) {
  return {
    Query: {
      certificateIssue: async (_: unknown, args: { id: string }, ctx: CertificateIssuesContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.certificateIssueById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestCertificateIssue: (_: unknown, args: { input: RequestCertificateIssueInput }, ctx: CertificateIssuesContext) =>
        requestCertificateIssue(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    CertificateIssue: {
      __resolveReference: (ref: { id: string }, ctx: CertificateIssuesContext) => (isUuid(ref.id) ? ctx.certificateIssueById.load(ref.id) : null),
      owner: (t: CertificateIssue) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: CertificateIssue) => t.requestedAt.toISOString(),
      confirmedAt: (t: CertificateIssue) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<CertificateIssuesContext>;
}
