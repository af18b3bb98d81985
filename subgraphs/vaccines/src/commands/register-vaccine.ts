import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, isUniqueViolation, type Sql, type UnitOfWork } from "@supergraph/platform";
import { vaccineDecider, VaccineError, type Vaccine } from "../domain/vaccine.ts";
import { saveVaccine, vaccineNamed } from "../infra/vaccine-store.ts";
import { onVaccine } from "./vaccine.ts";

export interface RegisterVaccineInput {
  readonly name: string;
  readonly stock: number;
}

/** Registers a vaccine with its first stock (VaccineRegistered). */
export async function registerVaccine(deps: { sql: Sql; transact: UnitOfWork }, managerId: string, input: RegisterVaccineInput, now: Date): Promise<Vaccine> {
  const vaccineId = randomUUID();
  const nameTaken = await vaccineNamed(deps.sql, input.name);
  try {
    const { state } = await executeCommand(
      deps.transact,
      { decider: vaccineDecider, load: async () => null, save: (tx, vaccine) => saveVaccine(tx, vaccine) },
      { type: "RegisterVaccine", vaccineId, managerId, nameTaken, ...input },
      { now, causation: commandCausation(vaccineId) },
    );
    return state!;
  } catch (error) {
    // Two registrations of one name at once: the unique index lets one through.
    if (isUniqueViolation(error)) throw VaccineError.refuse("VACCINE_ALREADY_REGISTERED", "A vaccine of that name is registered already.");
    throw error;
  }
}

/** Adds doses to a vaccine's stock (StockAdded), under the vaccine's row lock. */
export async function addStock(transact: UnitOfWork, vaccineId: string, managerId: string, quantity: number, now: Date): Promise<Vaccine> {
  const { state } = await executeCommand(transact, onVaccine(vaccineId), { type: "AddStock", quantity, managerId }, { now, causation: commandCausation(vaccineId) });
  return state!;
}
