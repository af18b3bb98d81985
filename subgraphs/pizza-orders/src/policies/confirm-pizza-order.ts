import { pizzaOrderEvents } from "@supergraph/contracts/pizza-orders";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onPizzaOrder } from "../commands/pizza-order.ts";

/**
 * A requested pizza order is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmPizzaOrder = policy("confirm-pizza-order", on(pizzaOrderEvents.PizzaOrderRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onPizzaOrder(event.data.pizzaOrderId), { type: "ConfirmPizzaOrder" }, inResponseTo(event));
  },
});
