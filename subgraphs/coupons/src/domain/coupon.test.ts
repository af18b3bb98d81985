import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { activeRefunds, decide, evolve, orderCouponDecider, published, statusCalledFor, newCouponCode, type OrderCoupon, type OrderCouponCommand, type OrderCouponEvent } from "./coupon.ts";

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
  it("refunded before delivered: the delivery issues the coupon and revokes it at once, never valid", () => {
    spec.given([{ type: "OrderRefundNoted", subject: orderId, data: { orderId, customerId, refundId: r1 } }]).when(delivered).then([
      { type: "OrderDeliveryNoted", subject: orderId, data: { orderId, customerId } },
      { type: "CouponIssued", subject: orderId, data: { couponId, orderId, customerId, code: "PIZZA-AAAA-BBBB", issuedAt: at } },
      { type: "CouponRevoked", subject: orderId, data: { couponId, orderId, customerId, at } },
    ]);
    const { state, published: events } = run([refunded(r1), delivered]);
    expect(events).toEqual(["CouponIssued", "CouponRevoked"]);
    expect(state).toMatchObject({ delivered: true, refunds: [r1], couponId, status: "REVOKED", revokedAt: new Date(at) });
  });

  it("refunded, delivered, then the refund canceled: issued and revoked, then restored (once each)", () => {
    expect(published_([refunded(r1), delivered, canceled(r1)])).toEqual(["CouponIssued", "CouponRevoked", "CouponRestored"]);
    expect(run([refunded(r1), delivered, canceled(r1)]).state).toMatchObject({ couponId, status: "ISSUED", revokedAt: null });
  });

  it("a refund's cancellation before the refund: the refund, when it comes, revokes and restores at once", () => {
    expect(published_([delivered, canceled(r1)])).toEqual(["CouponIssued"]);
    expect(published_([delivered, canceled(r1), refunded(r1)])).toEqual(["CouponIssued", "CouponRevoked", "CouponRestored"]);
    expect(published_([canceled(r1), refunded(r1), delivered])).toEqual(["CouponIssued", "CouponRevoked", "CouponRestored"]);
  });

  it("a second refund before the first one's cancellation: it revokes once that cancellation restores", () => {
    expect(published_([delivered, refunded(r1), refunded(r2)])).toEqual(["CouponIssued", "CouponRevoked"]);
    expect(published_([delivered, refunded(r1), refunded(r2), canceled(r1)])).toEqual(["CouponIssued", "CouponRevoked", "CouponRestored", "CouponRevoked"]);
    expect(run([delivered, refunded(r1), refunded(r2), canceled(r1)]).state!.status).toBe("REVOKED");
  });

  // Each history as it happens; every arrival order of it must end with the same coupon and the same events, each once.
  const histories: [string, OrderCouponCommand[], "ISSUED" | "REVOKED"][] = [
    ["delivered", [delivered], "ISSUED"],
    ["delivered, refunded", [delivered, refunded(r1)], "REVOKED"],
    ["delivered, refunded, canceled", [delivered, refunded(r1), canceled(r1)], "ISSUED"],
    ["delivered, refunded, canceled, refunded again", [delivered, refunded(r1), canceled(r1), refunded(r2)], "REVOKED"],
    ["delivered, refunded, canceled, refunded again, canceled again", [delivered, refunded(r1), canceled(r1), refunded(r2), canceled(r2)], "ISSUED"],
  ];
  /** The state as arrival order cannot change it: the lists of refunds as sets. */
  const settled = (s: OrderCoupon | null) => s && { ...s, refunds: [...s.refunds].sort(), canceledRefunds: [...s.canceledRefunds].sort() };
  for (const [history, commands, expected] of histories) {
    describe(history, () => {
      const inOrder = run(commands);
      it("as it happens: the coupon it calls for", () => {
        expect(inOrder.state!.status).toBe(expected);
        expect(inOrder.published[0]).toBe("CouponIssued");
      });
      it.each(permutations(commands).map((p) => [p.map(label).join(" -> "), p] as const))("arriving %s", (_, arrival) => {
        const { state, published: events } = run(arrival);
        // The same coupon and the same events, in the same order, each once.
        expect(settled(state)).toEqual(settled(inOrder.state));
        expect(events).toEqual(inOrder.published);
        // Never valid while a refund of the order is known and not canceled; always the status the facts call for.
        let replayed: OrderCoupon | null = null;
        for (const command of arrival) {
          for (const e of decide(command, replayed)) replayed = evolve(replayed, e, new Date(at));
          if (activeRefunds(replayed!).length > 0) expect(replayed!.status).not.toBe("ISSUED");
          expect(replayed!.status).toBe(statusCalledFor(replayed!));
        }
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
