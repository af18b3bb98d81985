/**
 * The {{name}} context's store and policy on real PostgreSQL and real NATS: a request is saved
 * with its event in the outbox, the relay publishes it, and the confirm-{{thing}} policy
 * confirms the {{thingText}}, once however often the request is delivered.
 */
import { randomUUID } from "node:crypto";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request{{Thing}} } from "./commands/request-{{thing}}.ts";
import { find{{Thing}}s } from "./infra/{{thing}}-store.ts";
import { confirm{{Thing}} } from "./policies/confirm-{{thing}}.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "{{name}}",
    policies: (given) => {
      deps = given;
      return [confirm{{Thing}}];
    },
  });
});
afterAll(() => harness?.stop());

const confirmedRow = (id: string) =>
  harness.waitForRow<{ status: string }>("the {{thingText}} to be confirmed", "SELECT status::text AS status FROM {{thing_}} WHERE id = $1", [id], (r) => r.status === "CONFIRMED");

describe("{{name}}: requesting and confirming a {{thingText}}", () => {
  it("saves the request with its event, and the policy confirms it once the event is published", async () => {
    const ownerId = randomUUID();
    const requested = await request{{Thing}}(deps.transact, ownerId, { title: " First " }, new Date());
    expect(requested).toMatchObject({ ownerId, title: "First", status: "REQUESTED", confirmedAt: null });

    await confirmedRow(requested.id);
    await harness.settled();
    const [stored] = await find{{Thing}}s(harness.sql, [requested.id]);
    expect(stored).toMatchObject({ id: requested.id, ownerId, title: "First", status: "CONFIRMED", confirmedAt: expect.any(Date) });
    const events = (await harness.recorded()).filter((e) => e.subject === requested.id);
    expect(events.map((e) => e.type)).toEqual(["{{Thing}}Requested", "{{Thing}}Confirmed"]);
  });

  it("confirms once when the request is delivered again", async () => {
    const requested = await request{{Thing}}(deps.transact, randomUUID(), { title: "Second" }, new Date());
    await confirmedRow(requested.id);
    const [first] = await find{{Thing}}s(harness.sql, [requested.id]);
    const [request] = (await harness.recorded("{{Thing}}Requested")).filter((e) => e.subject === requested.id);

    await harness.redeliver(request!);
    await harness.settled();
    const [after] = await find{{Thing}}s(harness.sql, [requested.id]);
    expect(after!.confirmedAt).toEqual(first!.confirmedAt);
    expect((await harness.recorded("{{Thing}}Confirmed")).filter((e) => e.subject === requested.id)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
