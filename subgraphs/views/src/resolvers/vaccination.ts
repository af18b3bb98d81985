import { requireViewer, type BaseContext, type Sql } from "@supergraph/platform";
import { vaccinationPage } from "../infra/vaccination-rows.ts";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The customer's vaccination "my page": their own rows only, whatever their role. */
export function vaccinationResolvers({ sql }: { sql: Sql }) {
  return {
    Query: {
      myVaccinations: async (_: unknown, __: unknown, ctx: BaseContext) => {
        const rows = await vaccinationPage(sql, requireViewer(ctx.viewer).userId);
        return rows.map((r) => ({
          ...r,
          bookedAt: r.bookedAt.toISOString(),
          canceledAt: iso(r.canceledAt),
          injectedAt: iso(r.injectedAt),
          updatedAt: r.updatedAt.toISOString(),
          applications: r.applications.map((a) => ({
            id: a.id,
            status: a.status,
            appliedAt: a.appliedAt.toISOString(),
            canceledAt: iso(a.canceledAt),
            issueRequested: a.issueRequested,
            certificate: a.certificate && { number: a.certificate.number, issuedAt: a.certificate.issuedAt.toISOString() },
          })),
        }));
      },
    },
  };
}
