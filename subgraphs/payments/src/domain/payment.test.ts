import { PaymentErrorCode } from "@supergraph/contracts/payments";
import { describe, expect, it } from "vitest";
import { decide, evolve, published, type Payment, type PaymentCommand, type PaymentStatus } from "./payment.ts";
import { refusal } from "@supergraph/platform/testing/refusal";

const paymentId = "6f1c1f9e-2f0e-4c44-9a55-0c1d2e3f4a5b";
const payerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const reference = "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d";
const at = new Date("2026-01-02T03:04:05.000Z");

const charge: PaymentCommand = { type: "ChargePayment", paymentId, reference, purpose: "COURSE_REGISTRATION", payerId, amount: 12_000 };
const voidReference: PaymentCommand = { type: "VoidReference", paymentId: "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", reference, purpose: "COURSE_REGISTRATION", payerId };

function payment(status: PaymentStatus): Payment {
  return { id: paymentId, reference, purpose: "COURSE_REGISTRATION", payerId, amount: 12_000, status, createdAt: at, canceledAt: status === "COMPLETED" ? null : at };
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

describe("canceling a payment", () => {
  it("given a completed payment, when canceled, then it is canceled with its facts", () => {
    const changes = decide({ type: "CancelPayment" }, payment("COMPLETED"));

    expect(changes).toEqual([
      { type: "PaymentCanceled", subject: paymentId, data: { paymentId, reference, purpose: "COURSE_REGISTRATION", payerId, amount: 12_000 } },
    ]);
    const later = new Date("2026-01-03T00:00:00.000Z");
    expect(evolve(payment("COMPLETED"), changes[0]!, later)).toEqual({ ...payment("COMPLETED"), status: "CANCELED", canceledAt: later });
  });

  it.each(["CANCELED", "VOIDED"] as const)("given a %s payment, when canceled, then nothing changes", (status) => {
    expect(decide({ type: "CancelPayment" }, payment(status))).toEqual([]);
  });

  it("given no payment, when canceled, then it is an error (the policy waits for the payment first)", () => {
    expect(() => decide({ type: "CancelPayment" }, null)).toThrow(/does not exist/);
  });
});

describe("voiding a reference", () => {
  it("given no payment for the reference, when voided, then a voided tombstone of 0 cents is kept and nothing is published", () => {
    const changes = decide(voidReference, null);

    expect(changes.map((c) => c.type)).toEqual(["ReferenceVoided"]);
    expect(published(changes)).toEqual([]);
    expect(evolve(null, changes[0]!, at)).toEqual({
      id: "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", reference, purpose: "COURSE_REGISTRATION", payerId, amount: 0, status: "VOIDED", createdAt: at, canceledAt: at,
    });
  });

  it("given a completed payment for the reference, when voided, then the payment is canceled and that is published", () => {
    const changes = decide(voidReference, payment("COMPLETED"));

    expect(published(changes).map((c) => c.type)).toEqual(["PaymentCanceled"]);
    expect(evolve(payment("COMPLETED"), changes[0]!, at).status).toBe("CANCELED");
  });

  it.each(["CANCELED", "VOIDED"] as const)("given a %s payment for the reference, when voided, then nothing changes", (status) => {
    expect(decide(voidReference, payment(status))).toEqual([]);
  });

  it("given a voided reference, when a late charge arrives, then it is refused as voided", () => {
    const tombstone = evolve(null, decide(voidReference, null)[0]!, at);

    expect(refusal(() => decide(charge, tombstone)).code).toBe(PaymentErrorCode.VOIDED);
  });
});
