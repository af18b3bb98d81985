import type { PizzaRefundEvent } from "@supergraph/contracts/refunds";
import type { CommandSpec } from "@supergraph/platform";
import { pizzaRefundDecider, type PizzaRefund, type PizzaRefundCommand } from "../domain/pizza-refund.ts";
import { lockPizzaRefund, savePizzaRefund } from "../infra/pizza-refund-store.ts";

/** A command on the pizza refund `pizzaRefundId`: locked while it is decided, saved whole. */
export function onPizzaRefund(pizzaRefundId: string): CommandSpec<PizzaRefund, PizzaRefundCommand, PizzaRefundEvent> {
  return {
    decider: pizzaRefundDecider,
    load: (tx) => lockPizzaRefund(tx, pizzaRefundId),
    save: (tx, pizzaRefund) => savePizzaRefund(tx, pizzaRefund),
  };
}
