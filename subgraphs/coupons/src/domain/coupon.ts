import { randomInt } from "node:crypto";
import type { CouponEvent } from "@supergraph/contracts/coupons";
import type { Decider, DomainEvent } from "@supergraph/platform";
import type { CouponStatus } from "../generated/graphql.ts";

/** Statuses of a coupon: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { CouponStatus };

/**
 * What coupons knows of one pizza order, in whatever order its events arrived, and its coupon
 * once issued. The coupon's events follow from the facts alone, so every arrival order of one
 * history ends with the same coupon and the same events, each published once: the chain
 * CouponIssued, CouponRevoked, CouponRestored, CouponRevoked, ... as far as the facts go
 * (see `chainLength`). Delivered -> issued; each refund taken -> revoked; each of those
 * canceled -> restored. A delivery applied after its order's refund issues the coupon and
 * revokes it in the same transaction: the coupon is REVOKED from the start, never valid for an
 * order already refunded; that refund canceled, it is restored as usual.
 */
export interface OrderCoupon {
  readonly orderId: string;
  readonly customerId: string;
  readonly delivered: boolean;
  /** Refunds taken (PizzaRefunded), canceled since or not. */
  readonly refunds: readonly string[];
  /** Refund cancellations seen (PizzaRefundCanceled), possibly before their refund. */
  readonly canceledRefunds: readonly string[];
  readonly couponId: string | null;
  readonly code: string | null;
  readonly status: CouponStatus | null;
  readonly issuedAt: Date | null;
  readonly revokedAt: Date | null;
}

/** An issued coupon: what the graph serves. */
export type Coupon = OrderCoupon & { readonly couponId: string; readonly code: string; readonly status: CouponStatus; readonly issuedAt: Date };

/** The coupon a command issues if the order's facts call for one now (made by the caller: the decider stays pure). */
export interface NewCoupon {
  readonly couponId: string;
  readonly code: string;
}

type OrderFacts = { orderId: string; customerId: string };

export type OrderCouponCommand =
  /** Deliveries' PizzaDelivered. */
  | ({ type: "NoteDelivery"; newCoupon: NewCoupon; at: string } & OrderFacts)
  /** Refunds' PizzaRefunded. */
  | ({ type: "NoteRefund"; refundId: string; newCoupon: NewCoupon; at: string } & OrderFacts)
  /** Refunds' PizzaRefundCanceled. */
  | ({ type: "NoteRefundCanceled"; refundId: string; newCoupon: NewCoupon; at: string } & OrderFacts);

/** What coupons learnt of the order: kept with it, never published. */
export type OrderFact =
  | DomainEvent<"OrderDeliveryNoted", OrderFacts>
  | DomainEvent<"OrderRefundNoted", OrderFacts & { refundId: string }>
  | DomainEvent<"OrderRefundCancelNoted", OrderFacts & { refundId: string }>;

export type OrderCouponEvent = CouponEvent | OrderFact;

const FACTS: ReadonlySet<string> = new Set(["OrderDeliveryNoted", "OrderRefundNoted", "OrderRefundCancelNoted"]);

/** The events coupons publishes of those decided: the coupon's, not the facts. */
export const published = (events: readonly OrderCouponEvent[]): CouponEvent[] => events.filter((e): e is CouponEvent => !FACTS.has(e.type));

/** Letters and digits that cannot be misread (no 0/O, 1/I/L). */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");

/** A readable coupon code: PIZZA- and two groups of four, e.g. PIZZA-7K3Q-M9XD (31^8 codes; the code's unique index decides a clash). */
export const newCouponCode = () => `PIZZA-${group()}-${group()}`;

const empty = (f: OrderFacts): OrderCoupon => ({
  orderId: f.orderId,
  customerId: f.customerId,
  delivered: false,
  refunds: [],
  canceledRefunds: [],
  couponId: null,
  code: null,
  status: null,
  issuedAt: null,
  revokedAt: null,
});

/** The fact a command adds, or null when it is known already (a redelivery). */
function factOf(command: OrderCouponCommand, state: OrderCoupon): OrderFact | null {
  const { orderId, customerId } = command;
  switch (command.type) {
    case "NoteDelivery":
      return state.delivered ? null : { type: "OrderDeliveryNoted", subject: orderId, data: { orderId, customerId } };
    case "NoteRefund": {
      const { refundId } = command;
      if (state.refunds.includes(refundId)) return null;
      return { type: "OrderRefundNoted", subject: orderId, data: { orderId, customerId, refundId } };
    }
    case "NoteRefundCanceled": {
      const { refundId } = command;
      if (state.canceledRefunds.includes(refundId)) return null;
      return { type: "OrderRefundCancelNoted", subject: orderId, data: { orderId, customerId, refundId } };
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** The order's refunds taken and not (known to be) canceled. */
export const activeRefunds = (state: OrderCoupon): string[] => state.refunds.filter((r) => !state.canceledRefunds.includes(r));

/**
 * How many events of the coupon's chain (CouponIssued, then CouponRevoked and CouponRestored
 * in turn) the facts call for: none before the delivery; then the issue, a revocation per
 * refund taken and a restoration per refund taken and canceled, alternating: a revocation
 * waits while the coupon is revoked for another refund (a second refund arriving before the
 * first one's cancellation) until that cancellation restores it. Only grows as facts are
 * added, so each new fact publishes the next events of the chain, never one twice; odd: the
 * coupon is ISSUED, even: REVOKED.
 */
export function chainLength(state: OrderCoupon): number {
  if (!state.delivered) return 0;
  const revocations = state.refunds.length;
  const restorations = state.refunds.filter((r) => state.canceledRefunds.includes(r)).length;
  return 1 + restorations + Math.min(revocations, restorations + 1);
}

/** The coupon's status the facts call for: null while none is to exist, REVOKED while a refund is taken and not canceled. */
export function statusCalledFor(state: OrderCoupon): CouponStatus | null {
  const length = chainLength(state);
  return length === 0 ? null : length % 2 === 1 ? "ISSUED" : "REVOKED";
}

/** Decides the events of what coupons learnt of an order: the fact, then the coupon's events of the chain it adds, in order. */
export function decide(command: OrderCouponCommand, state: OrderCoupon | null): OrderCouponEvent[] {
  const before = state ?? empty(command);
  const fact = factOf(command, before);
  if (!fact) return [];
  // No coupon yet: none of the chain is out (rows of the rule before, which issued none after a refund, start it here).
  const from = before.couponId === null ? 0 : chainLength(before);
  const to = chainLength(evolveFact(before, fact));
  const { orderId, customerId } = before;
  const { at } = command;
  const couponId = before.couponId ?? command.newCoupon.couponId;
  const events: OrderCouponEvent[] = [fact];
  for (let k = from; k < to; k++) {
    if (k === 0) events.push({ type: "CouponIssued", subject: orderId, data: { couponId, orderId, customerId, code: command.newCoupon.code, issuedAt: at } });
    else if (k % 2 === 1) events.push({ type: "CouponRevoked", subject: orderId, data: { couponId, orderId, customerId, at } });
    else events.push({ type: "CouponRestored", subject: orderId, data: { couponId, orderId, customerId, at } });
  }
  return events;
}

function evolveFact(state: OrderCoupon, fact: OrderFact): OrderCoupon {
  switch (fact.type) {
    case "OrderDeliveryNoted":
      return { ...state, delivered: true };
    case "OrderRefundNoted":
      return { ...state, refunds: [...state.refunds, fact.data.refundId] };
    case "OrderRefundCancelNoted":
      return { ...state, canceledRefunds: [...state.canceledRefunds, fact.data.refundId] };
  }
}

/** Applies an event to the order's coupon, as of `at`. */
export function evolve(state: OrderCoupon | null, event: OrderCouponEvent, at: Date): OrderCoupon | null {
  const current = state ?? empty(event.data);
  switch (event.type) {
    case "OrderDeliveryNoted":
    case "OrderRefundNoted":
    case "OrderRefundCancelNoted":
      return evolveFact(current, event);
    case "CouponIssued":
      return { ...current, couponId: event.data.couponId, code: event.data.code, status: "ISSUED", issuedAt: at, revokedAt: null };
    case "CouponRevoked":
      return { ...current, status: "REVOKED", revokedAt: at };
    case "CouponRestored":
      return { ...current, status: "ISSUED", revokedAt: null };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The coupons context's decisions on an order's coupon, for the platform's command layer. */
export const orderCouponDecider: Decider<OrderCoupon, OrderCouponCommand, OrderCouponEvent> = { decide, evolve };
