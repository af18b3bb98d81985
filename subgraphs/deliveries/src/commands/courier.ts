import { commandCausation, executeCommand, type Sql, type UnitOfWork } from "@supergraph/platform";
import type { Delivery } from "../domain/delivery.ts";
import { findDeliveries } from "../infra/delivery-store.ts";
import { onDelivery } from "./delivery.ts";

export type CourierAction = "MarkDelivered" | "CancelRefundDelivery" | "CompleteRefundDelivery";

/**
 * A courier's move on a delivery: delivered (PizzaDelivered: the order can no longer be canceled,
 * a coupon is issued), the return run canceled (RefundDeliveryCanceled: DELIVERED again, the
 * refund canceled) or completed (RefundDeliveryCompleted: RETURNED, the refund final). Its events
 * belong to the order's case (the correlation id is the order id, as for every pizza event).
 */
export async function courierMove(deps: { sql: Sql; transact: UnitOfWork }, action: CourierAction, deliveryId: string, courierId: string, now: Date): Promise<Delivery> {
  const [known] = await findDeliveries(deps.sql, [deliveryId]);
  const { state } = await executeCommand(deps.transact, onDelivery(deliveryId), { type: action, courierId, at: now }, { now, causation: commandCausation(known?.orderId ?? deliveryId) });
  return state!;
}
