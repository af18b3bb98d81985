import { isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { cancelTicketReservation } from "../commands/cancel-ticket-reservation.ts";
import { reserveTicket } from "../commands/reserve-ticket.ts";
import { TicketReservationError, type TicketReservation } from "../domain/ticket-reservation.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { ticketReservationsOf } from "../infra/ticket-reservation-store.ts";

export interface ParkingReservationsContext extends BaseContext {
  readonly ticketReservationById: DataLoader<string, TicketReservation | null>;
}

export interface ParkingReservationsDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** The employee's own, or any for the parking manager (who hands the tickets over) or an ADMIN. */
const mayReadReservation = (viewer: Viewer, r: TicketReservation) => mayRead(viewer, r.employeeId) || viewer.roles.includes("PARKING_MANAGER");
const visible = (ctx: ParkingReservationsContext, r: TicketReservation | null) => (r && ctx.viewer && mayReadReservation(ctx.viewer, r) ? r : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function parkingReservationsResolvers({ sql, transact, clock }: ParkingReservationsDeps) {
  return {
    Query: {
      myTicketReservations: (_: unknown, __: unknown, ctx: ParkingReservationsContext) => ticketReservationsOf(sql, requireViewer(ctx.viewer).userId),
      ticketReservation: async (_: unknown, args: { id: string }, ctx: ParkingReservationsContext) => {
        requireViewer(ctx.viewer);
        return isUuid(args.id) ? visible(ctx, await ctx.ticketReservationById.load(args.id)) : null;
      },
    },
    Mutation: {
      reserveParkingTicket: (_: unknown, args: { date: string }, ctx: ParkingReservationsContext) =>
        reserveTicket({ sql, transact }, requireRole(ctx.viewer, "EMPLOYEE").userId, args.date, clock()),
      cancelTicketReservation: (_: unknown, args: { id: string }, ctx: ParkingReservationsContext) => {
        const viewer = requireViewer(ctx.viewer);
        if (!isUuid(args.id)) throw TicketReservationError.refuse("TICKET_RESERVATION_NOT_FOUND", "No ticket reservation with that id.");
        return cancelTicketReservation(transact, args.id, viewer, clock());
      },
    },
    TicketReservation: {
      __resolveReference: async (ref: { id: string }, ctx: ParkingReservationsContext) =>
        isUuid(ref.id) ? visible(ctx, await ctx.ticketReservationById.load(ref.id)) : null,
      employee: (r: TicketReservation) => ({ __typename: "User" as const, id: r.employeeId }),
      reservedAt: (r: TicketReservation) => r.reservedAt.toISOString(),
      allocatedAt: (r: TicketReservation) => iso(r.allocatedAt),
      refusedAt: (r: TicketReservation) => iso(r.refusedAt),
      deliveredAt: (r: TicketReservation) => iso(r.deliveredAt),
      canceledAt: (r: TicketReservation) => iso(r.canceledAt),
    },
    User: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      ticketReservations: (user: { id: string }, _: unknown, ctx: ParkingReservationsContext) =>
        ctx.viewer && mayRead(ctx.viewer, user.id) && isUuid(user.id) ? ticketReservationsOf(sql, user.id) : [],
    },
  } satisfies Resolvers<ParkingReservationsContext>;
}
