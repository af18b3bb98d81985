import { paymentEvents } from "@supergraph/contracts/payments";
import { inResponseTo, isUuid, on, policy, runCommand } from "@supergraph/platform";
import { onPizzaOrder } from "../commands/pizza-order.ts";

/**
 * A pizza order's charge, learned from payments' PaymentCompleted (purpose PIZZA_ORDER, reference
 * = the order id): the order becomes PAID when it is still PLACED, which is what a charge that
 * completed after the pay command gave up on it (timeout) needs; an order already PAID (the pay
 * command's own answer came first) or CANCELED (its cancellation asks payments to refund) stays
 * as it is. Other purposes' payments are not this context's.
 */
export const recordPayment = policy("record-payment", on(paymentEvents.PaymentCompleted), {
  async handle(event, tx, record) {
    const { purpose, reference, paymentId } = event.data;
    if (purpose !== "PIZZA_ORDER" || !isUuid(reference)) return;
    await runCommand(tx, record, onPizzaOrder(reference), { type: "RecordPayment", paymentId, paidAt: new Date(event.time), late: true }, inResponseTo(event));
  },
});
