import { randomUUID } from "node:crypto";
import { inResponseTo, runCommand, type EventEnvelope, type RecordEvents, type Sql } from "@supergraph/platform";
import { newCouponCode, orderCouponDecider, published, type OrderCouponCommand } from "../domain/coupon.ts";
import { lockOrderCoupon, saveOrderCoupon } from "../infra/order-coupon-store.ts";

/** A command as a policy gives it: without the coupon to issue, which is drawn here. */
type Noted = OrderCouponCommand extends infer C ? (C extends OrderCouponCommand ? Omit<C, "newCoupon"> : never) : never;

/**
 * Notes what an event says of its order (locked while it is decided) and records the coupon's
 * change it makes, as of the event; a new coupon's id and code are drawn here, used only when
 * one is issued.
 */
export async function noteOnOrder(tx: Sql, record: RecordEvents, command: Noted, event: EventEnvelope): Promise<void> {
  await runCommand(
    tx,
    record,
    {
      decider: orderCouponDecider,
      load: (t) => lockOrderCoupon(t, command.orderId, command.customerId),
      save: (t, state) => saveOrderCoupon(t, state),
      publish: published,
    },
    { ...command, newCoupon: { couponId: randomUUID(), code: newCouponCode() } } as OrderCouponCommand,
    inResponseTo(event),
  );
}
