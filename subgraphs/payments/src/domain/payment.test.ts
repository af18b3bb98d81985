import { PaymentErrorCode } from "@supergraph/contracts/payments";
import { describe, expect, it } from "vitest";
import { decide, evolve, published, type Payment, type PaymentChange, type PaymentCommand, type PaymentStatus } from "./payment.ts";
import { refusal } from "@supergraph/platform/testing/refusal";

const paymentId = "6f1c1f9e-2f0e-4c44-9a55-0c1d2e3f4a5b";
const payerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const reference = "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d";
const at = new Date("2026-01-02T03:04:05.000Z");

const charge: PaymentCommand = { type: "ChargePayment", paymentId, reference, purpose: "COURSE_REGISTRATION", payerId, amount: 12_000 };
const tombstoneId = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
const cancel: PaymentCommand = { type: "CancelPayment", paymentId: tombstoneId, reference, purpose: "COURSE_REGISTRATION", payerId, reason: "STUDENT_CANCELED" };

function payment(status: PaymentStatus): Payment {
  const calledOff = status !== "COMPLETED";
  return {
    id: paymentId, reference, purpose: "COURSE_REGISTRATION", payerId, amount: 12_000, status, createdAt: at,
    canceledAt: calledOff ? at : null, cancellationReason: calledOff ? "LECTURE_CANCELED" : null,
  };
}

describe("charging a reference", () => {
  it("given no payment for the reference, when charged, then the payment completes", () => {
    const changes = decide(charge, null);

    expect(changes).toEqual([
      { type: "PaymentCompleted", subject: paymentId, data: { paymentId, reference, purpose: "COURSE_REGISTRATION", payerId, amount: 12_000 } },
    ]);
    expect(evolve(null, changes[0]!, at)).toEqual(payment("COMPLETED"));
  });

  it("given a completed payment for the reference, when charged again, then nothing changes (no second charge)", () => {
    expect(decide({ ...charge, paymentId: "11111111-1111-4111-8111-111111111111" }, payment("COMPLETED"))).toEqual([]);
  });

  it.each(["CANCELED", "VOIDED"] as const)("given a %s payment for the reference, when charged, then it is refused as voided", (status) => {
    expect(refusal(() => decide(charge, payment(status))).code).toBe(PaymentErrorCode.VOIDED);
  });
});

describe("calling off a reference", () => {
  it("given a completed payment, when canceled, then it is canceled with its facts and the request's reason", () => {
    const changes = decide(cancel, payment("COMPLETED"));

    expect(changes).toEqual([
      {
        type: "PaymentCanceled",
        subject: paymentId,
        data: { paymentId, reference, purpose: "COURSE_REGISTRATION", payerId, amount: 12_000, reason: "STUDENT_CANCELED" },
      },
    ]);
    expect(published(changes)).toEqual(changes);
    const later = new Date("2026-01-03T00:00:00.000Z");
    expect(evolve(payment("COMPLETED"), changes[0]!, later)).toEqual({
      ...payment("COMPLETED"), status: "CANCELED", canceledAt: later, cancellationReason: "STUDENT_CANCELED",
    });
  });

  it.each(["CANCELED", "VOIDED"] as const)("given a %s payment, when canceled again, then nothing changes", (status) => {
    expect(decide(cancel, payment(status))).toEqual([]);
  });

  it("given no payment for the reference, when canceled, then a voided tombstone of 0 cents is kept and nothing is published", () => {
    const changes = decide({ ...cancel, purpose: "PIZZA_ORDER", reason: "ORDER_CANCELED" }, null);

    expect(changes.map((c) => c.type)).toEqual(["ReferenceVoided"]);
    expect(published(changes)).toEqual([]);
    expect(evolve(null, changes[0]!, at)).toEqual({
      id: tombstoneId, reference, purpose: "PIZZA_ORDER", payerId, amount: 0, status: "VOIDED", createdAt: at, canceledAt: at, cancellationReason: "ORDER_CANCELED",
    });
  });

  it("given a voided reference, when a late charge arrives, then it is refused as voided", () => {
    const tombstone = evolve(null, decide(cancel, null)[0]!, at);

    expect(refusal(() => decide(charge, tombstone)).code).toBe(PaymentErrorCode.VOIDED);
  });

  it("given a PaymentCanceled of an earlier version (no reason), when applied, then the reason is unknown", () => {
    const { reason: _, ...facts } = (decide(cancel, payment("COMPLETED"))[0] as Extract<PaymentChange, { type: "PaymentCanceled" }>).data;

    expect(evolve(payment("COMPLETED"), { type: "PaymentCanceled", subject: paymentId, data: facts }, at).cancellationReason).toBeNull();
  });
});
