import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { {{thingCamel}}Decider, type {{Thing}} } from "../domain/{{thing}}.ts";
import { save{{Thing}} } from "../infra/{{thing}}-store.ts";

export interface Request{{Thing}}Input {
  readonly title: string;
}

/** Requests a new {{thingText}} for `ownerId`; the confirm-{{thing}} policy confirms it once {{Thing}}Requested is published. */
export async function request{{Thing}}(transact: UnitOfWork, ownerId: string, input: Request{{Thing}}Input, now: Date): Promise<{{Thing}}> {
  const {{thingCamel}}Id = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: {{thingCamel}}Decider, load: async () => null, save: (tx, {{thingCamel}}) => save{{Thing}}(tx, {{thingCamel}}) },
    { type: "Request{{Thing}}", {{thingCamel}}Id, ownerId, ...input },
    { now, causation: commandCausation({{thingCamel}}Id) },
  );
  return state!;
}
