import { createHash } from "node:crypto";
import { paymentCancellationRequested, type PaymentRequest } from "@supergraph/contracts/payments";
import type { PizzaRefundEvent } from "@supergraph/contracts/refunds";
import { domainErrors, RetryLater, type Decider } from "@supergraph/platform";
import { RefundsErrorCode, type PizzaRefundStatus } from "../generated/graphql.ts";

/** Statuses of a refund: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { PizzaRefundStatus };

export interface PizzaRefund {
  readonly id: string;
  readonly orderId: string;
  readonly customerId: string;
  /** The delivery deliveries turned into the refund delivery. */
  readonly deliveryId: string;
  readonly reason: string;
  readonly status: PizzaRefundStatus;
  readonly requestedAt: Date;
  readonly canceledAt: Date | null;
  readonly completedAt: Date | null;
}

export type PizzaRefundCommand =
  /** Made once deliveries agreed (`deliveryId` from its answer); `at`: ISO-8601. */
  | { type: "RecordPizzaRefund"; refundId: string; orderId: string; customerId: string; deliveryId: string; reason: string; at: string }
  /** Deliveries' RefundDeliveryCanceled (`at`: when the courier canceled it). */
  | { type: "CancelPizzaRefund"; at: string; orphan: OrphanRefundDelivery | null }
  /** Deliveries' RefundDeliveryCompleted: the refund becomes final (`at`: when the courier completed it). */
  | { type: "CompletePizzaRefund"; at: string; orphan: OrphanRefundDelivery | null };

/**
 * A refund delivery deliveries reported (DeliveryRefunded) for a refund not stored: its request
 * gave up waiting (timeout) after deliveries had turned the delivery, and was not retried (yet).
 */
export interface OrphanRefundDelivery {
  readonly refundId: string;
  readonly orderId: string;
  readonly customerId: string;
  readonly deliveryId: string;
}

/** The reason of a refund whose request's answer was lost and that the courier completed: the customer's words were never stored. */
export const LOST_REASON = "Not recorded: the refund's request timed out after deliveries took it, and the courier completed the return run.";

/** Refusals of the refunds context, their codes from its SDL's RefundsErrorCode. */
export const RefundError = domainErrors(RefundsErrorCode);

export const REASON_MAX = 500;

/** The reason as it is kept (trimmed), or INVALID_REFUND_REASON; checked before deliveries is called. */
export function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 1 || trimmed.length > REASON_MAX) throw RefundError.refuse("INVALID_REFUND_REASON", `The reason must be 1 to ${REASON_MAX} characters.`);
  return trimmed;
}

/**
 * The id of an order's next refund: a name-based (version 5 style) uuid of the order id and
 * the number of the order's refunds before it (all CANCELED, one live refund per order). A
 * request whose answer from deliveries was lost (timeout) may have turned the delivery already;
 * its retry names the same refund, which deliveries answers idempotently, so the late turn and
 * the retry are one refund.
 */
export function refundIdOf(orderId: string, earlierRefunds: number): string {
  const hex = createHash("sha1").update(`pizza-refund:${orderId}:${earlierRefunds + 1}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Decides the events of a command on a refund. */
export function decide(command: PizzaRefundCommand, state: PizzaRefund | null): PizzaRefundEvent[] {
  switch (command.type) {
    case "RecordPizzaRefund": {
      // The same refund again (a retry deliveries answered again): it is there already.
      if (state) return [];
      const { refundId, orderId, customerId, deliveryId } = command;
      return [{ type: "PizzaRefunded", subject: refundId, data: { refundId, orderId, customerId, deliveryId, reason: checkReason(command.reason), refundedAt: command.at } }];
    }
    case "CancelPizzaRefund":
    case "CompletePizzaRefund": {
      if (!state) {
        // Deliveries turned the delivery only after it agreed, and the refund is stored right
        // after, or its DeliveryRefunded is noted: a return run ended in that instant waits.
        if (!command.orphan) throw new RetryLater("neither the refund of this refund delivery nor its DeliveryRefunded is known yet");
        // Canceled: nothing to undo, nothing given back (the caller notes it, so the order's next refund takes the next id).
        if (command.type === "CancelPizzaRefund") return [];
        // Completed: the pizza is back, so the refund is final and the money goes back, though
        // its request's answer was lost and the customer's reason with it.
        const { refundId, orderId, customerId, deliveryId } = command.orphan;
        return [
          { type: "PizzaRefunded", subject: refundId, data: { refundId, orderId, customerId, deliveryId, reason: LOST_REASON, refundedAt: command.at } },
          { type: "PizzaRefundCompleted", subject: refundId, data: { refundId, orderId, customerId, at: command.at } },
        ];
      }
      // Ended already (a redelivery): nothing more.
      if (state.status !== "PENDING") return [];
      const { id: refundId, orderId, customerId } = state;
      const type = command.type === "CancelPizzaRefund" ? "PizzaRefundCanceled" : "PizzaRefundCompleted";
      return [{ type, subject: refundId, data: { refundId, orderId, customerId, at: command.at } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the refund it is about, as of `at`. */
export function evolve(state: PizzaRefund | null, event: PizzaRefundEvent, at: Date): PizzaRefund | null {
  switch (event.type) {
    case "PizzaRefunded": {
      const { refundId, orderId, customerId, deliveryId, reason } = event.data;
      return { id: refundId, orderId, customerId, deliveryId, reason, status: "PENDING", requestedAt: at, canceledAt: null, completedAt: null };
    }
    case "PizzaRefundCanceled":
      return state && { ...state, status: "CANCELED", canceledAt: at };
    case "PizzaRefundCompleted":
      return state && { ...state, status: "COMPLETED", completedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

export const pizzaRefundDecider: Decider<PizzaRefund, PizzaRefundCommand, PizzaRefundEvent> = { decide, evolve };

/**
 * The refund's events with what they ask of payments, in payments' own contract: a FINAL refund
 * (the courier completed the return run) calls off the order's payment, reason REFUNDED, in the
 * transaction that completes it, so it reaches payments even when payments is down. A pending or
 * canceled refund asks nothing: the money goes back only for a final refund.
 */
export function withPaymentRequests(events: readonly PizzaRefundEvent[]): (PizzaRefundEvent | PaymentRequest)[] {
  return events.flatMap((event): (PizzaRefundEvent | PaymentRequest)[] =>
    event.type === "PizzaRefundCompleted"
      ? [event, paymentCancellationRequested({ reference: event.data.orderId, purpose: "PIZZA_ORDER", payerId: event.data.customerId, reason: "REFUNDED" })]
      : [event],
  );
}
