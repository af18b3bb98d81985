import type { {{Thing}}Event } from "@supergraph/contracts/{{name}}";
import { domainErrors, type Decider } from "@supergraph/platform";
import { {{Name}}ErrorCode, type {{Thing}}Status } from "../generated/graphql.ts";

/** Statuses of a {{thingText}}: the SDL's enum (the Prisma schema's copy is checked against it). */
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
  | { type: "Confirm{{Thing}}" };

/** Refusals of the {{name}} context, their codes from its SDL's {{Name}}ErrorCode. */
export const {{Thing}}Error = domainErrors({{Name}}ErrorCode);

/** The decisions on one {{thingText}}: pure, so its unit tests need no database. */
export const {{thingCamel}}Decider: Decider<{{Thing}}, {{Thing}}Command, {{Thing}}Event> = {
  decide(command, state) {
    switch (command.type) {
      case "Request{{Thing}}": {
        const title = command.title.trim();
        if (title.length < 1 || title.length > 200) throw {{Thing}}Error.refuse("INVALID_{{THING}}", "The title must have 1 to 200 characters.");
        const { {{thingCamel}}Id, ownerId } = command;
        return [{ type: "{{Thing}}Requested", subject: {{thingCamel}}Id, data: { {{thingCamel}}Id, ownerId, title } }];
      }
      case "Confirm{{Thing}}": {
        if (!state) throw {{Thing}}Error.refuse("{{THING}}_NOT_FOUND", "No {{thingText}} with that id.");
        // Confirmed already (the request delivered again): nothing more happens.
        if (state.status === "CONFIRMED") return [];
        return [{ type: "{{Thing}}Confirmed", subject: state.id, data: { {{thingCamel}}Id: state.id, ownerId: state.ownerId } }];
      }
      default: {
        const unknown: never = command;
        throw new Error(`unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },

  evolve(state, event, now) {
    switch (event.type) {
      case "{{Thing}}Requested":
        return { id: event.data.{{thingCamel}}Id, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: now, confirmedAt: null };
      case "{{Thing}}Confirmed":
        if (!state) throw new Error("{{Thing}}Confirmed for a {{thingText}} that does not exist");
        return { ...state, status: "CONFIRMED", confirmedAt: now };
      default: {
        const unknown: never = event;
        throw new Error(`unknown event ${JSON.stringify(unknown)}`);
      }
    }
  },
};
