import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import type { Delivery } from "../domain/delivery.ts";
import { onDelivery } from "./delivery.ts";

export type CourierAction = "MarkDelivered" | "CancelRefundDelivery" | "CompleteRefundDelivery";

/**
 * A courier's move on a delivery: delivered (PizzaDelivered: the order can no longer be canceled,
 * a coupon is issued), the return run canceled (RefundDeliveryCanceled: DELIVERED again, the
 * refund canceled) or completed (RefundDeliveryCompleted: RETURNED, the refund final).
 */
export async function courierMove(transact: UnitOfWork, action: CourierAction, deliveryId: string, courierId: string, now: Date): Promise<Delivery> {
  const { state } = await executeCommand(transact, onDelivery(deliveryId), { type: action, courierId, at: now }, { now, causation: commandCausation(deliveryId) });
  return state!;
}
