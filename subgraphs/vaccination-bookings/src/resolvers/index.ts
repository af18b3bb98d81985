import { isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { bookVaccination, type BookVaccinationDeps, type BookVaccinationInput } from "../commands/book-vaccination.ts";
import { cancelVaccinationBooking } from "../commands/cancel-vaccination-booking.ts";
import { BookingError, type VaccinationBooking } from "../domain/vaccination-booking.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { bookingsOf } from "../infra/vaccination-booking-store.ts";

export interface VaccinationBookingsContext extends BaseContext {
  readonly bookingById: DataLoader<string, VaccinationBooking | null>;
}

export interface VaccinationBookingsDeps extends BookVaccinationDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** The customer's own, or any for the injection manager (who sees the booking at the visit) or an ADMIN. */
const mayReadBooking = (viewer: Viewer, b: VaccinationBooking) => mayRead(viewer, b.customerId) || viewer.roles.includes("INJECTION_MANAGER");
const visible = (ctx: VaccinationBookingsContext, b: VaccinationBooking | null) => (b && ctx.viewer && mayReadBooking(ctx.viewer, b) ? b : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function vaccinationBookingsResolvers(deps: VaccinationBookingsDeps) {
  const { sql, transact, clock } = deps;
  return {
    Query: {
      myVaccinationBookings: (_: unknown, __: unknown, ctx: VaccinationBookingsContext) => bookingsOf(sql, requireViewer(ctx.viewer).userId),
      vaccinationBooking: async (_: unknown, args: { id: string }, ctx: VaccinationBookingsContext) => {
        requireViewer(ctx.viewer);
        return isUuid(args.id) ? visible(ctx, await ctx.bookingById.load(args.id)) : null;
      },
    },
    Mutation: {
      bookVaccination: (_: unknown, args: { input: BookVaccinationInput }, ctx: VaccinationBookingsContext) =>
        bookVaccination(deps, requireRole(ctx.viewer, "CUSTOMER").userId, args.input, clock()),
      cancelVaccinationBooking: (_: unknown, args: { id: string }, ctx: VaccinationBookingsContext) => {
        const viewer = requireViewer(ctx.viewer);
        if (!isUuid(args.id)) throw BookingError.refuse("VACCINATION_BOOKING_NOT_FOUND", "No vaccination booking with that id.");
        return cancelVaccinationBooking(transact, args.id, viewer, clock());
      },
    },
    VaccinationBooking: {
      __resolveReference: async (ref: { id: string }, ctx: VaccinationBookingsContext) => (isUuid(ref.id) ? visible(ctx, await ctx.bookingById.load(ref.id)) : null),
      customer: (b: VaccinationBooking) => ({ __typename: "User" as const, id: b.customerId }),
      vaccine: (b: VaccinationBooking) => ({ __typename: "Vaccine" as const, id: b.vaccineId }),
      bookedAt: (b: VaccinationBooking) => b.bookedAt.toISOString(),
      injectedAt: (b: VaccinationBooking) => iso(b.injectedAt),
      canceledAt: (b: VaccinationBooking) => iso(b.canceledAt),
    },
    User: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      vaccinationBookings: (user: { id: string }, _: unknown, ctx: VaccinationBookingsContext) =>
        ctx.viewer && mayRead(ctx.viewer, user.id) && isUuid(user.id) ? bookingsOf(sql, user.id) : [],
    },
  } satisfies Resolvers<VaccinationBookingsContext>;
}
