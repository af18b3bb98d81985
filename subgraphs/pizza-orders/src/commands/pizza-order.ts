import { paymentCancellationRequested } from "@supergraph/contracts/payments";
import type { PizzaOrderEvent } from "@supergraph/contracts/pizza-orders";
import type { CommandSpec, DomainEvent } from "@supergraph/platform";
import { pizzaOrderDecider, type PizzaOrder, type PizzaOrderCommand } from "../domain/pizza-order.ts";
import { lockPizzaOrder, savePizzaOrder } from "../infra/pizza-order-store.ts";

/** A command on the pizza order `orderId` (none yet: a new one): locked while it is decided, saved whole, published with what it asks of payments. */
export function onPizzaOrder(orderId: string): CommandSpec<PizzaOrder, PizzaOrderCommand, PizzaOrderEvent> {
  return {
    decider: pizzaOrderDecider,
    load: (tx) => lockPizzaOrder(tx, orderId),
    save: (tx, order) => savePizzaOrder(tx, order),
    publish: withPaymentRequests,
  };
}

/**
 * The order's events with what they ask of payments, in payments' own contract: a canceled
 * order calls off the payment whose reference is the order id (refunded when it was charged,
 * voided otherwise so a charge still on its way is refused). Recorded in the transaction of the
 * cancellation, so it reaches payments even while payments is down.
 */
export function withPaymentRequests(events: readonly PizzaOrderEvent[]): DomainEvent[] {
  return events.flatMap((event): DomainEvent[] =>
    event.type === "PizzaOrderCanceled"
      ? [event, paymentCancellationRequested({ reference: event.data.orderId, purpose: "PIZZA_ORDER", payerId: event.data.customerId, reason: "CUSTOMER_CANCELED" })]
      : [event],
  );
}
