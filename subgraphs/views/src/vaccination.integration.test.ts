import { randomUUID } from "node:crypto";
import { certificateApplicationEvents } from "@supergraph/contracts/certificate-applications";
import { certificateIssueEvents } from "@supergraph/contracts/certificate-issues";
import { injectionEvents } from "@supergraph/contracts/injections";
import { vaccinationBookingEvents } from "@supergraph/contracts/vaccination-bookings";
import { PolicyHarness } from "@supergraph/testkit/policy-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vaccinationPage } from "./infra/vaccination-rows.ts";
import { vaccinationPolicies } from "./policies/vaccination.ts";

/** Views' vaccination "my page": its policies and store on real PostgreSQL and NATS. */
describe("views: the customer's vaccination page", () => {
  let harness: PolicyHarness;

  beforeAll(async () => {
    harness = await PolicyHarness.start({ context: "views", policies: vaccinationPolicies });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  const caseOf = () => ({
    bookingId: randomUUID(),
    customerId: randomUUID(),
    vaccineId: randomUUID(),
    injectionId: randomUUID(),
    applicationId: randomUUID(),
    issueId: randomUUID(),
    date: "2031-05-06",
  });
  type Case = ReturnType<typeof caseOf>;
  const booking = (c: Case) => ({ bookingId: c.bookingId, customerId: c.customerId, vaccineId: c.vaccineId });
  const injection = (c: Case) => ({ ...booking(c), injectionId: c.injectionId });
  const application = (c: Case) => ({ applicationId: c.applicationId, bookingId: c.bookingId, customerId: c.customerId });
  const at = "2031-05-06T10:00:00.000Z";
  const events = {
    booked: (c: Case) => harness.publish(vaccinationBookingEvents.VaccinationBooked, { subject: c.bookingId, data: { ...booking(c), vaccineName: "Comirnaty", date: c.date } }),
    canceled: (c: Case) => harness.publish(vaccinationBookingEvents.VaccinationBookingCanceled, { subject: c.bookingId, data: booking(c) }),
    injected: (c: Case) => harness.publish(vaccinationBookingEvents.VaccinationBookingInjected, { subject: c.bookingId, data: injection(c) }),
    scheduled: (c: Case) => harness.publish(injectionEvents.InjectionScheduled, { subject: c.bookingId, data: { ...injection(c), date: c.date } }),
    completed: (c: Case) => harness.publish(injectionEvents.InjectionCompleted, { subject: c.bookingId, data: { ...injection(c), managerId: randomUUID() } }),
    injectionCanceled: (c: Case) => harness.publish(injectionEvents.InjectionCanceled, { subject: c.bookingId, data: injection(c) }),
    applied: (c: Case) =>
      harness.publish(certificateApplicationEvents.CertificateApplied, {
        subject: c.applicationId,
        data: { ...application(c), injectionId: c.injectionId, vaccineName: "Comirnaty", appliedAt: at },
      }),
    applicationCanceled: (c: Case) =>
      harness.publish(certificateApplicationEvents.CertificateApplicationCanceled, {
        subject: c.applicationId,
        data: { ...application(c), injectionId: c.injectionId, canceledAt: at },
      }),
    applicationIssued: (c: Case) =>
      harness.publish(certificateApplicationEvents.CertificateApplicationIssued, {
        subject: c.applicationId,
        data: { ...application(c), certificateNumber: `VC-${c.applicationId.slice(0, 8)}`, issuedAt: at },
      }),
    issueRequested: (c: Case) =>
      harness.publish(certificateIssueEvents.CertificateIssueRequested, { subject: c.issueId, data: { ...application(c), issueId: c.issueId, requestedAt: at } }),
    issued: (c: Case) =>
      harness.publish(certificateIssueEvents.CertificateIssued, {
        subject: c.issueId,
        data: { ...application(c), issueId: c.issueId, certificateNumber: `VC-${c.applicationId.slice(0, 8)}`, issuedAt: at, managerId: randomUUID() },
      }),
    issueCanceled: (c: Case) =>
      harness.publish(certificateIssueEvents.CertificateIssueCanceled, {
        subject: c.issueId,
        data: { issueId: c.issueId, applicationId: c.applicationId, customerId: c.customerId, canceledAt: at },
      }),
  };
  const row = async (c: Case) => (await vaccinationPage(harness.sql, c.customerId)).find((r) => r.id === c.bookingId);

  it("shows a booking booked, its injection scheduled then given, the application, then its certificate", async () => {
    const c = caseOf();
    await events.booked(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ vaccineId: c.vaccineId, vaccineName: "Comirnaty", date: c.date, status: "BOOKED", injectionId: null, injectionStatus: null, applications: [] });

    await events.scheduled(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ status: "BOOKED", injectionId: c.injectionId, injectionStatus: "SCHEDULED", injectedAt: null });

    await events.completed(c);
    await events.injected(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ status: "INJECTED", injectionStatus: "COMPLETED", injectedAt: expect.any(Date) });

    await events.applied(c);
    await events.issueRequested(c);
    await harness.settled();
    expect((await row(c))!.applications).toEqual([
      expect.objectContaining({ id: c.applicationId, status: "APPLIED", appliedAt: new Date(at), issueRequested: true, certificate: null }),
    ]);

    await events.issued(c);
    await harness.settled();
    expect((await row(c))!.applications[0]).toMatchObject({ status: "ISSUED", certificate: { number: `VC-${c.applicationId.slice(0, 8)}`, issuedAt: new Date(at) } });
    await events.applicationIssued(c);
    await harness.settled();
    expect((await row(c))!.applications).toHaveLength(1);
  });

  it("keeps a canceled booking with its injection canceled; redeliveries change nothing", async () => {
    const c = caseOf();
    await events.booked(c);
    await events.scheduled(c);
    const canceled = await events.canceled(c);
    const injectionCanceled = await events.injectionCanceled(c);
    await harness.settled();
    const settled = await row(c);
    expect(settled).toMatchObject({ status: "CANCELED", canceledAt: expect.any(Date), injectionStatus: "CANCELED" });

    await harness.redeliver(canceled);
    await harness.redeliver(injectionCanceled);
    await harness.settled();
    expect(await row(c)).toEqual(settled);
    expect(await harness.deadLetters()).toEqual([]);
  });

  it("a canceled application stays on the page as CANCELED, with no certificate; a new one can follow", async () => {
    const c = caseOf();
    const again = { ...c, applicationId: randomUUID(), issueId: randomUUID() };
    await events.booked(c);
    await events.applied(c);
    await events.issueRequested(c);
    await events.applicationCanceled(c);
    await events.issueCanceled(c);
    await harness.settled();
    await events.applied(again);
    await harness.settled();
    const apps = (await row(c))!.applications;
    expect(apps.map((a) => [a.id, a.status, a.certificate])).toEqual(
      expect.arrayContaining([
        [c.applicationId, "CANCELED", null],
        [again.applicationId, "APPLIED", null],
      ]),
    );
    expect(apps.find((a) => a.id === c.applicationId)!.canceledAt).toEqual(new Date(at));
  });

  it("a cancel certificate-applications accepted before the issue stands: CANCELED, with the certificate issued meanwhile", async () => {
    const c = caseOf();
    await events.booked(c);
    await events.applied(c);
    await events.applicationCanceled(c);
    await events.issued(c);
    await harness.settled();
    expect((await row(c))!.applications[0]).toMatchObject({ status: "CANCELED", certificate: { number: expect.any(String) } });
  });

  it("events in any order end in the same row; a booking shows once its VaccinationBooked arrived, an application once its CertificateApplied", async () => {
    const c = caseOf();
    await events.issued(c);
    await events.completed(c);
    await events.injected(c);
    await harness.settled();
    expect(await row(c)).toBeUndefined();

    await events.booked(c);
    await harness.settled();
    expect(await row(c)).toMatchObject({ status: "INJECTED", injectionStatus: "COMPLETED", applications: [] });

    await events.applied(c);
    await harness.settled();
    expect((await row(c))!.applications).toEqual([expect.objectContaining({ id: c.applicationId, status: "ISSUED", certificate: expect.objectContaining({ number: expect.any(String) }) })]);
  });

  it("a customer's page holds only their bookings, latest date first", async () => {
    const customerId = randomUUID();
    const early = { ...caseOf(), customerId, date: "2031-05-01" };
    const late = { ...caseOf(), customerId, date: "2031-05-09" };
    await events.booked(early);
    await events.booked(late);
    await events.booked(caseOf());
    await events.applied(caseOf());
    await harness.settled();
    expect((await vaccinationPage(harness.sql, customerId)).map((r) => r.id)).toEqual([late.bookingId, early.bookingId]);
  });
});
