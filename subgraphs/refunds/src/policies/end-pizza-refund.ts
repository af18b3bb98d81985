import { deliveryEvents } from "@supergraph/contracts/deliveries";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onPizzaRefund } from "../commands/pizza-refund.ts";
import { lockPizzaRefund, markRefundDeliveryCanceled, noteRefundDelivery, orphanRefundDelivery } from "../infra/pizza-refund-store.ts";

/**
 * Deliveries turned a delivery into a refund delivery: noted, so a turn applied after its
 * request gave up (timeout) is known even if the customer never retries (see the domain's
 * OrphanRefundDelivery). A refund of that id stored already makes the note moot.
 */
export const noteRefundDeliveryPolicy = policy("note-refund-delivery", on(deliveryEvents.DeliveryRefunded), {
  async handle(event, tx) {
    const { refundId, orderId, customerId, deliveryId } = event.data;
    await noteRefundDelivery(tx, { refundId, orderId, customerId, deliveryId });
  },
});

/**
 * The courier canceled the return run: the refund is CANCELED, nothing is given back (a
 * redelivery changes nothing). One of a refund never stored is noted as canceled, so the order's
 * next refund takes the next id.
 */
export const cancelPizzaRefund = policy("cancel-pizza-refund", on(deliveryEvents.RefundDeliveryCanceled), {
  async handle(event, tx, record) {
    const { refundId, at } = event.data;
    const orphan = (await lockPizzaRefund(tx, refundId)) ? null : await orphanRefundDelivery(tx, refundId);
    await runCommand(tx, record, onPizzaRefund(refundId), { type: "CancelPizzaRefund", at, orphan }, inResponseTo(event));
    if (orphan) await markRefundDeliveryCanceled(tx, refundId, new Date(at));
  },
});

/**
 * The courier completed the return run: the refund is COMPLETED, i.e. final, and the order's
 * payment is called off (reason REFUNDED) in the same transaction (a redelivery changes nothing);
 * one of a refund never stored is stored final then, so the money goes back all the same.
 */
export const completePizzaRefund = policy("complete-pizza-refund", on(deliveryEvents.RefundDeliveryCompleted), {
  async handle(event, tx, record) {
    const { refundId, at } = event.data;
    const orphan = (await lockPizzaRefund(tx, refundId)) ? null : await orphanRefundDelivery(tx, refundId);
    await runCommand(tx, record, onPizzaRefund(refundId), { type: "CompletePizzaRefund", at, orphan }, inResponseTo(event));
  },
});
