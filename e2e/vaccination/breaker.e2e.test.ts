import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { book, registerVaccine, vaccineHas } from "./helpers.ts";

/**
 * The bookings' breaker on the reserve-a-dose call: vaccines slowed past the timeout under
 * concurrent bookings. The slow calls time out, the breaker opens, the bookings waiting and
 * those after are refused at once (never sent, with `retryAfterMs`); nothing is half-written:
 * no booking is stored, and the reservations that land after their booking gave up are
 * released (or refused) from the bookings' VaccinationBookingAbandoned. Vaccines back at speed:
 * the breaker closes and bookings succeed, each with exactly its one reserved dose.
 */
describe("vaccines slowed past the bookings' timeout", () => {
  let stack: Stack;
  let manager: SignedIn;
  const vaccines = () => stack.service("vaccines");

  beforeAll(async () => {
    stack = await Stack.start(
      {
        "vaccination-bookings": { DOSE_RESERVATION_TIMEOUT_MS: "500", DOSE_RESERVATION_BREAKER_RESET_MS: "2000", BOOKING_ADMISSION_LIMIT: "8" },
        vaccines: { DOSE_RESERVATION_LATENCY_MS: "1500" },
      },
      { only: ["vaccines", "vaccination-bookings"] },
    );
    manager = await stack.signUp("VACCINE_MANAGER");
  });
  afterAll(() => stack?.stop());

  it("the breaker opens and refuses unsent, nothing is half-written; back at speed it closes and every booking holds exactly its dose", async () => {
    const v = await registerVaccine(stack, manager, 100);
    const rush = await Promise.all(Array.from({ length: 30 }, () => stack.mintUser("CUSTOMER")));
    const results = await Promise.all(rush.map((c) => book(stack, c, v.id)));
    const refusals = results.map((r) => r.errors?.[0]?.extensions);
    expect(refusals.every((e) => e?.code === "VACCINES_UNAVAILABLE" && e.retryable === true)).toBe(true);
    // The ones the open breaker refused were never sent: they say when to come back.
    expect(refusals.filter((e) => typeof e?.retryAfterMs === "number").length).toBeGreaterThan(0);
    expect(await stack.sql("vaccination-bookings", "SELECT 1 FROM vaccination_booking WHERE vaccine_id = $1", [v.id])).toEqual([]);
    // Reservations that landed after their booking gave up are released: no dose stays booked.
    await vaccineHas(stack, manager.token, v.id, { stock: 100, booked: 0 });

    await vaccines().stop();
    await vaccines().start({ DOSE_RESERVATION_LATENCY_MS: "0" });
    const [first, ...others] = await Promise.all(Array.from({ length: 11 }, () => stack.mintUser("CUSTOMER")));
    // The breaker lets a trial through after its reset time, and closes when it succeeds.
    await waitFor("a booking to succeed once vaccines is fast again", async () => (await book(stack, first!, v.id)).data?.bookVaccination ?? null);
    const after = await Promise.all(others.map((c) => book(stack, c, v.id)));
    expect(after.map((r) => r.data?.bookVaccination?.status)).toEqual(Array(10).fill("BOOKED"));

    const stored = await stack.sql<{ id: string }>("vaccination-bookings", "SELECT id FROM vaccination_booking WHERE vaccine_id = $1", [v.id]);
    expect(stored).toHaveLength(11);
    await vaccineHas(stack, manager.token, v.id, { stock: 100, booked: 11 });
    const reserved = await stack.sql<{ bookingId: string }>("vaccines", `SELECT booking_id AS "bookingId" FROM dose WHERE vaccine_id = $1 AND status = 'RESERVED'`, [v.id]);
    expect(reserved.map((d) => d.bookingId).sort()).toEqual(stored.map((b) => b.id).sort());
  });
});
