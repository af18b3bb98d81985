import { isUuid, requireRole, requireViewer, type BaseContext, type Sql, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { addStock, registerVaccine, type RegisterVaccineInput } from "../commands/register-vaccine.ts";
import { VaccineError, type Vaccine } from "../domain/vaccine.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { findDose, type Dose } from "../infra/dose-store.ts";
import { allVaccines } from "../infra/vaccine-store.ts";

export interface VaccinesContext extends BaseContext {
  readonly vaccineById: DataLoader<string, Vaccine | null>;
}

export interface VaccinesDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

const notFound = () => VaccineError.refuse("VACCINE_NOT_FOUND", "No vaccine with that id.");

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function vaccinesResolvers({ sql, transact, clock }: VaccinesDeps) {
  return {
    Query: {
      vaccines: (_: unknown, __: unknown, ctx: VaccinesContext) => {
        requireViewer(ctx.viewer);
        return allVaccines(sql);
      },
      vaccine: async (_: unknown, args: { id: string }, ctx: VaccinesContext) => {
        requireViewer(ctx.viewer);
        return isUuid(args.id) ? ctx.vaccineById.load(args.id) : null;
      },
      dose: (_: unknown, args: { bookingId: string }, ctx: VaccinesContext) => {
        requireRole(ctx.viewer, "VACCINE_MANAGER", "ADMIN");
        return isUuid(args.bookingId) ? findDose(sql, args.bookingId) : null;
      },
    },
    Mutation: {
      registerVaccine: (_: unknown, args: { input: RegisterVaccineInput }, ctx: VaccinesContext) =>
        registerVaccine({ sql, transact }, requireRole(ctx.viewer, "VACCINE_MANAGER").userId, args.input, clock()),
      addVaccineStock: (_: unknown, args: { id: string; quantity: number }, ctx: VaccinesContext) => {
        const manager = requireRole(ctx.viewer, "VACCINE_MANAGER");
        if (!isUuid(args.id)) throw notFound();
        return addStock(transact, args.id, manager.userId, args.quantity, clock());
      },
    },
    Vaccine: {
      __resolveReference: (ref: { id: string }, ctx: VaccinesContext) => (isUuid(ref.id) ? ctx.vaccineById.load(ref.id) : null),
      available: (v: Vaccine) => v.stock - v.booked,
      registeredAt: (v: Vaccine) => v.registeredAt.toISOString(),
    },
    Dose: {
      vaccine: async (d: Dose, _: unknown, ctx: VaccinesContext) => {
        const vaccine = await ctx.vaccineById.load(d.vaccineId);
        if (!vaccine) throw new Error(`vaccine ${d.vaccineId} of a dose does not exist`);
        return vaccine;
      },
      changedAt: (d: Dose) => d.changedAt.toISOString(),
    },
  } satisfies Resolvers<VaccinesContext>;
}
