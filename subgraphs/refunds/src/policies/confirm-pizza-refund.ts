import { pizzaRefundEvents } from "@supergraph/contracts/refunds";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onPizzaRefund } from "../commands/pizza-refund.ts";

/**
 * A requested pizza refund is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmPizzaRefund = policy("confirm-pizza-refund", on(pizzaRefundEvents.PizzaRefundRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onPizzaRefund(event.data.pizzaRefundId), { type: "ConfirmPizzaRefund" }, inResponseTo(event));
  },
});
