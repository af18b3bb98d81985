import { randomUUID } from "node:crypto";
import type { {{Thing}}Event } from "@supergraph/contracts/{{name}}";
import { commandCausation, executeCommand, type CommandSpec, type UnitOfWork } from "@supergraph/platform";
import { {{thingCamel}}Decider, type {{Thing}}, type {{Thing}}Command } from "../domain/{{thing}}.ts";
import { lock{{Thing}}, save{{Thing}} } from "../infra/{{thing}}-store.ts";

/** How a command on one {{thingText}} finds (and locks) it and stores it. */
export function {{thingCamel}}Of(id: string): CommandSpec<{{Thing}}, {{Thing}}Command, {{Thing}}Event> {
  return {
    decider: {{thingCamel}}Decider,
    load: (tx) => lock{{Thing}}(tx, id),
    save: (tx, state) => save{{Thing}}(tx, state),
  };
}

/** A signed-in user requests a {{thingText}}; the confirm-{{thing}} policy confirms it once the request is published. */
export async function request{{Thing}}(transact: UnitOfWork, request: { ownerId: string; title: string }, now: Date): Promise<{{Thing}}> {
  const id = randomUUID();
  const { state } = await executeCommand(transact, {{thingCamel}}Of(id), { type: "Request{{Thing}}", {{thingCamel}}Id: id, ...request }, { now, causation: commandCausation(id) });
  return state!;
}
