/**
 * The course-orders context's store and policy on real PostgreSQL and real NATS: a request is saved
 * with its event in the outbox, the relay publishes it, and the confirm-course-order policy
 * confirms the course order, once however often the request is delivered.
 */
import { randomUUID } from "node:crypto";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestCourseOrder } from "./commands/request-course-order.ts";
import { findCourseOrders } from "./infra/course-order-store.ts";
import { confirmCourseOrder } from "./policies/confirm-course-order.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "course-orders",
    policies: (given) => {
      deps = given;
      return [confirmCourseOrder];
    },
  });
});
afterAll(() => harness?.stop());

const confirmedRow = (id: string) =>
  harness.waitForRow<{ status: string }>("the course order to be confirmed", "SELECT status::text AS status FROM course_order WHERE id = $1", [id], (r) => r.status === "CONFIRMED");

describe("course-orders: requesting and confirming a course order", () => {
  it("saves the request with its event, and the policy confirms it once the event is published", async () => {
    const ownerId = randomUUID();
    const requested = await requestCourseOrder(deps.transact, ownerId, { title: " First " }, new Date());
    expect(requested).toMatchObject({ ownerId, title: "First", status: "REQUESTED", confirmedAt: null });

    await confirmedRow(requested.id);
    await harness.settled();
    const [stored] = await findCourseOrders(harness.sql, [requested.id]);
    expect(stored).toMatchObject({ id: requested.id, ownerId, title: "First", status: "CONFIRMED", confirmedAt: expect.any(Date) });
    const events = (await harness.recorded()).filter((e) => e.subject === requested.id);
    expect(events.map((e) => e.type)).toEqual(["CourseOrderRequested", "CourseOrderConfirmed"]);
  });

  it("confirms once when the request is delivered again", async () => {
    const requested = await requestCourseOrder(deps.transact, randomUUID(), { title: "Second" }, new Date());
    await confirmedRow(requested.id);
    const [first] = await findCourseOrders(harness.sql, [requested.id]);
    const [request] = (await harness.recorded("CourseOrderRequested")).filter((e) => e.subject === requested.id);

    await harness.redeliver(request!);
    await harness.settled();
    const [after] = await findCourseOrders(harness.sql, [requested.id]);
    expect(after!.confirmedAt).toEqual(first!.confirmedAt);
    expect((await harness.recorded("CourseOrderConfirmed")).filter((e) => e.subject === requested.id)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
