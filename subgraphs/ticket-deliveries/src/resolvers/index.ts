import { ParkingDate } from "@supergraph/contracts/parking-reservations";
import { isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { shipTicket } from "../commands/ship-ticket.ts";
import { TicketDeliveryError, type TicketDelivery } from "../domain/ticket-delivery.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { ticketsToDeliver } from "../infra/ticket-delivery-store.ts";

export interface TicketDeliveriesContext extends BaseContext {
  readonly ticketDeliveryById: DataLoader<string, TicketDelivery | null>;
  readonly ticketOfReservation: DataLoader<string, TicketDelivery | null>;
}

export interface TicketDeliveriesDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

const mayReadTicket = (viewer: Viewer, t: TicketDelivery) => mayRead(viewer, t.employeeId) || viewer.roles.includes("PARKING_MANAGER");
const visible = (ctx: TicketDeliveriesContext, t: TicketDelivery | null) => (t && ctx.viewer && mayReadTicket(ctx.viewer, t) ? t : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function ticketDeliveriesResolvers({ sql, transact, clock }: TicketDeliveriesDeps) {
  return {
    Query: {
      ticketsToDeliver: (_: unknown, args: { date?: string | null }, ctx: TicketDeliveriesContext) => {
        requireRole(ctx.viewer, "PARKING_MANAGER", "ADMIN");
        const date = args.date ?? null;
        if (date !== null && !ParkingDate.safeParse(date).success) throw TicketDeliveryError.refuse("INVALID_DATE", "The date must be a calendar date written YYYY-MM-DD.");
        return ticketsToDeliver(sql, date);
      },
      ticketDelivery: async (_: unknown, args: { id: string }, ctx: TicketDeliveriesContext) => {
        requireViewer(ctx.viewer);
        return isUuid(args.id) ? visible(ctx, await ctx.ticketDeliveryById.load(args.id)) : null;
      },
    },
    Mutation: {
      deliverTicket: (_: unknown, args: { id: string }, ctx: TicketDeliveriesContext) => {
        const manager = requireRole(ctx.viewer, "PARKING_MANAGER");
        if (!isUuid(args.id)) throw TicketDeliveryError.refuse("TICKET_DELIVERY_NOT_FOUND", "No ticket delivery with that id.");
        return shipTicket({ sql, transact }, args.id, manager.userId, clock());
      },
    },
    TicketDelivery: {
      __resolveReference: async (ref: { id: string }, ctx: TicketDeliveriesContext) =>
        isUuid(ref.id) ? visible(ctx, await ctx.ticketDeliveryById.load(ref.id)) : null,
      reservation: (t: TicketDelivery) => ({ __typename: "TicketReservation" as const, id: t.reservationId }),
      employee: (t: TicketDelivery) => ({ __typename: "User" as const, id: t.employeeId }),
      createdAt: (t: TicketDelivery) => t.createdAt.toISOString(),
      shippedAt: (t: TicketDelivery) => iso(t.shippedAt),
      shippedBy: (t: TicketDelivery) => (t.shippedBy ? { __typename: "User" as const, id: t.shippedBy } : null),
      canceledAt: (t: TicketDelivery) => iso(t.canceledAt),
    },
    TicketReservation: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      ticketDelivery: async (r: { id: string }, _: unknown, ctx: TicketDeliveriesContext) =>
        isUuid(r.id) ? visible(ctx, await ctx.ticketOfReservation.load(r.id)) : null,
    },
  } satisfies Resolvers<TicketDeliveriesContext>;
}
