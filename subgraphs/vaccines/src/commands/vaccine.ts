import type { VaccineEvent } from "@supergraph/contracts/vaccines";
import type { CommandSpec } from "@supergraph/platform";
import { vaccineDecider, type Vaccine, type VaccineCommand } from "../domain/vaccine.ts";
import { lockVaccine, saveVaccine } from "../infra/vaccine-store.ts";

/** A command on the vaccine `vaccineId`: locked while it is decided, saved whole. */
export function onVaccine(vaccineId: string): CommandSpec<Vaccine, VaccineCommand, VaccineEvent> {
  return {
    decider: vaccineDecider,
    load: (tx) => lockVaccine(tx, vaccineId),
    save: (tx, vaccine) => saveVaccine(tx, vaccine),
  };
}
