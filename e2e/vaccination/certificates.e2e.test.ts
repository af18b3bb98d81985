import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSubscriptions, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";
import {
  applicationBecomes,
  applicationOf,
  applied,
  apply,
  applyOnceKnown,
  cancelApplication,
  code,
  injectedBooking,
  issue,
  issued,
  pendingIssueOf,
} from "./certificate-helpers.ts";
import { booked, inject, registerVaccine } from "./helpers.ts";
import { BOOKING_CERTIFICATE_APPLICATIONS, CERTIFICATE_ISSUE, MY_CERTIFICATE_APPLICATIONS, PENDING_CERTIFICATE_ISSUES } from "./operations.ts";

/**
 * System 5's certificate half through the router, as clients call it: a customer applies for
 * the certificate of their booking (5), refused before the injection and accepted after it
 * (the sync call to injections); cancels it until it is issued (6); the certificate manager
 * issues it, and the customer reads the certificate (number, issued at) and gets the change
 * pushed over graphql-ws (10, the certificate part). Bad input, a second apply or cancel, the
 * wrong role and no token each get a typed error and store nothing.
 */
const MY_CHANGES = `subscription { myCertificateApplicationChanges { cursor status certificateNumber application { id status vaccineName certificate { number issuedAt } } } }`;

describe("vaccination certificates", () => {
  let stack: Stack;
  let vaccineManager: SignedIn;
  let nurse: SignedIn;
  let certifier: SignedIn;
  const subscribers: Subscriber[] = [];

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["vaccines", "vaccination-bookings", "injections", "certificate-applications", "certificate-issues"] });
    [vaccineManager, nurse, certifier] = await Promise.all([stack.signUp("VACCINE_MANAGER"), stack.signUp("INJECTION_MANAGER"), stack.signUp("CERTIFICATE_MANAGER")]);
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  const applicationsOf = (who: SignedIn) => stack.sql<{ id: string; status: string }>("certificate-applications", "SELECT id, status::text AS status FROM certificate_application WHERE customer_id = $1::uuid", [who.userId]);

  it("5: an application is refused before the injection (INJECTION_NOT_COMPLETED, nothing stored) and accepted after it", async () => {
    const v = await registerVaccine(stack, vaccineManager, 3);
    const customer = await stack.signUp("CUSTOMER");
    const b = await booked(stack, customer, v.id);

    const before = await applyOnceKnown(stack, customer, b.id);
    expect(code(before)).toBe("INJECTION_NOT_COMPLETED");
    expect(before.data).toBeNull();
    expect(await applicationsOf(customer)).toEqual([]);

    const injectionId = await inject(stack, nurse, b.id);
    const a = await waitFor("the application to be accepted once the injection is given", async () => {
      const res = await apply(stack, customer, b.id);
      if (res.errors) expect(code(res)).toBe("INJECTION_NOT_COMPLETED");
      return res.data?.applyForCertificate ?? null;
    });
    expect(a).toMatchObject({ status: "APPLIED", vaccineName: v.name, injectionId, certificateNumber: null, issuedAt: null, booking: { id: b.id }, customer: { id: customer.userId } });
    expect((await stack.gql(MY_CERTIFICATE_APPLICATIONS, {}, customer.token)).data?.myCertificateApplications).toEqual([{ id: a.id, status: "APPLIED", certificate: null }]);
    expect((await stack.gql(BOOKING_CERTIFICATE_APPLICATIONS, { id: b.id }, customer.token)).data?.vaccinationBooking).toEqual({ id: b.id, certificateApplications: [{ id: a.id, status: "APPLIED" }] });
    expect(await applicationsOf(customer)).toEqual([{ id: a.id, status: "APPLIED" }]);
  });

  it("10: the certificate manager issues the certificate; the customer reads its number and issue time and gets APPLIED then ISSUED pushed", async () => {
    const customer = await stack.signUp("CUSTOMER");
    const b = await injectedBooking(stack, vaccineManager, nurse, customer);
    const live = await openSubscriptions(stack.router.url, 1, () => {
      const s = new Subscriber(stack.router.url, customer.token).subscribe(MY_CHANGES);
      subscribers.push(s);
      return s;
    });
    const a = (await applyOnceKnown(stack, customer, b.id)).data!.applyForCertificate;

    const request = await pendingIssueOf(stack, certifier, a.id);
    expect(request).toMatchObject({ status: "REQUESTED", bookingId: b.id, certificate: null });
    const done = await issued(stack, certifier, a.id);
    expect(done).toMatchObject({ id: request.id, status: "ISSUED", application: { id: a.id } });
    expect(done.certificate!.number).toMatch(/^VC-\d{4}-\d{6}$/);
    expect(Number.isNaN(Date.parse(done.certificate!.issuedAt))).toBe(false);

    const after = await applicationBecomes(stack, customer, a.id, "ISSUED");
    expect(after).toMatchObject({ certificateNumber: done.certificate!.number, issuedAt: done.certificate!.issuedAt, certificate: { number: done.certificate!.number, issuedAt: done.certificate!.issuedAt, issueId: request.id } });
    const pending = (await stack.gql(PENDING_CERTIFICATE_ISSUES, {}, certifier.token)).data?.pendingCertificateIssues as { id: string }[];
    expect(pending.find((i) => i.id === request.id)).toBeUndefined();
    expect(code(await issue(stack, certifier, request.id))).toBe("CERTIFICATE_ALREADY_ISSUED");

    const pushed = await live.waitForCount(2);
    expect(pushed.map((p) => p.myCertificateApplicationChanges.status)).toEqual(["APPLIED", "ISSUED"]);
    expect(pushed[1].myCertificateApplicationChanges).toMatchObject({
      certificateNumber: done.certificate!.number,
      application: { id: a.id, status: "ISSUED", vaccineName: a.vaccineName, certificate: { number: done.certificate!.number } },
    });
  });

  it("6: the customer cancels until the certificate is issued: CANCELED, its issue request canceled (issuing it refused ISSUE_REQUEST_CANCELED); a second cancel refused; a new application may follow; once issued a cancel is APPLICATION_ALREADY_ISSUED", async () => {
    const customer = await stack.signUp("CUSTOMER");
    const b = await injectedBooking(stack, vaccineManager, nurse, customer);
    const first = (await applyOnceKnown(stack, customer, b.id)).data!.applyForCertificate;
    const request = await pendingIssueOf(stack, certifier, first.id);

    const canceled = await cancelApplication(stack, customer, first.id);
    expect(canceled.data?.cancelCertificateApplication).toMatchObject({ id: first.id, status: "CANCELED", canceledAt: expect.any(String) });
    expect(code(await cancelApplication(stack, customer, first.id))).toBe("APPLICATION_ALREADY_CANCELED");
    await waitFor("the issue request to be canceled", async () => (await stack.gql(CERTIFICATE_ISSUE, { id: request.id }, certifier.token)).data?.certificateIssue?.status === "CANCELED");
    expect(code(await issue(stack, certifier, request.id))).toBe("ISSUE_REQUEST_CANCELED");
    expect((await applicationOf(stack, customer.token, first.id))?.certificate).toBeNull();

    const second = await applied(stack, customer, b.id);
    expect(second.id).not.toBe(first.id);
    expect(code(await apply(stack, customer, b.id))).toBe("APPLICATION_ALREADY_EXISTS");
    await issued(stack, certifier, second.id);
    await applicationBecomes(stack, customer, second.id, "ISSUED");
    expect(code(await cancelApplication(stack, customer, second.id))).toBe("APPLICATION_ALREADY_ISSUED");
    expect(code(await apply(stack, customer, b.id))).toBe("APPLICATION_ALREADY_EXISTS");
    expect((await applicationsOf(customer)).map((r) => r.status).sort()).toEqual(["CANCELED", "ISSUED"]);
  });

  it("refusals: unknown or malformed ids, another customer's booking or application, the wrong role, no token; nothing stored", async () => {
    const customer = await stack.signUp("CUSTOMER");
    const stranger = await stack.signUp("CUSTOMER");
    const b = await injectedBooking(stack, vaccineManager, nurse, customer);
    await waitFor("certificate-applications to know the booking", async () => (await stack.sql("certificate-applications", "SELECT 1 FROM known_booking WHERE id = $1::uuid", [b.id])).length === 1);

    expect(code(await apply(stack, customer, randomUUID()))).toBe("VACCINATION_BOOKING_NOT_FOUND");
    expect(code(await apply(stack, customer, "not-a-uuid"))).toBe("VACCINATION_BOOKING_NOT_FOUND");
    expect(code(await apply(stack, stranger, b.id))).toBe("VACCINATION_BOOKING_NOT_FOUND");
    expect(code(await apply(stack, nurse, b.id))).toBe("FORBIDDEN");
    expect(code(await apply(stack, certifier, b.id))).toBe("FORBIDDEN");
    expect(code(await stack.gql(`mutation($b: ID!) { applyForCertificate(bookingId: $b) { id } }`, { b: b.id }))).toBe("UNAUTHENTICATED");
    expect(await applicationsOf(customer)).toEqual([]);
    expect(await applicationsOf(stranger)).toEqual([]);

    const a = await applied(stack, customer, b.id);
    expect(code(await apply(stack, customer, b.id))).toBe("APPLICATION_ALREADY_EXISTS");
    expect(code(await cancelApplication(stack, customer, randomUUID()))).toBe("CERTIFICATE_APPLICATION_NOT_FOUND");
    expect(code(await cancelApplication(stack, customer, "42"))).toBe("CERTIFICATE_APPLICATION_NOT_FOUND");
    expect(code(await cancelApplication(stack, stranger, a.id))).toBe("CERTIFICATE_APPLICATION_NOT_FOUND");
    expect(code(await cancelApplication(stack, certifier, a.id))).toBe("FORBIDDEN");
    expect(code(await stack.gql(`mutation($id: ID!) { cancelCertificateApplication(id: $id) { id } }`, { id: a.id }))).toBe("UNAUTHENTICATED");
    expect(await applicationOf(stack, stranger.token, a.id)).toBeNull();
    expect((await applicationOf(stack, certifier.token, a.id))?.id).toBe(a.id);
    expect((await stack.gql(BOOKING_CERTIFICATE_APPLICATIONS, { id: b.id }, stranger.token)).data?.vaccinationBooking ?? { certificateApplications: [] }).toMatchObject({ certificateApplications: [] });

    const request = await pendingIssueOf(stack, certifier, a.id);
    expect(code(await issue(stack, certifier, randomUUID()))).toBe("CERTIFICATE_ISSUE_NOT_FOUND");
    expect(code(await issue(stack, certifier, "nope"))).toBe("CERTIFICATE_ISSUE_NOT_FOUND");
    expect(code(await issue(stack, customer, request.id))).toBe("FORBIDDEN");
    expect(code(await stack.gql(PENDING_CERTIFICATE_ISSUES, {}, customer.token))).toBe("FORBIDDEN");
    expect(code(await stack.gql(PENDING_CERTIFICATE_ISSUES, {}))).toBe("UNAUTHENTICATED");
    expect(code(await stack.gql(`mutation($i: ID!) { issueCertificate(issueId: $i) { id } }`, { i: request.id }))).toBe("UNAUTHENTICATED");
    // Nothing changed by the refusals: the application is still APPLIED, its request still pending.
    expect((await applicationOf(stack, customer.token, a.id))?.status).toBe("APPLIED");
    expect((await pendingIssueOf(stack, certifier, a.id)).status).toBe("REQUESTED");
    expect(await applicationsOf(customer)).toEqual([{ id: a.id, status: "APPLIED" }]);
  });

  it("11: the booking and certificate services answer customers only through the router: called directly, with a valid token but without the router's secret, each refuses (403 FORBIDDEN) and stores nothing", async () => {
    const customer = await stack.signUp("CUSTOMER");
    const b = await injectedBooking(stack, vaccineManager, nurse, customer);
    await waitFor("certificate-applications to know the booking", async () => (await stack.sql("certificate-applications", "SELECT 1 FROM known_booking WHERE id = $1::uuid", [b.id])).length === 1);
    const direct = async (context: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const res = await fetch(`${stack.service(context).url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${customer.token}`, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return [res.status, code((await res.json()) as { errors?: { extensions?: { code?: string } }[] })];
    };
    const v = await registerVaccine(stack, vaccineManager, 3);
    const BOOK_DIRECT = `mutation($input: BookVaccinationInput!) { bookVaccination(input: $input) { id } }`;
    const APPLY_DIRECT = `mutation($b: ID!) { applyForCertificate(bookingId: $b) { id } }`;
    const refused = [403, "FORBIDDEN"];
    expect(await direct("vaccination-bookings", BOOK_DIRECT, { input: { vaccineId: v.id, date: b.date } })).toEqual(refused);
    expect(await direct("vaccination-bookings", `{ myVaccinationBookings { id } }`, {})).toEqual(refused);
    expect(await direct("certificate-applications", APPLY_DIRECT, { b: b.id })).toEqual(refused);
    expect(await direct("certificate-applications", `{ myCertificateApplications { id } }`, {})).toEqual(refused);
    expect(await direct("certificate-issues", `{ pendingCertificateIssues { id } }`, {})).toEqual(refused);
    expect(await direct("vaccines", `{ vaccines { id } }`, {})).toEqual(refused);
    expect(await direct("injections", `{ _service { sdl } }`, {})).toEqual(refused);
    expect(await direct("certificate-applications", APPLY_DIRECT, { b: b.id }, { "x-router-secret": "guessed-secret-value-1234" })).toEqual(refused);
    expect(await applicationsOf(customer)).toEqual([]);
    expect(await stack.sql("vaccination-bookings", "SELECT 1 FROM vaccination_booking WHERE vaccine_id = $1", [v.id])).toEqual([]);
    // The same application through the router is taken.
    expect((await applied(stack, customer, b.id)).status).toBe("APPLIED");
  });
});
