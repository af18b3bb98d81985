import type { PizzaOrderEvent } from "@supergraph/contracts/pizza-orders";
import { domainErrors, type Decider } from "@supergraph/platform";
import { PizzaOrdersErrorCode, type PizzaOrderStatus } from "../generated/graphql.ts";

/** Statuses of a pizza order: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { PizzaOrderStatus };

export interface PizzaOrder {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: PizzaOrderStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type PizzaOrderCommand =
  | { type: "RequestPizzaOrder"; pizzaOrderId: string; ownerId: string; title: string }
  /** The request was published: the pizza order is confirmed (the confirm-pizza-order policy). */
  | { type: "ConfirmPizzaOrder" };

/** Refusals of the pizza-orders context, their codes from its SDL's PizzaOrdersErrorCode. */
export const PizzaOrderError = domainErrors(PizzaOrdersErrorCode);

/** Decides which events a command on a pizza order yields, or refuses it. */
export function decide(command: PizzaOrderCommand, state: PizzaOrder | null): PizzaOrderEvent[] {
  switch (command.type) {
    case "RequestPizzaOrder": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw PizzaOrderError.refuse("INVALID_PIZZA_ORDER", "The title must have 1 to 200 characters.");
      const { pizzaOrderId, ownerId } = command;
      return [{ type: "PizzaOrderRequested", subject: pizzaOrderId, data: { pizzaOrderId, ownerId, title } }];
    }
    case "ConfirmPizzaOrder": {
      if (!state) throw PizzaOrderError.refuse("PIZZA_ORDER_NOT_FOUND", "No pizza order with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "PizzaOrderConfirmed", subject: state.id, data: { pizzaOrderId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the pizza order it is about, as of `at`. */
export function evolve(state: PizzaOrder | null, event: PizzaOrderEvent, at: Date): PizzaOrder {
  switch (event.type) {
    case "PizzaOrderRequested":
      return { id: event.data.pizzaOrderId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "PizzaOrderConfirmed":
      if (!state) throw new Error("PizzaOrderConfirmed for a pizza order that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The pizza-orders context's decisions on a pizza order, for the platform's command layer. */
export const pizzaOrderDecider: Decider<PizzaOrder, PizzaOrderCommand, PizzaOrderEvent> = { decide, evolve };
