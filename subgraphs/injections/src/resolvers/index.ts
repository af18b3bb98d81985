import { commandCausation, executeCommand, isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { onInjection } from "../commands/injection.ts";
import { InjectionError, type Injection } from "../domain/injection.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { injectionsToGive } from "../infra/injection-store.ts";

export interface InjectionsContext extends BaseContext {
  readonly injectionById: DataLoader<string, Injection | null>;
  readonly injectionOfBooking: DataLoader<string, Injection | null>;
}

export interface InjectionsDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** The customer's own, or any for the injection manager or an ADMIN. */
const mayReadInjection = (viewer: Viewer, i: Injection) => mayRead(viewer, i.customerId) || viewer.roles.includes("INJECTION_MANAGER");
const visible = (ctx: InjectionsContext, i: Injection | null) => (i && ctx.viewer && mayReadInjection(ctx.viewer, i) ? i : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;
const isCalendarDate = (d: string) => {
  const parsed = new Date(`${d}T00:00:00.000Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(d);
};

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function injectionsResolvers({ sql, transact, clock }: InjectionsDeps) {
  return {
    Query: {
      injectionsToGive: (_: unknown, args: { date?: string | null }, ctx: InjectionsContext) => {
        requireRole(ctx.viewer, "INJECTION_MANAGER", "ADMIN");
        if (args.date != null && !isCalendarDate(args.date)) throw InjectionError.refuse("INVALID_DATE", "The date must be a calendar date written YYYY-MM-DD.");
        return injectionsToGive(sql, args.date ?? null);
      },
      injection: async (_: unknown, args: { id: string }, ctx: InjectionsContext) => {
        requireViewer(ctx.viewer);
        return isUuid(args.id) ? visible(ctx, await ctx.injectionById.load(args.id)) : null;
      },
    },
    Mutation: {
      completeInjection: async (_: unknown, args: { id: string }, ctx: InjectionsContext) => {
        const manager = requireRole(ctx.viewer, "INJECTION_MANAGER");
        if (!isUuid(args.id)) throw InjectionError.refuse("INJECTION_NOT_FOUND", "No injection with that id.");
        const { state } = await executeCommand(transact, onInjection({ id: args.id }), { type: "CompleteInjection", managerId: manager.userId }, {
          now: clock(),
          causation: commandCausation(args.id),
        });
        return state!;
      },
    },
    Injection: {
      __resolveReference: async (ref: { id: string }, ctx: InjectionsContext) => (isUuid(ref.id) ? visible(ctx, await ctx.injectionById.load(ref.id)) : null),
      booking: (i: Injection) => ({ __typename: "VaccinationBooking" as const, id: i.bookingId }),
      customer: (i: Injection) => ({ __typename: "User" as const, id: i.customerId }),
      vaccine: (i: Injection) => ({ __typename: "Vaccine" as const, id: i.vaccineId }),
      completedBy: (i: Injection) => (i.completedBy ? { __typename: "User" as const, id: i.completedBy } : null),
      scheduledAt: (i: Injection) => i.scheduledAt.toISOString(),
      completedAt: (i: Injection) => iso(i.completedAt),
      canceledAt: (i: Injection) => iso(i.canceledAt),
    },
    VaccinationBooking: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      injection: async (booking: { id: string }, _: unknown, ctx: InjectionsContext) =>
        isUuid(booking.id) ? visible(ctx, await ctx.injectionOfBooking.load(booking.id)) : null,
    },
  } satisfies Resolvers<InjectionsContext>;
}
