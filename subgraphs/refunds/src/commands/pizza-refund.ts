import type { PizzaRefundEvent } from "@supergraph/contracts/refunds";
import type { CommandSpec } from "@supergraph/platform";
import { pizzaRefundDecider, withPaymentRequests, type PizzaRefund, type PizzaRefundCommand } from "../domain/pizza-refund.ts";
import { lockPizzaRefund, savePizzaRefund } from "../infra/pizza-refund-store.ts";

/** A command on the refund `refundId` (none yet: a new one): locked while it is decided, saved whole, with its requests to payments. */
export function onPizzaRefund(refundId: string): CommandSpec<PizzaRefund, PizzaRefundCommand, PizzaRefundEvent> {
  return {
    decider: pizzaRefundDecider,
    load: (tx) => lockPizzaRefund(tx, refundId),
    save: (tx, refund, previous) => savePizzaRefund(tx, refund, previous),
    publish: withPaymentRequests,
  };
}
