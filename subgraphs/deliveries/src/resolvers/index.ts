import { isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { courierMove, type CourierAction } from "../commands/courier.ts";
import { DeliveryError, type Delivery } from "../domain/delivery.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { deliveriesOf, deliveryQueue } from "../infra/delivery-store.ts";

export interface DeliveriesContext extends BaseContext {
  readonly deliveryById: DataLoader<string, Delivery | null>;
  /** By order id. */
  readonly deliveryOfOrder: DataLoader<string, Delivery | null>;
}

export interface DeliveriesDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** The customer's own, or any for a courier or an ADMIN. */
const mayReadDelivery = (viewer: Viewer, d: Delivery) => mayRead(viewer, d.customerId) || viewer.roles.includes("COURIER");
const visible = (ctx: DeliveriesContext, d: Delivery | null) => (d && ctx.viewer && mayReadDelivery(ctx.viewer, d) ? d : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function deliveriesResolvers({ sql, transact, clock }: DeliveriesDeps) {
  const move = (action: CourierAction) => (_: unknown, args: { id: string }, ctx: DeliveriesContext) => {
    const courier = requireRole(ctx.viewer, "COURIER");
    if (!isUuid(args.id)) throw DeliveryError.refuse("DELIVERY_NOT_FOUND", "No delivery with that id.");
    return courierMove({ sql, transact }, action, args.id, courier.userId, clock());
  };
  return {
    Query: {
      delivery: async (_: unknown, args: { id: string }, ctx: DeliveriesContext) => {
        requireViewer(ctx.viewer);
        return isUuid(args.id) ? visible(ctx, await ctx.deliveryById.load(args.id)) : null;
      },
      myDeliveries: (_: unknown, __: unknown, ctx: DeliveriesContext) => deliveriesOf(sql, requireViewer(ctx.viewer).userId),
      deliveryQueue: (_: unknown, __: unknown, ctx: DeliveriesContext) => {
        requireRole(ctx.viewer, "COURIER");
        return deliveryQueue(sql);
      },
    },
    Mutation: {
      markDelivered: move("MarkDelivered"),
      cancelRefundDelivery: move("CancelRefundDelivery"),
      completeRefundDelivery: move("CompleteRefundDelivery"),
    },
    Delivery: {
      __resolveReference: async (ref: { id: string }, ctx: DeliveriesContext) => (isUuid(ref.id) ? visible(ctx, await ctx.deliveryById.load(ref.id)) : null),
      order: (d: Delivery) => ({ id: d.orderId }),
      customer: (d: Delivery) => ({ __typename: "User" as const, id: d.customerId }),
      courier: (d: Delivery) => (d.courierId ? { __typename: "User" as const, id: d.courierId } : null),
      startedAt: (d: Delivery) => d.startedAt.toISOString(),
      deliveredAt: (d: Delivery) => iso(d.deliveredAt),
      refundedAt: (d: Delivery) => iso(d.refundedAt),
      returnedAt: (d: Delivery) => iso(d.returnedAt),
      canceledAt: (d: Delivery) => iso(d.canceledAt),
    },
    PizzaOrder: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      delivery: async (order: { id: string }, _: unknown, ctx: DeliveriesContext) => (isUuid(order.id) ? visible(ctx, await ctx.deliveryOfOrder.load(order.id)) : null),
    },
  } satisfies Resolvers<DeliveriesContext>;
}
