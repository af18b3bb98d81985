import { deliveryEvents } from "@supergraph/contracts/deliveries";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onPizzaRefund } from "../commands/pizza-refund.ts";

/** The courier canceled the return run: the refund is CANCELED, nothing is given back (a redelivery changes nothing). */
export const cancelPizzaRefund = policy("cancel-pizza-refund", on(deliveryEvents.RefundDeliveryCanceled), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onPizzaRefund(event.data.refundId), { type: "CancelPizzaRefund", at: event.data.at }, inResponseTo(event));
  },
});

/**
 * The courier completed the return run: the refund is COMPLETED, i.e. final, and the order's
 * payment is called off (reason REFUNDED) in the same transaction (a redelivery changes nothing).
 */
export const completePizzaRefund = policy("complete-pizza-refund", on(deliveryEvents.RefundDeliveryCompleted), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onPizzaRefund(event.data.refundId), { type: "CompletePizzaRefund", at: event.data.at }, inResponseTo(event));
  },
});
