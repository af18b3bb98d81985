import type { DeliveryEvent } from "@supergraph/contracts/deliveries";
import { domainErrors, type Decider } from "@supergraph/platform";
import { DeliveriesErrorCode, type DeliveryStatus } from "../generated/graphql.ts";

/** Statuses of a delivery: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { DeliveryStatus };

export interface Delivery {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: DeliveryStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type DeliveryCommand =
  | { type: "RequestDelivery"; deliveryId: string; ownerId: string; title: string }
  /** The request was published: the delivery is confirmed (the confirm-delivery policy). */
  | { type: "ConfirmDelivery" };

/** Refusals of the deliveries context, their codes from its SDL's DeliveriesErrorCode. */
export const DeliveryError = domainErrors(DeliveriesErrorCode);

/** Decides which events a command on a delivery yields, or refuses it. */
export function decide(command: DeliveryCommand, state: Delivery | null): DeliveryEvent[] {
  switch (command.type) {
    case "RequestDelivery": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw DeliveryError.refuse("INVALID_DELIVERY", "The title must have 1 to 200 characters.");
      const { deliveryId, ownerId } = command;
      return [{ type: "DeliveryRequested", subject: deliveryId, data: { deliveryId, ownerId, title } }];
    }
    case "ConfirmDelivery": {
      if (!state) throw DeliveryError.refuse("DELIVERY_NOT_FOUND", "No delivery with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "DeliveryConfirmed", subject: state.id, data: { deliveryId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the delivery it is about, as of `at`. */
export function evolve(state: Delivery | null, event: DeliveryEvent, at: Date): Delivery {
  switch (event.type) {
    case "DeliveryRequested":
      return { id: event.data.deliveryId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "DeliveryConfirmed":
      if (!state) throw new Error("DeliveryConfirmed for a delivery that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The deliveries context's decisions on a delivery, for the platform's command layer. */
export const deliveryDecider: Decider<Delivery, DeliveryCommand, DeliveryEvent> = { decide, evolve };
