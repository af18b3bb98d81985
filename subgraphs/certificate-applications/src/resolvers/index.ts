import { isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { applyForCertificate, type ApplyForCertificateDeps } from "../commands/apply-for-certificate.ts";
import { cancelCertificateApplication } from "../commands/cancel-certificate-application.ts";
import { applicationNotFound, type CertificateApplication } from "../domain/certificate-application.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { applicationsOf, applicationsOfBooking } from "../infra/certificate-application-store.ts";

export interface CertificateApplicationsContext extends BaseContext {
  readonly certificateApplicationById: DataLoader<string, CertificateApplication | null>;
}

export interface CertificateApplicationsDeps extends ApplyForCertificateDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** The customer's own, or any for the certificate manager (who issues it) or an ADMIN. */
const mayReadApplication = (viewer: Viewer, a: CertificateApplication) => mayRead(viewer, a.customerId) || viewer.roles.includes("CERTIFICATE_MANAGER");
const visible = (ctx: CertificateApplicationsContext, a: CertificateApplication | null) => (a && ctx.viewer && mayReadApplication(ctx.viewer, a) ? a : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function certificateApplicationsResolvers(deps: CertificateApplicationsDeps) {
  const { sql, transact, clock } = deps;
  return {
    Query: {
      myCertificateApplications: (_: unknown, __: unknown, ctx: CertificateApplicationsContext) => applicationsOf(sql, requireViewer(ctx.viewer).userId),
      certificateApplication: async (_: unknown, args: { id: string }, ctx: CertificateApplicationsContext) => {
        requireViewer(ctx.viewer);
        return isUuid(args.id) ? visible(ctx, await ctx.certificateApplicationById.load(args.id)) : null;
      },
    },
    Mutation: {
      applyForCertificate: (_: unknown, args: { bookingId: string }, ctx: CertificateApplicationsContext) =>
        applyForCertificate(deps, requireRole(ctx.viewer, "CUSTOMER").userId, args.bookingId, clock()),
      cancelCertificateApplication: (_: unknown, args: { id: string }, ctx: CertificateApplicationsContext) => {
        const viewer = requireRole(ctx.viewer, "CUSTOMER", "ADMIN");
        if (!isUuid(args.id)) throw applicationNotFound();
        return cancelCertificateApplication(transact, args.id, viewer, clock());
      },
    },
    CertificateApplication: {
      __resolveReference: async (ref: { id: string }, ctx: CertificateApplicationsContext) => (isUuid(ref.id) ? visible(ctx, await ctx.certificateApplicationById.load(ref.id)) : null),
      booking: (a: CertificateApplication) => ({ __typename: "VaccinationBooking" as const, id: a.bookingId }),
      customer: (a: CertificateApplication) => ({ __typename: "User" as const, id: a.customerId }),
      appliedAt: (a: CertificateApplication) => a.appliedAt.toISOString(),
      canceledAt: (a: CertificateApplication) => iso(a.canceledAt),
      issuedAt: (a: CertificateApplication) => iso(a.issuedAt),
    },
    VaccinationBooking: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      certificateApplications: async (booking: { id: string }, _: unknown, ctx: CertificateApplicationsContext) => {
        if (!ctx.viewer || !isUuid(booking.id)) return [];
        const viewer = ctx.viewer;
        return (await applicationsOfBooking(sql, booking.id)).filter((a) => mayRead(viewer, a.customerId));
      },
    },
    User: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      certificateApplications: (user: { id: string }, _: unknown, ctx: CertificateApplicationsContext) =>
        ctx.viewer && mayRead(ctx.viewer, user.id) && isUuid(user.id) ? applicationsOf(sql, user.id) : [],
    },
  } satisfies Resolvers<CertificateApplicationsContext>;
}
