import type { VaccineEvent } from "@supergraph/contracts/vaccines";
import { domainErrors, type Decider } from "@supergraph/platform";
import { VaccinesErrorCode } from "../generated/graphql.ts";

export interface Vaccine {
  readonly id: string;
  readonly name: string;
  readonly stock: number;
  readonly booked: number;
  readonly registeredBy: string;
  readonly registeredAt: Date;
}

export type VaccineCommand =
  /** `nameTaken`: whether a vaccine of that name exists (the unique index decides a race). */
  | { type: "RegisterVaccine"; vaccineId: string; name: string; stock: number; managerId: string; nameTaken: boolean }
  | { type: "AddStock"; quantity: number; managerId: string };

/** Refusals of the vaccines context, their codes from its SDL's VaccinesErrorCode. */
export const VaccineError = domainErrors(VaccinesErrorCode);

/** The most doses one stock figure may hold or one addition bring. */
export const MAX_QUANTITY = 1_000_000;

const wholeUpTo = (n: number, min: number) => Number.isInteger(n) && n >= min && n <= MAX_QUANTITY;

/** Decides which events a command on a vaccine yields, or refuses it. */
export function decide(command: VaccineCommand, state: Vaccine | null): VaccineEvent[] {
  switch (command.type) {
    case "RegisterVaccine": {
      const name = command.name.trim();
      if (name.length < 1 || name.length > 100) throw VaccineError.refuse("INVALID_VACCINE_NAME", "The name must have 1 to 100 characters.");
      if (!wholeUpTo(command.stock, 0)) throw VaccineError.refuse("INVALID_QUANTITY", "The stock must be a whole number from 0 to 1,000,000.");
      if (command.nameTaken) throw VaccineError.refuse("VACCINE_ALREADY_REGISTERED", "A vaccine of that name is registered already.");
      const { vaccineId, stock, managerId } = command;
      return [{ type: "VaccineRegistered", subject: vaccineId, data: { vaccineId, name, stock, booked: 0, managerId } }];
    }
    case "AddStock": {
      if (!state) throw VaccineError.refuse("VACCINE_NOT_FOUND", "No vaccine with that id.");
      if (!wholeUpTo(command.quantity, 1) || state.stock + command.quantity > MAX_QUANTITY) {
        throw VaccineError.refuse("INVALID_QUANTITY", "Add 1 to 1,000,000 doses, up to a stock of 1,000,000.");
      }
      const { quantity, managerId } = command;
      return [{ type: "StockAdded", subject: state.id, data: { vaccineId: state.id, quantity, stock: state.stock + quantity, booked: state.booked, managerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the vaccine it is about, as of `at`: every event carries the quantities after it. */
export function evolve(state: Vaccine | null, event: VaccineEvent, at: Date): Vaccine | null {
  switch (event.type) {
    case "VaccineRegistered":
      return { id: event.data.vaccineId, name: event.data.name, stock: event.data.stock, booked: 0, registeredBy: event.data.managerId, registeredAt: at };
    case "StockAdded":
    case "DoseReserved":
    case "DoseReleased":
    case "DoseConsumed":
      return state && { ...state, stock: event.data.stock, booked: event.data.booked };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The vaccines context's decisions on a vaccine, for the platform's command layer. */
export const vaccineDecider: Decider<Vaccine, VaccineCommand, VaccineEvent> = { decide, evolve };
