import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { book, booked, bookingBecomes, inject, injectionToGive, registerVaccine, vaccineHas } from "./helpers.ts";

/**
 * The non-functional requirements of the booking half with a context stopped on purpose:
 * - injections stopped: bookings are still taken; restarted, it makes each booking's injection
 *   record once, and the injection manager gives them;
 * - vaccines stopped: a booking fails at once with the typed, retryable VACCINES_UNAVAILABLE
 *   and nothing is stored (no booking; the dose it may have reserved is released once vaccines
 *   is back); restarted: the same booking succeeds.
 */
describe("vaccination booking with a context down", () => {
  let stack: Stack;
  let manager: SignedIn;
  let nurse: SignedIn;
  const injections = () => stack.service("injections");
  const vaccines = () => stack.service("vaccines");

  beforeAll(async () => {
    stack = await Stack.start(
      { "vaccination-bookings": { DOSE_RESERVATION_TIMEOUT_MS: "1000", DOSE_RESERVATION_BREAKER_RESET_MS: "1000" } },
      { only: ["vaccines", "vaccination-bookings", "injections"] },
    );
    [manager, nurse] = await Promise.all([stack.signUp("VACCINE_MANAGER"), stack.signUp("INJECTION_MANAGER")]);
  });
  afterAll(() => stack?.stop());

  it("injections stopped: bookings succeed; restarted: each booking has exactly one injection record, and it can be given", async () => {
    const v = await registerVaccine(stack, manager, 10);
    const customers = await Promise.all(Array.from({ length: 3 }, () => stack.mintUser("CUSTOMER")));
    await injections().stop();
    let ids: string[];
    try {
      ids = (await Promise.all(customers.map((c) => booked(stack, c, v.id)))).map((b) => b.id);
      expect(ids).toHaveLength(3);
      await vaccineHas(stack, manager.token, v.id, { stock: 10, booked: 3 });
    } finally {
      if (!injections().running) await injections().start();
    }
    await Promise.all(ids!.map((id) => injectionToGive(stack, nurse, id)));
    const records = await stack.sql<{ bookingId: string; n: number }>(
      "injections",
      `SELECT booking_id AS "bookingId", count(*)::int AS n FROM injection WHERE booking_id = ANY($1::uuid[]) GROUP BY booking_id`,
      [ids!],
    );
    expect(records.map((r) => r.n)).toEqual([1, 1, 1]);

    await inject(stack, nurse, ids![0]!);
    await bookingBecomes(stack, customers[0]!, ids![0]!, "INJECTED");
    await vaccineHas(stack, manager.token, v.id, { stock: 9, booked: 2 });
  });

  it("vaccines stopped: VACCINES_UNAVAILABLE (retryable) and nothing stored; restarted: the same booking succeeds and no dose is left reserved for the failed attempts", async () => {
    const v = await registerVaccine(stack, manager, 5);
    const customer = await stack.mintUser("CUSTOMER");
    await vaccines().stop();
    try {
      const attempts = [await book(stack, customer, v.id), await book(stack, customer, v.id)];
      for (const res of attempts) {
        expect(res.data?.bookVaccination ?? null).toBeNull();
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: "VACCINES_UNAVAILABLE", retryable: true });
      }
      expect(await stack.sql("vaccination-bookings", "SELECT 1 FROM vaccination_booking WHERE customer_id = $1", [customer.userId])).toEqual([]);
    } finally {
      if (!vaccines().running) await vaccines().start();
    }
    // The breaker lets a trial through after its reset time; until then the refusal is the same typed one.
    const success = await waitFor("a booking to succeed once vaccines is back", async () => {
      const res = await book(stack, customer, v.id);
      if (res.errors) expect(res.errors[0]?.extensions?.code).toBe("VACCINES_UNAVAILABLE");
      return res.data?.bookVaccination ?? null;
    });
    expect(success.status).toBe("BOOKED");
    // Only the stored booking holds a dose: whatever the failed attempts left is released.
    await vaccineHas(stack, manager.token, v.id, { stock: 5, booked: 1 });
    const reserved = await stack.sql<{ bookingId: string }>("vaccines", `SELECT booking_id AS "bookingId" FROM dose WHERE vaccine_id = $1 AND status = 'RESERVED'`, [v.id]);
    expect(reserved).toEqual([{ bookingId: success.id }]);
  });
});
