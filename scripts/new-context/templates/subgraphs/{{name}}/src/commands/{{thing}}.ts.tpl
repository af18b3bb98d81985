import type { {{Thing}}Event } from "@supergraph/contracts/{{name}}";
import type { CommandSpec } from "@supergraph/platform";
import { {{thingCamel}}Decider, type {{Thing}}, type {{Thing}}Command } from "../domain/{{thing}}.ts";
import { lock{{Thing}}, save{{Thing}} } from "../infra/{{thing}}-store.ts";

/** A command on the {{thingText}} `{{thingCamel}}Id`: locked while it is decided, saved whole. */
export function on{{Thing}}({{thingCamel}}Id: string): CommandSpec<{{Thing}}, {{Thing}}Command, {{Thing}}Event> {
  return {
    decider: {{thingCamel}}Decider,
    load: (tx) => lock{{Thing}}(tx, {{thingCamel}}Id),
    save: (tx, {{thingCamel}}) => save{{Thing}}(tx, {{thingCamel}}),
  };
}
