import { PaymentErrorCode } from "@supergraph/contracts/payments";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { paymentDecider, published, type Payment, type PaymentChange, type PaymentCommand, type PaymentStatus } from "./payment.ts";

const paymentId = "6f1c1f9e-2f0e-4c44-9a55-0c1d2e3f4a5b";
const payerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const reference = "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d";
const at = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-03T00:00:00.000Z");

const charge: PaymentCommand = { type: "ChargePayment", paymentId, reference, purpose: "COURSE_REGISTRATION", payerId, amount: 12_000 };
const tombstoneId = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
const cancel: PaymentCommand = { type: "CancelPayment", paymentId: tombstoneId, reference, purpose: "COURSE_REGISTRATION", payerId, reason: "STUDENT_CANCELED" };
const facts = { paymentId, reference, purpose: "COURSE_REGISTRATION", payerId, amount: 12_000 } as const;
const completed: PaymentChange = { type: "PaymentCompleted", subject: paymentId, data: facts };

/** A payment as stored; a called-off one as an older row may hold it (its amount kept), reachable by no event of this version. */
function payment(status: PaymentStatus): Payment {
  const calledOff = status !== "COMPLETED";
  return {
    id: paymentId, reference, purpose: "COURSE_REGISTRATION", payerId, amount: 12_000, status, createdAt: at,
    canceledAt: calledOff ? at : null, cancellationReason: calledOff ? "LECTURE_CANCELED" : null,
  };
}

const payments = deciderSpec(paymentDecider, { at });

describe("charging a reference", () => {
  it("given no payment for the reference, when charged, then the payment completes", () => {
    payments.given([]).when(charge).then([completed], payment("COMPLETED"));
  });

  it("given a completed payment for the reference, when charged again, then nothing changes (no second charge)", () => {
    payments.given([completed]).when({ ...charge, paymentId: "11111111-1111-4111-8111-111111111111" }).thenNothing();
  });

  it.each(["CANCELED", "VOIDED"] as const)("given a %s payment for the reference, when charged, then it is refused as voided", (status) => {
    payments.givenState(payment(status)).when(charge).thenRefuses(PaymentErrorCode.VOIDED);
  });
});

describe("calling off a reference", () => {
  it("given a completed payment, when canceled, then it is canceled with its facts and the request's reason", () => {
    const { events } = payments
      .given([completed])
      .when(cancel, { at: later })
      .then([{ type: "PaymentCanceled", subject: paymentId, data: { ...facts, reason: "STUDENT_CANCELED" } }], {
        ...payment("COMPLETED"), status: "CANCELED", canceledAt: later, cancellationReason: "STUDENT_CANCELED",
      });

    expect(published(events)).toEqual(events);
  });

  it.each(["CANCELED", "VOIDED"] as const)("given a %s payment, when canceled again, then nothing changes", (status) => {
    payments.givenState(payment(status)).when(cancel).thenNothing();
  });

  it("given no payment for the reference, when canceled, then a voided tombstone of 0 cents is kept and nothing is published", () => {
    const { events, state } = payments.given([]).when({ ...cancel, purpose: "PIZZA_ORDER", reason: "ORDER_CANCELED" }).outcome();

    expect(events.map((c) => c.type)).toEqual(["ReferenceVoided"]);
    expect(published(events)).toEqual([]);
    expect(state).toEqual({
      id: tombstoneId, reference, purpose: "PIZZA_ORDER", payerId, amount: 0, status: "VOIDED", createdAt: at, canceledAt: at, cancellationReason: "ORDER_CANCELED",
    });
  });

  it("given a voided reference, when a late charge arrives, then it is refused as voided", () => {
    const voided = payments.given([]).when(cancel).outcome().events;

    payments.given(voided).when(charge).thenRefuses(PaymentErrorCode.VOIDED);
  });

  it("given a PaymentCanceled of an earlier version (no reason), when applied, then the reason is unknown", () => {
    expect(payments.given([completed, { type: "PaymentCanceled", subject: paymentId, data: facts }]).state()?.cancellationReason).toBeNull();
  });
});
