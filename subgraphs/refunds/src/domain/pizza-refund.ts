import type { PizzaRefundEvent } from "@supergraph/contracts/refunds";
import { domainErrors, type Decider } from "@supergraph/platform";
import { RefundsErrorCode, type PizzaRefundStatus } from "../generated/graphql.ts";

/** Statuses of a pizza refund: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { PizzaRefundStatus };

export interface PizzaRefund {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: PizzaRefundStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type PizzaRefundCommand =
  | { type: "RequestPizzaRefund"; pizzaRefundId: string; ownerId: string; title: string }
  /** The request was published: the pizza refund is confirmed (the confirm-pizza-refund policy). */
  | { type: "ConfirmPizzaRefund" };

/** Refusals of the refunds context, their codes from its SDL's RefundsErrorCode. */
export const PizzaRefundError = domainErrors(RefundsErrorCode);

/** Decides which events a command on a pizza refund yields, or refuses it. */
export function decide(command: PizzaRefundCommand, state: PizzaRefund | null): PizzaRefundEvent[] {
  switch (command.type) {
    case "RequestPizzaRefund": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw PizzaRefundError.refuse("INVALID_PIZZA_REFUND", "The title must have 1 to 200 characters.");
      const { pizzaRefundId, ownerId } = command;
      return [{ type: "PizzaRefundRequested", subject: pizzaRefundId, data: { pizzaRefundId, ownerId, title } }];
    }
    case "ConfirmPizzaRefund": {
      if (!state) throw PizzaRefundError.refuse("PIZZA_REFUND_NOT_FOUND", "No pizza refund with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "PizzaRefundConfirmed", subject: state.id, data: { pizzaRefundId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the pizza refund it is about, as of `at`. */
export function evolve(state: PizzaRefund | null, event: PizzaRefundEvent, at: Date): PizzaRefund {
  switch (event.type) {
    case "PizzaRefundRequested":
      return { id: event.data.pizzaRefundId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "PizzaRefundConfirmed":
      if (!state) throw new Error("PizzaRefundConfirmed for a pizza refund that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The refunds context's decisions on a pizza refund, for the platform's command layer. */
export const pizzaRefundDecider: Decider<PizzaRefund, PizzaRefundCommand, PizzaRefundEvent> = { decide, evolve };
