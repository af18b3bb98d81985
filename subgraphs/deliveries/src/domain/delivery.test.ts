import type { DeliveryEvent } from "@supergraph/contracts/deliveries";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { DeliveriesErrorCode } from "../generated/graphql.ts";
import { deliveryDecider, type Delivery } from "./delivery.ts";

const deliveryId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const orderId = "7d6c5b4a-3f2e-4d1c-9b0a-8f7e6d5c4b3a";
const customerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const otherId = "9c8b7a65-4d3c-4b2a-9f1e-0d9c8b7a6f54";
const courierId = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b";
const refundId = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d";
const refund2 = "3b4c5d6e-7f8a-4b9c-8d1e-2f3a4b5c6d7e";
const t0 = new Date("2026-01-02T03:04:05.000Z");
const t1 = new Date("2026-01-02T03:30:00.000Z");
const t2 = new Date("2026-01-02T04:00:00.000Z");

const ids = { deliveryId, orderId, customerId };
const started: DeliveryEvent = { type: "DeliveryStarted", subject: deliveryId, data: { ...ids, startedAt: t0.toISOString() } };
const delivered: DeliveryEvent = { type: "PizzaDelivered", subject: deliveryId, data: { ...ids, courierId, deliveredAt: t1.toISOString() } };
const refunded = (id = refundId): DeliveryEvent => ({ type: "DeliveryRefunded", subject: deliveryId, data: { ...ids, refundId: id, at: t2.toISOString() } });
const runCanceled = (id = refundId): DeliveryEvent => ({ type: "RefundDeliveryCanceled", subject: deliveryId, data: { ...ids, refundId: id, courierId, at: t2.toISOString() } });
const returned: DeliveryEvent = { type: "RefundDeliveryCompleted", subject: deliveryId, data: { ...ids, refundId, courierId, at: t2.toISOString() } };
const canceled = (at = t1): DeliveryEvent => ({ type: "DeliveryCanceled", subject: deliveryId, data: { ...ids, canceledAt: at.toISOString() } });
const delivering: Delivery = {
  id: deliveryId,
  orderId,
  customerId,
  status: "DELIVERING",
  courierId: null,
  refundId: null,
  canceledRefunds: [],
  startedAt: t0,
  deliveredAt: null,
  refundedAt: null,
  returnedAt: null,
  canceledAt: null,
};

const spec = deciderSpec(deliveryDecider, { at: t0 });
const start = { type: "StartDelivery" as const, ...ids, at: t0 };
const cancel = { type: "CancelDelivery" as const, ...ids, at: t1 };
const turn = (id = refundId, by = customerId) => ({ type: "TurnIntoRefundDelivery" as const, customerId: by, refundId: id, at: t2 });

describe("starting and canceling a delivery (the order's events)", () => {
  it("given nothing, when the order is paid, then the delivery starts DELIVERING", () => {
    spec.given([]).when(start).then([started], delivering);
  });

  it("given a delivery, when the payment's event comes again, then nothing happens", () => {
    spec.given([started]).when(start).thenNothing();
  });

  it("given a delivery on its way, when the order is canceled, then it is CANCELED", () => {
    spec.given([started]).when(cancel).then([canceled()], { ...delivering, status: "CANCELED", canceledAt: t1 });
  });

  it("given nothing (the cancel handled before the payment), when canceled, then a CANCELED delivery is made, and the payment's event starts nothing", () => {
    spec.given([]).when(cancel).then([canceled()], { ...delivering, status: "CANCELED", startedAt: t1, canceledAt: t1 });
    spec.given([canceled()]).when(start).thenNothing();
  });

  it("given a canceled or delivered delivery, when the cancel comes (again, or too late), then nothing happens", () => {
    spec.given([started, canceled()]).when(cancel).thenNothing();
    spec.given([started, delivered]).when(cancel).thenNothing();
  });
});

describe("the courier delivering", () => {
  const mark = { type: "MarkDelivered" as const, courierId, at: t1 };

  it("given a delivery on its way, when marked delivered, then it is DELIVERED by that courier", () => {
    spec.given([started]).when(mark).then([delivered], { ...delivering, status: "DELIVERED", courierId, deliveredAt: t1 });
  });

  it("given a delivered one, when marked again, then it is DELIVERY_ALREADY_DELIVERED", () => {
    spec.given([started, delivered]).when(mark).thenRefuses(DeliveriesErrorCode.DELIVERY_ALREADY_DELIVERED);
  });

  it("given a canceled one, when marked, then it is DELIVERY_CANCELED; given none, DELIVERY_NOT_FOUND", () => {
    spec.given([started, canceled()]).when(mark).thenRefuses(DeliveriesErrorCode.DELIVERY_CANCELED);
    spec.given([]).when(mark).thenRefuses(DeliveriesErrorCode.DELIVERY_NOT_FOUND);
  });
});

describe("turning a delivery into a refund delivery (the sync call)", () => {
  it("given a delivered delivery, when the customer's refund asks, then it is REFUNDED for that refund", () => {
    spec.given([started, delivered]).when(turn()).then([refunded()], { ...delivering, status: "REFUNDED", courierId, deliveredAt: t1, refundId, refundedAt: t2 });
  });

  it("given it was turned by this refund, when asked again, then nothing more happens (idempotent)", () => {
    spec.given([started, delivered, refunded()]).when(turn()).thenNothing();
    spec.given([started, delivered, refunded(), returned]).when(turn()).thenNothing();
  });

  it("given it was turned by another refund, pending or final, when asked, then it is DELIVERY_ALREADY_REFUNDED", () => {
    spec.given([started, delivered, refunded()]).when(turn(refund2)).thenRefuses(DeliveriesErrorCode.DELIVERY_ALREADY_REFUNDED);
    spec.given([started, delivered, refunded(), returned]).when(turn(refund2)).thenRefuses(DeliveriesErrorCode.DELIVERY_ALREADY_REFUNDED);
  });

  it("given a delivery on its way or canceled, when asked, then it is DELIVERY_NOT_DELIVERED", () => {
    spec.given([started]).when(turn()).thenRefuses(DeliveriesErrorCode.DELIVERY_NOT_DELIVERED);
    spec.given([started, canceled()]).when(turn()).thenRefuses(DeliveriesErrorCode.DELIVERY_NOT_DELIVERED);
  });

  it("given no delivery, or another customer's, when asked, then it is DELIVERY_NOT_FOUND", () => {
    spec.given([]).when(turn()).thenRefuses(DeliveriesErrorCode.DELIVERY_NOT_FOUND);
    spec.given([started, delivered]).when(turn(refundId, otherId)).thenRefuses(DeliveriesErrorCode.DELIVERY_NOT_FOUND);
  });

  it("given a refund delivery canceled, when a new refund asks, then it is REFUNDED again; the canceled refund asking again changes nothing", () => {
    spec.given([started, delivered, refunded(), runCanceled()]).when(turn(refund2)).then([refunded(refund2)]);
    spec.given([started, delivered, refunded(), runCanceled()]).when(turn()).thenNothing();
  });
});

describe("the courier's return run", () => {
  const cancelRun = { type: "CancelRefundDelivery" as const, courierId, at: t2 };
  const completeRun = { type: "CompleteRefundDelivery" as const, courierId, at: t2 };

  it("given a refund delivery, when the courier cancels it, then it is DELIVERED again, the refund remembered", () => {
    spec.given([started, delivered, refunded()]).when(cancelRun).then([runCanceled()], {
      ...delivering,
      status: "DELIVERED",
      courierId,
      deliveredAt: t1,
      refundId: null,
      refundedAt: null,
      canceledRefunds: [refundId],
    });
  });

  it("given a refund delivery, when the courier completes it, then it is RETURNED (the refund final)", () => {
    spec.given([started, delivered, refunded()]).when(completeRun).then([returned], { ...delivering, status: "RETURNED", courierId, deliveredAt: t1, refundId, refundedAt: t2, returnedAt: t2 });
  });

  it.each([
    ["on its way", [started]],
    ["delivered", [started, delivered]],
    ["returned", [started, delivered, refunded(), returned]],
    ["whose run was canceled", [started, delivered, refunded(), runCanceled()]],
  ])("given a delivery %s, when its run is canceled or completed, then it is DELIVERY_NOT_REFUNDED", (_, history) => {
    spec.given(history as DeliveryEvent[]).when(cancelRun).thenRefuses(DeliveriesErrorCode.DELIVERY_NOT_REFUNDED);
    spec.given(history as DeliveryEvent[]).when(completeRun).thenRefuses(DeliveriesErrorCode.DELIVERY_NOT_REFUNDED);
  });
});
