import { {{thingCamel}}Events } from "@supergraph/contracts/{{name}}";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { on{{Thing}} } from "../commands/{{thing}}.ts";

/**
 * A requested {{thingText}} is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirm{{Thing}} = policy("confirm-{{thing}}", on({{thingCamel}}Events.{{Thing}}Requested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, on{{Thing}}(event.data.{{thingCamel}}Id), { type: "Confirm{{Thing}}" }, inResponseTo(event));
  },
});
