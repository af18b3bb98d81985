import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { applicationBecomes, applied, apply, code, injectedBooking, issued, pendingIssueOf } from "./certificate-helpers.ts";

/**
 * The certificate half with a context stopped on purpose:
 * - certificate-issues stopped: applications are still taken; restarted, it makes each
 *   application's issue request once, and the certificate manager issues them, which reaches
 *   the customer's application;
 * - injections stopped: an application fails at once with the typed, retryable
 *   INJECTIONS_UNAVAILABLE and nothing is stored; restarted: the same application succeeds.
 */
describe("vaccination certificates with a context down", () => {
  let stack: Stack;
  let vaccineManager: SignedIn;
  let nurse: SignedIn;
  let certifier: SignedIn;
  const issues = () => stack.service("certificate-issues");
  const injections = () => stack.service("injections");

  beforeAll(async () => {
    stack = await Stack.start(
      { "certificate-applications": { INJECTION_STATUS_TIMEOUT_MS: "1000", INJECTION_STATUS_BREAKER_RESET_MS: "1000" } },
      { only: ["vaccines", "vaccination-bookings", "injections", "certificate-applications", "certificate-issues"] },
    );
    [vaccineManager, nurse, certifier] = await Promise.all([stack.signUp("VACCINE_MANAGER"), stack.signUp("INJECTION_MANAGER"), stack.signUp("CERTIFICATE_MANAGER")]);
  });
  afterAll(() => stack?.stop());

  const knows = (bookingId: string) =>
    waitFor("certificate-applications to know the booking", async () => (await stack.sql("certificate-applications", "SELECT 1 FROM known_booking WHERE id = $1::uuid", [bookingId])).length === 1);

  it("certificate-issues stopped: applications succeed; restarted: each has exactly one issue request, and the manager issues the certificate, which reaches the application", async () => {
    const customers = await Promise.all(Array.from({ length: 3 }, () => stack.mintUser("CUSTOMER")));
    const bookings = await Promise.all(customers.map((c) => injectedBooking(stack, vaccineManager, nurse, c)));
    await Promise.all(bookings.map((b) => knows(b.id)));
    await issues().stop();
    let ids: string[];
    try {
      ids = (await Promise.all(customers.map((c, i) => applied(stack, c, bookings[i]!.id)))).map((a) => a.id);
      expect(ids).toHaveLength(3);
    } finally {
      if (!issues().running) await issues().start();
    }
    await Promise.all(ids!.map((id) => pendingIssueOf(stack, certifier, id)));
    const requests = await stack.sql<{ n: number }>(
      "certificate-issues",
      `SELECT count(*)::int AS n FROM certificate_issue WHERE application_id = ANY($1::uuid[]) GROUP BY application_id`,
      [ids!],
    );
    expect(requests.map((r) => r.n)).toEqual([1, 1, 1]);

    for (const [i, id] of ids!.entries()) {
      const done = await issued(stack, certifier, id);
      const application = await applicationBecomes(stack, customers[i]!, id, "ISSUED");
      expect(application).toMatchObject({ certificateNumber: done.certificate!.number, certificate: { number: done.certificate!.number } });
    }
  });

  it("injections stopped: INJECTIONS_UNAVAILABLE (retryable) at once and nothing stored; restarted: the same application succeeds", async () => {
    const customer = await stack.mintUser("CUSTOMER");
    const b = await injectedBooking(stack, vaccineManager, nurse, customer);
    await knows(b.id);
    await injections().stop();
    try {
      for (let i = 0; i < 2; i++) {
        const started = performance.now();
        const res = await apply(stack, customer, b.id);
        console.log(`[certificates-faults] apply with injections stopped refused in ${Math.round(performance.now() - started)} ms (${code(res)})`);
        expect(res.data?.applyForCertificate ?? null).toBeNull();
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: "INJECTIONS_UNAVAILABLE", retryable: true });
      }
      expect(await stack.sql("certificate-applications", "SELECT 1 FROM certificate_application WHERE customer_id = $1::uuid", [customer.userId])).toEqual([]);
    } finally {
      if (!injections().running) await injections().start();
    }
    // The breaker lets a trial through after its reset time; until then the refusal is the same typed one.
    const success = await waitFor("an application to succeed once injections is back", async () => {
      const res = await apply(stack, customer, b.id);
      if (res.errors) expect(code(res)).toBe("INJECTIONS_UNAVAILABLE");
      return res.data?.applyForCertificate ?? null;
    });
    expect(success.status).toBe("APPLIED");
    expect(await stack.sql("certificate-applications", "SELECT status::text AS status FROM certificate_application WHERE customer_id = $1::uuid", [customer.userId])).toEqual([{ status: "APPLIED" }]);
    await pendingIssueOf(stack, certifier, success.id);
  });
});
