import type { PizzaOrderEvent } from "@supergraph/contracts/pizza-orders";
import { domainErrors, type Decider } from "@supergraph/platform";
import { PizzaOrdersErrorCode, type PizzaOrderStatus } from "../generated/graphql.ts";

/** Statuses of a pizza order: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { PizzaOrderStatus };

/** A pizza type of the menu. */
export interface Pizza {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Price of one, in cents. */
  readonly price: number;
}

/** One line of an order, priced when it was placed. */
export interface PizzaOrderLine {
  readonly pizzaId: string;
  readonly name: string;
  readonly quantity: number;
  readonly unitPrice: number;
}

export interface PizzaOrder {
  readonly id: string;
  readonly customerId: string;
  readonly lines: readonly PizzaOrderLine[];
  /** In cents. */
  readonly amount: number;
  readonly status: PizzaOrderStatus;
  readonly paymentId: string | null;
  readonly placedAt: Date;
  readonly paidAt: Date | null;
  readonly canceledAt: Date | null;
  /** When deliveries reported it delivered (its PizzaDelivered): it can no longer be canceled. */
  readonly deliveredAt: Date | null;
}

/** A line as the customer asked it, unchecked. */
export interface RequestedLine {
  readonly pizzaId: string;
  readonly quantity: number;
}

/** Quantities a line (lines of one pizza type merged) may have. */
export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 20;

export type PizzaOrderCommand =
  /** `menu`: the pizza types the lines name that exist (by id). */
  | { type: "PlacePizzaOrder"; orderId: string; customerId: string; lines: readonly RequestedLine[]; menu: ReadonlyMap<string, Pizza>; placedAt: Date }
  /** Before the charge: may this viewer pay the order now? (no event: the charge comes next) */
  | { type: "CheckPayable"; byUserId: string }
  /** payments charged the order (the pay command's answer, or payments' PaymentCompleted for a charge that completed late). */
  | { type: "RecordPayment"; paymentId: string; paidAt: Date; late: boolean }
  | { type: "CancelPizzaOrder"; byUserId: string; byAdmin: boolean; canceledAt: Date };

/** Refusals of the pizza-orders context, their codes from its SDL's PizzaOrdersErrorCode. */
export const PizzaOrderError = domainErrors(PizzaOrdersErrorCode);

const notFound = () => PizzaOrderError.refuse("PIZZA_ORDER_NOT_FOUND", "No pizza order with that id.");

/**
 * The lines of an order: lines of one pizza type merged (quantities added), each checked
 * (1 to 20) and priced from the menu. Refused: EMPTY_ORDER, INVALID_QUANTITY, PIZZA_NOT_FOUND.
 */
export function pricedLines(lines: readonly RequestedLine[], menu: ReadonlyMap<string, Pizza>): PizzaOrderLine[] {
  if (lines.length === 0) throw PizzaOrderError.refuse("EMPTY_ORDER", "An order needs at least one line.");
  const merged = new Map<string, number>();
  for (const line of lines) {
    if (!Number.isInteger(line.quantity) || line.quantity < MIN_QUANTITY || line.quantity > MAX_QUANTITY) {
      throw PizzaOrderError.refuse("INVALID_QUANTITY", `A quantity must be a whole number from ${MIN_QUANTITY} to ${MAX_QUANTITY}.`);
    }
    merged.set(line.pizzaId, (merged.get(line.pizzaId) ?? 0) + line.quantity);
  }
  return [...merged].map(([pizzaId, quantity]) => {
    const pizza = menu.get(pizzaId);
    if (!pizza) throw PizzaOrderError.refuse("PIZZA_NOT_FOUND", "A line names no pizza type on the menu.");
    if (quantity > MAX_QUANTITY) throw PizzaOrderError.refuse("INVALID_QUANTITY", `At most ${MAX_QUANTITY} of one pizza type per order (lines of one type count together).`);
    return { pizzaId, name: pizza.name, quantity, unitPrice: pizza.price };
  });
}

/** Decides which events a command on a pizza order yields, or refuses it. */
export function decide(command: PizzaOrderCommand, state: PizzaOrder | null): PizzaOrderEvent[] {
  switch (command.type) {
    case "PlacePizzaOrder": {
      const lines = pricedLines(command.lines, command.menu);
      const amount = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
      const { orderId, customerId } = command;
      return [{ type: "PizzaOrderPlaced", subject: orderId, data: { orderId, customerId, lines, amount, placedAt: command.placedAt.toISOString() } }];
    }
    case "CheckPayable": {
      if (!state || state.customerId !== command.byUserId) throw notFound();
      if (state.status !== "PLACED") throw PizzaOrderError.refuse("ORDER_NOT_PLACED", `Only a PLACED order can be paid; this one is ${state.status}.`);
      return [];
    }
    case "RecordPayment": {
      if (!state) {
        if (command.late) return []; // a payment for a reference this context does not know: not one of its orders
        throw notFound();
      }
      switch (state.status) {
        case "PLACED": {
          const { id: orderId, customerId, amount } = state;
          return [{ type: "PizzaOrderPaid", subject: orderId, data: { orderId, customerId, paymentId: command.paymentId, amount, paidAt: command.paidAt.toISOString() } }];
        }
        case "PAID":
          // The other of the two ways the same charge is learned (the answer, payments' event): one effect.
          return [];
        case "CANCELED":
          // Canceled while the charge was under way: the cancellation's request to payments refunds
          // (or voids) it, whatever arrives first there. The pay command tells the customer.
          if (command.late) return [];
          throw PizzaOrderError.refuse("ORDER_ALREADY_CANCELED", "The order was canceled while it was being paid; its payment is given back.");
        default: {
          const unknown: never = state.status;
          throw new Error(`unknown status ${String(unknown)}`);
        }
      }
    }
    case "CancelPizzaOrder": {
      if (!state || (state.customerId !== command.byUserId && !command.byAdmin)) throw notFound();
      if (state.status === "CANCELED") throw PizzaOrderError.refuse("ORDER_ALREADY_CANCELED", "The order is canceled already.");
      if (state.deliveredAt) throw PizzaOrderError.refuse("ORDER_ALREADY_DELIVERED", "The order was delivered: it can no longer be canceled (ask for a refund).");
      const { id: orderId, customerId } = state;
      return [{ type: "PizzaOrderCanceled", subject: orderId, data: { orderId, customerId, wasPaid: state.status === "PAID", canceledAt: command.canceledAt.toISOString() } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the pizza order it is about. */
export function evolve(state: PizzaOrder | null, event: PizzaOrderEvent): PizzaOrder {
  switch (event.type) {
    case "PizzaOrderPlaced": {
      const { orderId, customerId, lines, amount, placedAt } = event.data;
      return { id: orderId, customerId, lines, amount, status: "PLACED", paymentId: null, placedAt: new Date(placedAt), paidAt: null, canceledAt: null, deliveredAt: null };
    }
    case "PizzaOrderPaid":
      if (!state) throw new Error("PizzaOrderPaid for an order that does not exist");
      return { ...state, status: "PAID", paymentId: event.data.paymentId, paidAt: new Date(event.data.paidAt) };
    case "PizzaOrderCanceled":
      if (!state) throw new Error("PizzaOrderCanceled for an order that does not exist");
      return { ...state, status: "CANCELED", canceledAt: new Date(event.data.canceledAt) };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The pizza-orders context's decisions on a pizza order, for the platform's command layer. */
export const pizzaOrderDecider: Decider<PizzaOrder, PizzaOrderCommand, PizzaOrderEvent> = { decide, evolve };
