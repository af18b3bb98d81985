import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { decide, evolve, orderCouponDecider, published, statusCalledFor, newCouponCode, type OrderCoupon, type OrderCouponCommand, type OrderCouponEvent } from "./coupon.ts";

const orderId = "7f1e2d3c-4b5a-4a69-8877-665544332211";
const customerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const r1 = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const r2 = "6b5c4d3e-2f10-4b0c-9d8e-7f6a5b4c3d2e";
const couponId = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const at = "2026-01-02T03:04:05.000Z";
const newCoupon = { couponId, code: "PIZZA-AAAA-BBBB" };
const order = { orderId, customerId, newCoupon, at };

const delivered: OrderCouponCommand = { type: "NoteDelivery", ...order };
const refunded = (refundId: string): OrderCouponCommand => ({ type: "NoteRefund", refundId, ...order });
const canceled = (refundId: string): OrderCouponCommand => ({ type: "NoteRefundCanceled", refundId, ...order });

const spec = deciderSpec(orderCouponDecider, { at: new Date(at) });
const published_ = (commands: OrderCouponCommand[]) => run(commands).published;

/** Handles the commands one after another as the policies do, each folded into the row. */
function run(commands: readonly OrderCouponCommand[]): { state: OrderCoupon | null; published: string[] } {
  let state: OrderCoupon | null = null;
  const out: string[] = [];
  for (const command of commands) {
    const events: OrderCouponEvent[] = decide(command, state);
    for (const e of events) state = evolve(state, e, new Date(at));
    out.push(...published(events).map((e) => e.type));
  }
  return { state, published: out };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

const label = (c: OrderCouponCommand) => (c.type === "NoteDelivery" ? "delivered" : `${c.type === "NoteRefund" ? "refunded" : "refund-canceled"} ${c.refundId === r1 ? "R1" : "R2"}`);

describe("the coupon of an order, in the order events happen", () => {
  it("delivered: issued with its code", () => {
    spec.given([]).when(delivered).then([
      { type: "OrderDeliveryNoted", subject: orderId, data: { orderId, customerId } },
      { type: "CouponIssued", subject: orderId, data: { couponId, orderId, customerId, code: "PIZZA-AAAA-BBBB", issuedAt: at } },
    ]);
  });

  it("delivered, refunded, refund canceled: issued, revoked, restored", () => {
    expect(published_([delivered, refunded(r1), canceled(r1)])).toEqual(["CouponIssued", "CouponRevoked", "CouponRestored"]);
    expect(run([delivered, refunded(r1), canceled(r1)]).state).toMatchObject({ couponId, status: "ISSUED", revokedAt: null });
  });

  it("a second refund after the first was canceled revokes it again", () => {
    expect(published_([delivered, refunded(r1), canceled(r1), refunded(r2)])).toEqual(["CouponIssued", "CouponRevoked", "CouponRestored", "CouponRevoked"]);
  });
});

describe("the coupon whatever order the events arrive in", () => {
  it("refunded before delivered: no coupon is issued", () => {
    const { state, published: events } = run([refunded(r1), delivered]);
    expect(events).toEqual([]);
    expect(state).toMatchObject({ delivered: true, activeRefunds: [r1], couponId: null, status: null });
  });

  it("refunded, delivered, then the refund canceled: the coupon is issued then (once)", () => {
    expect(published_([refunded(r1), delivered, canceled(r1)])).toEqual(["CouponIssued"]);
  });

  it("a refund's cancellation before the refund: the refund never counts", () => {
    expect(published_([delivered, canceled(r1), refunded(r1)])).toEqual(["CouponIssued"]);
    expect(published_([canceled(r1), refunded(r1), delivered])).toEqual(["CouponIssued"]);
  });

  // Each history as it happens; every arrival order of it must end with the coupon it calls for.
  const histories: [string, OrderCouponCommand[], "ISSUED" | "NOT VALID"][] = [
    ["delivered", [delivered], "ISSUED"],
    ["delivered, refunded", [delivered, refunded(r1)], "NOT VALID"],
    ["delivered, refunded, canceled", [delivered, refunded(r1), canceled(r1)], "ISSUED"],
    ["delivered, refunded, canceled, refunded again", [delivered, refunded(r1), canceled(r1), refunded(r2)], "NOT VALID"],
    ["delivered, refunded, canceled, refunded again, canceled again", [delivered, refunded(r1), canceled(r1), refunded(r2), canceled(r2)], "ISSUED"],
  ];
  for (const [history, commands, expected] of histories) {
    describe(history, () => {
      it.each(permutations(commands).map((p) => [p.map(label).join(" -> "), p] as const))("arriving %s", (_, arrival) => {
        const { state, published: events } = run(arrival);
        const issued = events.filter((t) => t === "CouponIssued").length;
        expect(issued).toBeLessThanOrEqual(1);
        if (expected === "ISSUED") {
          expect(state!.status).toBe("ISSUED");
          expect(issued).toBe(1);
        } else {
          expect(state!.status).not.toBe("ISSUED");
        }
        // Never issued while a refund of the order is known and not canceled.
        let replayed: OrderCoupon | null = null;
        for (const command of arrival) {
          const decided = decide(command, replayed);
          for (const e of decided) replayed = evolve(replayed, e, new Date(at));
          if (decided.some((e) => e.type === "CouponIssued")) expect(replayed!.activeRefunds).toEqual([]);
        }
        expect(statusCalledFor(state!)).toBe(state!.status);
        // Every event delivered twice: the same outcome.
        expect(run(arrival.flatMap((c) => [c, c]))).toEqual({ state, published: events });
      });
    });
  }
});

describe("coupon codes", () => {
  it("are PIZZA- and two groups of four unambiguous characters", () => {
    for (let i = 0; i < 50; i++) expect(newCouponCode()).toMatch(/^PIZZA-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });
});
