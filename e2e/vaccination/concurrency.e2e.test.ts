import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack } from "@supergraph/testkit";
import { book, registerVaccine, vaccine } from "./helpers.ts";

/**
 * Requirement 7: booked doses never exceed the stock. 200 customers book at once a vaccine of
 * 50 doses while two replicas of vaccines answer the reserve-a-dose call (NATS spreads the
 * calls over their queue group): exactly 50 are booked, each with its one reserved dose, and
 * the 150 others are refused OUT_OF_STOCK with nothing stored.
 */
describe("concurrent bookings against the stock", () => {
  let stack: Stack;
  let manager: SignedIn;

  beforeAll(async () => {
    stack = await Stack.start(
      // The whole rush is admitted in turn (16 at a time): no booking is turned away for waiting.
      { "vaccination-bookings": { BOOKING_QUEUE_TIMEOUT_MS: "60000" } },
      { only: ["vaccines", "vaccination-bookings"] },
    );
    await stack.addReplica("vaccines");
    manager = await stack.signUp("VACCINE_MANAGER");
  });
  afterAll(() => stack?.stop());

  it("200 concurrent bookings for 50 doses with two replicas of vaccines: exactly 50 booked, 150 OUT_OF_STOCK", async () => {
    const v = await registerVaccine(stack, manager, 50);
    const customers = await Promise.all(Array.from({ length: 200 }, () => stack.mintUser("CUSTOMER")));

    const results = await Promise.all(customers.map((c) => book(stack, c, v.id)));
    const bookedIds = results.flatMap((r) => (r.data?.bookVaccination ? [r.data.bookVaccination.id] : []));
    const refusals = results.flatMap((r) => r.errors?.map((e) => e.extensions?.code) ?? []);
    expect(bookedIds).toHaveLength(50);
    expect(refusals).toEqual(Array(150).fill("OUT_OF_STOCK"));

    expect(await vaccine(stack, manager.token, v.id)).toMatchObject({ stock: 50, booked: 50, available: 0 });
    const stored = await stack.sql<{ id: string }>("vaccination-bookings", "SELECT id FROM vaccination_booking WHERE vaccine_id = $1", [v.id]);
    expect(stored.map((r) => r.id).sort()).toEqual([...bookedIds].sort());
    const doses = await stack.sql<{ bookingId: string; status: string }>("vaccines", `SELECT booking_id AS "bookingId", status::text AS status FROM dose WHERE vaccine_id = $1`, [v.id]);
    expect(doses.filter((d) => d.status === "RESERVED").map((d) => d.bookingId).sort()).toEqual([...bookedIds].sort());
    expect(doses.filter((d) => d.status !== "RESERVED")).toEqual([]);

    // One more, after the rush: still refused, the stock as it was.
    const late = await book(stack, await stack.mintUser("CUSTOMER"), v.id);
    expect(late.errors?.[0]?.extensions?.code).toBe("OUT_OF_STOCK");
  });
});
