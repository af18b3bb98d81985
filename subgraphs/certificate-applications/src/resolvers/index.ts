import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestCertificateApplication, type RequestCertificateApplicationInput } from "../commands/request-certificate-application.ts";
import type { CertificateApplication } from "../domain/certificate-application.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface CertificateApplicationsContext extends BaseContext {
  readonly certificateApplicationById: DataLoader<string, CertificateApplication | null>;
}

export interface CertificateApplicationsDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function certificateApplicationsResolvers({ transact, clock }: CertificateApplicationsDeps) {
  return {
    Query: {
      certificateApplication: async (_: unknown, args: { id: string }, ctx: CertificateApplicationsContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.certificateApplicationById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestCertificateApplication: (_: unknown, args: { input: RequestCertificateApplicationInput }, ctx: CertificateApplicationsContext) =>
        requestCertificateApplication(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    CertificateApplication: {
      __resolveReference: (ref: { id: string }, ctx: CertificateApplicationsContext) => (isUuid(ref.id) ? ctx.certificateApplicationById.load(ref.id) : null),
      owner: (t: CertificateApplication) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: CertificateApplication) => t.requestedAt.toISOString(),
      confirmedAt: (t: CertificateApplication) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<CertificateApplicationsContext>;
}
