import type { PizzaOrderEvent } from "@supergraph/contracts/pizza-orders";
import type { CommandSpec } from "@supergraph/platform";
import { pizzaOrderDecider, type PizzaOrder, type PizzaOrderCommand } from "../domain/pizza-order.ts";
import { lockPizzaOrder, savePizzaOrder } from "../infra/pizza-order-store.ts";

/** A command on the pizza order `pizzaOrderId`: locked while it is decided, saved whole. */
export function onPizzaOrder(pizzaOrderId: string): CommandSpec<PizzaOrder, PizzaOrderCommand, PizzaOrderEvent> {
  return {
    decider: pizzaOrderDecider,
    load: (tx) => lockPizzaOrder(tx, pizzaOrderId),
    save: (tx, pizzaOrder) => savePizzaOrder(tx, pizzaOrder),
  };
}
