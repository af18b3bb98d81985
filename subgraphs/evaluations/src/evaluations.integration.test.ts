/**
 * The evaluations context's store and policy on real PostgreSQL and real NATS: a request is saved
 * with its event in the outbox, the relay publishes it, and the confirm-evaluation policy
 * confirms the evaluation, once however often the request is delivered.
 */
import { randomUUID } from "node:crypto";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestEvaluation } from "./commands/request-evaluation.ts";
import { findEvaluations } from "./infra/evaluation-store.ts";
import { confirmEvaluation } from "./policies/confirm-evaluation.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "evaluations",
    policies: (given) => {
      deps = given;
      return [confirmEvaluation];
    },
  });
});
afterAll(() => harness?.stop());

const confirmedRow = (id: string) =>
  harness.waitForRow<{ status: string }>("the evaluation to be confirmed", "SELECT status::text AS status FROM evaluation WHERE id = $1", [id], (r) => r.status === "CONFIRMED");

describe("evaluations: requesting and confirming a evaluation", () => {
  it("saves the request with its event, and the policy confirms it once the event is published", async () => {
    const ownerId = randomUUID();
    const requested = await requestEvaluation(deps.transact, ownerId, { title: " First " }, new Date());
    expect(requested).toMatchObject({ ownerId, title: "First", status: "REQUESTED", confirmedAt: null });

    await confirmedRow(requested.id);
    await harness.settled();
    const [stored] = await findEvaluations(harness.sql, [requested.id]);
    expect(stored).toMatchObject({ id: requested.id, ownerId, title: "First", status: "CONFIRMED", confirmedAt: expect.any(Date) });
    const events = (await harness.recorded()).filter((e) => e.subject === requested.id);
    expect(events.map((e) => e.type)).toEqual(["EvaluationRequested", "EvaluationConfirmed"]);
  });

  it("confirms once when the request is delivered again", async () => {
    const requested = await requestEvaluation(deps.transact, randomUUID(), { title: "Second" }, new Date());
    await confirmedRow(requested.id);
    const [first] = await findEvaluations(harness.sql, [requested.id]);
    const [request] = (await harness.recorded("EvaluationRequested")).filter((e) => e.subject === requested.id);

    await harness.redeliver(request!);
    await harness.settled();
    const [after] = await findEvaluations(harness.sql, [requested.id]);
    expect(after!.confirmedAt).toEqual(first!.confirmedAt);
    expect((await harness.recorded("EvaluationConfirmed")).filter((e) => e.subject === requested.id)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
