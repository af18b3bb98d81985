import type { {{Thing}}Event } from "@supergraph/contracts/{{name}}";
import { domainErrors, type Decider } from "@supergraph/platform";
import { {{Name}}ErrorCode, type {{Thing}}Status } from "../generated/graphql.ts";

/** Statuses of a {{thingText}}: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { {{Thing}}Status };

export interface {{Thing}} {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: {{Thing}}Status;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type {{Thing}}Command =
  | { type: "Request{{Thing}}"; {{thingCamel}}Id: string; ownerId: string; title: string }
  /** The request was published: the {{thingText}} is confirmed (the confirm-{{thing}} policy). */
  | { type: "Confirm{{Thing}}" };

/** Refusals of the {{name}} context, their codes from its SDL's {{Name}}ErrorCode. */
export const {{Thing}}Error = domainErrors({{Name}}ErrorCode);

/** Decides which events a command on a {{thingText}} yields, or refuses it. */
export function decide(command: {{Thing}}Command, state: {{Thing}} | null): {{Thing}}Event[] {
  switch (command.type) {
    case "Request{{Thing}}": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw {{Thing}}Error.refuse("INVALID_{{THING}}", "The title must have 1 to 200 characters.");
      const { {{thingCamel}}Id, ownerId } = command;
      return [{ type: "{{Thing}}Requested", subject: {{thingCamel}}Id, data: { {{thingCamel}}Id, ownerId, title } }];
    }
    case "Confirm{{Thing}}": {
      if (!state) throw {{Thing}}Error.refuse("{{THING}}_NOT_FOUND", "No {{thingText}} with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "{{Thing}}Confirmed", subject: state.id, data: { {{thingCamel}}Id: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the {{thingText}} it is about, as of `at`. */
export function evolve(state: {{Thing}} | null, event: {{Thing}}Event, at: Date): {{Thing}} {
  switch (event.type) {
    case "{{Thing}}Requested":
      return { id: event.data.{{thingCamel}}Id, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "{{Thing}}Confirmed":
      if (!state) throw new Error("{{Thing}}Confirmed for a {{thingText}} that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The {{name}} context's decisions on a {{thingText}}, for the platform's command layer. */
export const {{thingCamel}}Decider: Decider<{{Thing}}, {{Thing}}Command, {{Thing}}Event> = { decide, evolve };
