import type { DeliveryEvent } from "@supergraph/contracts/deliveries";
import { domainErrors, type Decider } from "@supergraph/platform";
import { DeliveriesErrorCode, type DeliveryStatus } from "../generated/graphql.ts";

/** Statuses of a delivery: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { DeliveryStatus };

export interface Delivery {
  readonly id: string;
  /** The pizza order delivered: one delivery per order. */
  readonly orderId: string;
  readonly customerId: string;
  readonly status: DeliveryStatus;
  /** The courier who delivered it. */
  readonly courierId: string | null;
  /** The refund whose return run it is (REFUNDED) or was (RETURNED). */
  readonly refundId: string | null;
  /** Refunds whose return run was canceled: asked again, they get the same answer, and change nothing. */
  readonly canceledRefunds: readonly string[];
  readonly startedAt: Date;
  readonly deliveredAt: Date | null;
  readonly refundedAt: Date | null;
  readonly returnedAt: Date | null;
  readonly canceledAt: Date | null;
}

export type DeliveryCommand =
  /** The order was paid (pizza-orders' PizzaOrderPaid): its delivery starts, unless it exists (a redelivery, or the cancel came first). */
  | { type: "StartDelivery"; deliveryId: string; orderId: string; customerId: string; at: Date }
  /** The paid order was canceled (PizzaOrderCanceled): the delivery is canceled, or made canceled when the payment's event has not come yet. */
  | { type: "CancelDelivery"; deliveryId: string; orderId: string; customerId: string; at: Date }
  | { type: "MarkDelivered"; courierId: string; at: Date }
  /** The sync call `deliveries.turnIntoRefundDelivery` from refunds. */
  | { type: "TurnIntoRefundDelivery"; customerId: string; refundId: string; at: Date }
  | { type: "CancelRefundDelivery"; courierId: string; at: Date }
  | { type: "CompleteRefundDelivery"; courierId: string; at: Date };

/** Refusals of the deliveries context, their codes from its SDL's DeliveriesErrorCode (the sync call's are among them). */
export const DeliveryError = domainErrors(DeliveriesErrorCode);

const notFound = () => DeliveryError.refuse("DELIVERY_NOT_FOUND", "No delivery with that id.");

/** Decides which events a command on a delivery yields, or refuses it. */
export function decide(command: DeliveryCommand, state: Delivery | null): DeliveryEvent[] {
  switch (command.type) {
    case "StartDelivery": {
      if (state) return [];
      const { deliveryId, orderId, customerId } = command;
      return [{ type: "DeliveryStarted", subject: deliveryId, data: { deliveryId, orderId, customerId, startedAt: command.at.toISOString() } }];
    }
    case "CancelDelivery": {
      // Delivered before the cancel arrived (the order's cancel raced the courier), or canceled already: nothing to cancel.
      if (state && state.status !== "DELIVERING") return [];
      const { orderId, customerId } = command;
      const deliveryId = state?.id ?? command.deliveryId;
      return [{ type: "DeliveryCanceled", subject: deliveryId, data: { deliveryId, orderId, customerId, canceledAt: command.at.toISOString() } }];
    }
    case "MarkDelivered": {
      if (!state) throw notFound();
      if (state.status === "CANCELED") throw DeliveryError.refuse("DELIVERY_CANCELED", "The delivery was canceled with its order.");
      if (state.status !== "DELIVERING") throw DeliveryError.refuse("DELIVERY_ALREADY_DELIVERED", "The delivery was delivered already.");
      const { id: deliveryId, orderId, customerId } = state;
      return [{ type: "PizzaDelivered", subject: deliveryId, data: { deliveryId, orderId, customerId, courierId: command.courierId, deliveredAt: command.at.toISOString() } }];
    }
    case "TurnIntoRefundDelivery": {
      if (!state || state.customerId !== command.customerId) throw DeliveryError.refuse("DELIVERY_NOT_FOUND", "No delivery for that order of that customer.");
      const { refundId } = command;
      // The same refund again (a retry, a duplicate): the same answer, nothing recorded twice.
      if (state.refundId === refundId || state.canceledRefunds.includes(refundId)) return [];
      if (state.status === "REFUNDED" || state.status === "RETURNED") {
        throw DeliveryError.refuse("DELIVERY_ALREADY_REFUNDED", "Another refund turned this delivery into a refund delivery already.");
      }
      if (state.status !== "DELIVERED") throw DeliveryError.refuse("DELIVERY_NOT_DELIVERED", `Only a delivered order can be refunded; its delivery is ${state.status}.`);
      const { id: deliveryId, orderId, customerId } = state;
      return [{ type: "DeliveryRefunded", subject: deliveryId, data: { deliveryId, orderId, customerId, refundId, at: command.at.toISOString() } }];
    }
    case "CancelRefundDelivery":
    case "CompleteRefundDelivery": {
      if (!state) throw notFound();
      if (state.status !== "REFUNDED" || !state.refundId) throw DeliveryError.refuse("DELIVERY_NOT_REFUNDED", "The delivery is not a refund delivery: there is no return run.");
      const data = { deliveryId: state.id, orderId: state.orderId, customerId: state.customerId, refundId: state.refundId, courierId: command.courierId, at: command.at.toISOString() };
      return command.type === "CancelRefundDelivery"
        ? [{ type: "RefundDeliveryCanceled", subject: state.id, data }]
        : [{ type: "RefundDeliveryCompleted", subject: state.id, data }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

const exists = (state: Delivery | null, event: DeliveryEvent): Delivery => {
  if (!state) throw new Error(`${event.type} for a delivery that does not exist`);
  return state;
};

/** Applies an event to the delivery it is about. */
export function evolve(state: Delivery | null, event: DeliveryEvent): Delivery {
  switch (event.type) {
    case "DeliveryStarted": {
      const { deliveryId, orderId, customerId, startedAt } = event.data;
      return fresh(deliveryId, orderId, customerId, new Date(startedAt));
    }
    case "DeliveryCanceled": {
      const { deliveryId, orderId, customerId, canceledAt } = event.data;
      const at = new Date(canceledAt);
      // Canceled before it started (the payment's event not handled yet): it never starts.
      return { ...(state ?? fresh(deliveryId, orderId, customerId, at)), status: "CANCELED", canceledAt: at };
    }
    case "PizzaDelivered":
      return { ...exists(state, event), status: "DELIVERED", courierId: event.data.courierId, deliveredAt: new Date(event.data.deliveredAt) };
    case "DeliveryRefunded":
      return { ...exists(state, event), status: "REFUNDED", refundId: event.data.refundId, refundedAt: new Date(event.data.at) };
    case "RefundDeliveryCanceled": {
      const s = exists(state, event);
      return { ...s, status: "DELIVERED", refundId: null, refundedAt: null, canceledRefunds: [...s.canceledRefunds, event.data.refundId] };
    }
    case "RefundDeliveryCompleted":
      return { ...exists(state, event), status: "RETURNED", returnedAt: new Date(event.data.at) };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

function fresh(id: string, orderId: string, customerId: string, startedAt: Date): Delivery {
  return {
    id,
    orderId,
    customerId,
    status: "DELIVERING",
    courierId: null,
    refundId: null,
    canceledRefunds: [],
    startedAt,
    deliveredAt: null,
    refundedAt: null,
    returnedAt: null,
    canceledAt: null,
  };
}

/** The deliveries context's decisions on a delivery, for the platform's command layer. */
export const deliveryDecider: Decider<Delivery, DeliveryCommand, DeliveryEvent> = { decide, evolve };
