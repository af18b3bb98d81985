/**
 * The learning context's store and policy on real PostgreSQL and real NATS: a request is saved
 * with its event in the outbox, the relay publishes it, and the confirm-learning-record policy
 * confirms the learning record, once however often the request is delivered.
 */
import { randomUUID } from "node:crypto";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestLearningRecord } from "./commands/request-learning-record.ts";
import { findLearningRecords } from "./infra/learning-record-store.ts";
import { confirmLearningRecord } from "./policies/confirm-learning-record.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "learning",
    policies: (given) => {
      deps = given;
      return [confirmLearningRecord];
    },
  });
});
afterAll(() => harness?.stop());

const confirmedRow = (id: string) =>
  harness.waitForRow<{ status: string }>("the learning record to be confirmed", "SELECT status::text AS status FROM learning_record WHERE id = $1", [id], (r) => r.status === "CONFIRMED");

describe("learning: requesting and confirming a learning record", () => {
  it("saves the request with its event, and the policy confirms it once the event is published", async () => {
    const ownerId = randomUUID();
    const requested = await requestLearningRecord(deps.transact, ownerId, { title: " First " }, new Date());
    expect(requested).toMatchObject({ ownerId, title: "First", status: "REQUESTED", confirmedAt: null });

    await confirmedRow(requested.id);
    await harness.settled();
    const [stored] = await findLearningRecords(harness.sql, [requested.id]);
    expect(stored).toMatchObject({ id: requested.id, ownerId, title: "First", status: "CONFIRMED", confirmedAt: expect.any(Date) });
    const events = (await harness.recorded()).filter((e) => e.subject === requested.id);
    expect(events.map((e) => e.type)).toEqual(["LearningRecordRequested", "LearningRecordConfirmed"]);
  });

  it("confirms once when the request is delivered again", async () => {
    const requested = await requestLearningRecord(deps.transact, randomUUID(), { title: "Second" }, new Date());
    await confirmedRow(requested.id);
    const [first] = await findLearningRecords(harness.sql, [requested.id]);
    const [request] = (await harness.recorded("LearningRecordRequested")).filter((e) => e.subject === requested.id);

    await harness.redeliver(request!);
    await harness.settled();
    const [after] = await findLearningRecords(harness.sql, [requested.id]);
    expect(after!.confirmedAt).toEqual(first!.confirmedAt);
    expect((await harness.recorded("LearningRecordConfirmed")).filter((e) => e.subject === requested.id)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
