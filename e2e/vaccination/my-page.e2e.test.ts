import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metric, openSubscriptions, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";
import { booked, inject, registerVaccine } from "./helpers.ts";
import { CANCEL } from "./operations.ts";
import { APPLY, CANCEL_APPLICATION, issue, MY_PAGE, pageShows, type PageRow } from "./my-page-helpers.ts";

/*
 * Requirement 10 end to end: the customer's "my page" (the read model in views, one subgraph
 * fetch, built from the four vaccination contexts' events, caught up after views was down) and
 * their live status over graphql-ws: the booking BOOKED -> INJECTED, the application APPLIED ->
 * ISSUED with the certificate (a field of certificate-issues) in the payload, resumable from a
 * cursor. An application is refused before the injection and accepted after it.
 */
const BOOKING_CHANGES = `subscription($after: String) { myVaccinationBookingChanges(after: $after) {
  cursor status booking { id status vaccineName injection { id status completedAt } } } }`;
const APPLICATION_CHANGES = `subscription($after: String) { myCertificateApplicationChanges(after: $after) {
  cursor status certificateNumber application { id status booking { id status } certificate { number issuedAt } } } }`;

describe("vaccination: my page, live", () => {
  let stack: Stack;
  let vaccineManager: SignedIn;
  let nurse: SignedIn;
  let certifier: SignedIn;
  let vaccineId: string;
  const subscribers: Subscriber[] = [];
  const subscriber = (token: string) => {
    const s = new Subscriber(stack.router.url, token);
    subscribers.push(s);
    return s;
  };

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["vaccines", "vaccination-bookings", "injections", "certificate-applications", "certificate-issues", "views"] });
    [vaccineManager, nurse, certifier] = await Promise.all([stack.signUp("VACCINE_MANAGER"), stack.signUp("INJECTION_MANAGER"), stack.signUp("CERTIFICATE_MANAGER")]);
    vaccineId = (await registerVaccine(stack, vaccineManager, 100)).id;
  }, 240_000);
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  it("pushes BOOKED -> INJECTED, then APPLIED -> ISSUED with the certificate from certificate-issues; another customer gets nothing", async () => {
    const [cora, other] = await Promise.all([stack.signUp("CUSTOMER", "Cora Customer"), stack.signUp("CUSTOMER")]);
    const [bookings, applications, othersBookings, othersApplications] = await openSubscriptions(stack.router.url, 4, () => [
      subscriber(cora.token).subscribe(BOOKING_CHANGES),
      subscriber(cora.token).subscribe(APPLICATION_CHANGES),
      subscriber(other.token).subscribe(BOOKING_CHANGES),
      subscriber(other.token).subscribe(APPLICATION_CHANGES),
    ]);

    const booking = await booked(stack, cora, vaccineId);
    await bookings.waitForCount(1);
    // Before the injection: refused, nothing stored.
    const early = await stack.gql(APPLY, { bookingId: booking.id }, cora.token);
    expect(early.errors?.[0]?.extensions?.code).toBe("INJECTION_NOT_COMPLETED");

    const injectionId = await inject(stack, nurse, booking.id);
    const pushed = await bookings.waitForCount(2);
    expect(pushed.map((p) => p.myVaccinationBookingChanges.status)).toEqual(["BOOKED", "INJECTED"]);
    expect(pushed[1].myVaccinationBookingChanges.booking).toMatchObject({ id: booking.id, status: "INJECTED", injection: { id: injectionId, status: "COMPLETED" } });

    const application = await waitFor("the application to be accepted once bookings knows the injection", async () => {
      const res = await stack.gql(APPLY, { bookingId: booking.id }, cora.token);
      return res.data?.applyForCertificate ?? null;
    });
    await applications.waitForCount(1);
    const certificate = await issue(stack, certifier, application.id);
    expect(certificate.number).toEqual(expect.any(String));
    const changes = await applications.waitForCount(2);
    expect(changes.map((c) => c.myCertificateApplicationChanges.status)).toEqual(["APPLIED", "ISSUED"]);
    expect(changes[1].myCertificateApplicationChanges).toMatchObject({
      certificateNumber: certificate.number,
      application: { id: application.id, status: "ISSUED", booking: { id: booking.id, status: "INJECTED" }, certificate: { number: certificate.number, issuedAt: certificate.issuedAt } },
    });
    const cursors = [...pushed.map((p) => p.myVaccinationBookingChanges.cursor), ...changes.map((c) => c.myCertificateApplicationChanges.cursor)];
    expect(new Set(cursors).size).toBe(4);

    // My page shows it all, from events only.
    const row = await pageShows(stack, cora, booking.id, "the certificate", (r) => r.applications[0]?.certificate !== null && r.applications[0]?.status === "ISSUED");
    expect(row).toMatchObject({
      vaccineId,
      vaccineName: booking.vaccineName,
      date: booking.date,
      status: "INJECTED",
      injectionId,
      injectionStatus: "COMPLETED",
      injectedAt: expect.any(String),
      applications: [{ id: application.id, status: "ISSUED", issueRequested: true, certificate }],
    });
    for (const s of [othersBookings, othersApplications]) {
      expect(s.received).toEqual([]);
      expect(s.errors).toEqual([]);
    }
    expect((await stack.gql(MY_PAGE, {}, other.token)).data?.myVaccinations).toEqual([]);
  });

  it("a subscriber that comes back with its last cursors gets the missed changes in order, none twice, then live ones", async () => {
    const dana = await stack.signUp("CUSTOMER");
    const first = await openSubscriptions(stack.router.url, 1, () => subscriber(dana.token).subscribe(BOOKING_CHANGES));
    const booking = await booked(stack, dana, vaccineId);
    const [seen] = await first.waitForCount(1);
    await first.close();

    // Offline: the injection, the application and its certificate.
    await inject(stack, nurse, booking.id);
    const application = await waitFor("the application to be accepted", async () => (await stack.gql(APPLY, { bookingId: booking.id }, dana.token)).data?.applyForCertificate ?? null);
    const certificate = await issue(stack, certifier, application.id);
    await waitFor("the missed application changes to be published", async () =>
      (await stack.sql<{ n: number }>("certificate-applications", "SELECT count(*)::int AS n FROM platform_outbox WHERE published_at IS NOT NULL AND payload->'data'->>'customerId' = $1", [dana.userId]))[0]!.n >= 2,
    );

    const resumed = subscriber(dana.token).subscribe(BOOKING_CHANGES, { after: seen.myVaccinationBookingChanges.cursor });
    const missed = await resumed.waitForCount(1);
    expect(missed.map((m) => m.myVaccinationBookingChanges.status)).toEqual(["INJECTED"]);
    // Cursors are positions in the one event stream: the application's changes came after the
    // last booking change seen, so the same cursor resumes them too, both once each.
    const fromStart = subscriber(dana.token).subscribe(APPLICATION_CHANGES, { after: seen.myVaccinationBookingChanges.cursor });
    const replayed = await fromStart.waitForCount(2);
    expect(replayed.map((r) => r.myCertificateApplicationChanges.status)).toEqual(["APPLIED", "ISSUED"]);
    expect(replayed[1].myCertificateApplicationChanges.application.certificate).toEqual(certificate);

    // Then live: a new booking is pushed to the resumed subscription.
    const second = await booked(stack, dana, vaccineId);
    const after = await resumed.waitForCount(2);
    expect(after[1].myVaccinationBookingChanges).toMatchObject({ status: "BOOKED", booking: { id: second.id } });
    expect(after).toHaveLength(2);
  });

  it("my page keeps a canceled booking and a canceled application; it answers in one subgraph fetch", async () => {
    const eve = await stack.signUp("CUSTOMER");
    const canceledBooking = await booked(stack, eve, vaccineId);
    await stack.gql(CANCEL, { id: canceledBooking.id }, eve.token);
    await pageShows(stack, eve, canceledBooking.id, "CANCELED", (r) => r.status === "CANCELED" && r.injectionStatus === "CANCELED");

    const kept = await booked(stack, eve, vaccineId);
    await inject(stack, nurse, kept.id);
    const application = await waitFor("the application to be accepted", async () => (await stack.gql(APPLY, { bookingId: kept.id }, eve.token)).data?.applyForCertificate ?? null);
    await pageShows(stack, eve, kept.id, "the issue request", (r) => r.applications[0]?.issueRequested === true);
    const canceled = await stack.gql(CANCEL_APPLICATION, { id: application.id }, eve.token);
    expect(canceled.data?.cancelCertificateApplication?.status).toBe("CANCELED");
    const row = await pageShows(stack, eve, kept.id, "the application canceled", (r) => r.applications[0]?.status === "CANCELED");
    expect(row.applications).toEqual([expect.objectContaining({ id: application.id, canceledAt: expect.any(String), certificate: null })]);

    const page = (await stack.gql(MY_PAGE, {}, eve.token)).data?.myVaccinations as PageRow[];
    expect(page.map((r) => [r.id, r.status])).toEqual(expect.arrayContaining([[canceledBooking.id, "CANCELED"], [kept.id, "INJECTED"]]));

    const contexts = ["views", "vaccines", "vaccination-bookings", "injections", "certificate-applications", "certificate-issues", "identity"];
    const requests = () => Promise.all(contexts.map((name) => metric(stack.service(name).url, "graphql_request_duration_seconds_count")));
    const before = await requests();
    await stack.gql(MY_PAGE, {}, eve.token);
    const after = await requests();
    expect(after.map((n, i) => n - before[i]!)).toEqual([1, 0, 0, 0, 0, 0, 0]);
  });

  it("my page needs a token and shows only the signed-in user's own bookings, whatever their role", async () => {
    const anonymous = await stack.gql(MY_PAGE, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await stack.gql(MY_PAGE, {}, nurse.token)).data?.myVaccinations).toEqual([]);
  });

  it("views catches up after it was down: my page shows what happened meanwhile, each event applied once", async () => {
    const finn = await stack.signUp("CUSTOMER");
    const views = stack.service("views");
    await views.stop();
    const booking = await booked(stack, finn, vaccineId);
    await inject(stack, nurse, booking.id);
    const application = await waitFor("the application to be accepted", async () => (await stack.gql(APPLY, { bookingId: booking.id }, finn.token)).data?.applyForCertificate ?? null);
    const certificate = await issue(stack, certifier, application.id);
    await waitFor("the certificate to be published", async () =>
      (await stack.sql("certificate-issues", "SELECT 1 FROM platform_outbox WHERE published_at IS NOT NULL AND payload->>'type' = 'CertificateIssued' AND payload->'data'->>'applicationId' = $1", [application.id])).length === 1,
    );
    await views.start();

    const row = await pageShows(stack, finn, booking.id, "the certificate", (r) => r.applications[0]?.certificate !== null, 60_000);
    expect(row).toMatchObject({ status: "INJECTED", injectionStatus: "COMPLETED", applications: [{ id: application.id, certificate }] });
    expect(await stack.sql("views", "SELECT 1 FROM platform_dead_letter")).toEqual([]);
  });
});
