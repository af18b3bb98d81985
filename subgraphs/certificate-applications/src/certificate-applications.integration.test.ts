/**
 * The certificate-applications context on real PostgreSQL and real NATS: an application made
 * through the real injection-status call (answered here over NATS request/reply as injections
 * would, or not at all while "down") is stored with CertificateApplied only once the injection
 * was given; refused before it and when injections cannot answer, storing nothing; one live
 * application per injection, also for two applies at once. The record-booking policy learns
 * bookings from VaccinationBooked, and record-certificate-issued makes an application ISSUED
 * once, however often CertificateIssued is delivered and with two consumer replicas.
 */
import { randomUUID } from "node:crypto";
import { certificateIssueEvents } from "@supergraph/contracts/certificate-issues";
import type { InjectionStatusRequest, InjectionStatusResult } from "@supergraph/contracts/injections";
import { vaccinationBookingEvents } from "@supergraph/contracts/vaccination-bookings";
import { admission, answerSyncCall, CallNotSentError, createLogger, createMetrics, DomainError, startConsumers, syncCall, type RunningConsumers, type Viewer } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyForCertificate, type ApplyForCertificateDeps } from "./commands/apply-for-certificate.ts";
import { cancelCertificateApplication } from "./commands/cancel-certificate-application.ts";
import { CertificateApplicationError } from "./domain/certificate-application.ts";
import { findCertificateApplications } from "./infra/certificate-application-store.ts";
import { recordBooking } from "./policies/record-booking.ts";
import { recordCertificateIssued } from "./policies/record-certificate-issued.ts";

const log = createLogger("certificate-applications-test", "silent");
let harness: PolicyHarness;
let deps: PolicyDeps;
let applying: ApplyForCertificateDeps;
let answerer: { drain(): Promise<void> };
let secondReplica: RunningConsumers | undefined;
/** What injections answers per booking: its injection, given or not; a booking not in it has none. */
const injections = new Map<string, InjectionStatusResult>();
let injectionsUp = true;
/** How long injections takes to answer (past the caller's 300 ms timeout: "slow"). */
let injectionsDelayMs = 0;
const asked: InjectionStatusRequest[] = [];

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "certificate-applications",
    policies: (given) => {
      deps = given;
      return [recordBooking, recordCertificateIssued];
    },
  });
  const subject = harness.bus.names.syncSubject("injections", "injectionStatus");
  answerer = answerSyncCall<InjectionStatusRequest, InjectionStatusResult>(
    harness.bus.nc,
    subject,
    async (r) => {
      // "Down": no reply (a handler failure is not answered), so the caller times out.
      if (!injectionsUp) throw new Error("injections is down");
      if (injectionsDelayMs > 0) await new Promise((done) => setTimeout(done, injectionsDelayMs));
      asked.push(r);
      const found = r.bookingId ? injections.get(r.bookingId) : undefined;
      if (!found) throw new DomainError("INJECTION_NOT_FOUND", "No injection for that booking.");
      return found;
    },
    log,
  );
  applying = applyingDeps("certificate-applications-test");
});
/** The apply command's dependencies with a breaker of their own on the real call (`name`: its metrics). */
function applyingDeps(name: string): ApplyForCertificateDeps {
  const injectionStatus = syncCall<InjectionStatusRequest, InjectionStatusResult>({
    nc: harness.bus.nc,
    subject: harness.bus.names.syncSubject("injections", "injectionStatus"),
    name: "injections.injectionStatus",
    timeoutMs: 300,
    resetTimeoutMs: 500,
    unavailable: { code: "INJECTIONS_UNAVAILABLE", message: "down" },
    log,
    metrics: createMetrics(name),
  });
  const admit = admission({ callee: injectionStatus, limit: 4, maxWaitMs: 2_000, busy: () => CertificateApplicationError.unavailable("APPLICATIONS_BUSY", "busy") });
  return { sql: harness.sql, transact: deps.transact, injectionStatus, admit };
}

afterAll(async () => {
  await secondReplica?.stop();
  await answerer?.drain();
  await harness?.stop();
});

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? error.code : error));
const customer = (userId: string): Viewer => ({ userId, roles: ["CUSTOMER"] }) as unknown as Viewer;
const applicationsOf = (customerId: string) => harness.rows<{ id: string; status: string }>("SELECT id, status::text AS status FROM certificate_application WHERE customer_id = $1", customerId);

/** A booking known to certificate-applications (VaccinationBooked delivered), and its injection as injections tells it. */
async function booked(completed: boolean | "none") {
  const bookingId = randomUUID();
  const customerId = randomUUID();
  const injectionId = randomUUID();
  await harness.publish(vaccinationBookingEvents.VaccinationBooked, {
    subject: bookingId,
    data: { bookingId, customerId, vaccineId: randomUUID(), vaccineName: "Comirnaty", date: "2031-01-10" },
  });
  await harness.waitForRow("the booking known", "SELECT id FROM known_booking WHERE id = $1", [bookingId]);
  if (completed !== "none") injections.set(bookingId, { injectionId, bookingId, customerId, completed, completedAt: completed ? new Date().toISOString() : null });
  return { bookingId, customerId, injectionId };
}

describe("applying for a certificate", () => {
  it("after the injection: stored APPLIED with CertificateApplied (the vaccine's name from the booking), injections asked by the booking's id", async () => {
    const b = await booked(true);
    const a = await applyForCertificate(applying, b.customerId, b.bookingId, new Date());
    expect(a).toMatchObject({ bookingId: b.bookingId, injectionId: b.injectionId, customerId: b.customerId, vaccineName: "Comirnaty", status: "APPLIED" });
    expect(asked).toContainEqual({ bookingId: b.bookingId });
    await harness.settled();
    const events = (await harness.recorded("CertificateApplied")).filter((e) => e.subject === a.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ applicationId: a.id, bookingId: b.bookingId, injectionId: b.injectionId, customerId: b.customerId, vaccineName: "Comirnaty" });
  });

  it("before the injection (not given, or no injection record yet): INJECTION_NOT_COMPLETED, nothing stored", async () => {
    const notGiven = await booked(false);
    expect(await refusal(applyForCertificate(applying, notGiven.customerId, notGiven.bookingId, new Date()))).toBe("INJECTION_NOT_COMPLETED");
    expect(await applicationsOf(notGiven.customerId)).toEqual([]);
    const noRecord = await booked("none");
    expect(await refusal(applyForCertificate(applying, noRecord.customerId, noRecord.bookingId, new Date()))).toBe("INJECTION_NOT_COMPLETED");
    expect(await applicationsOf(noRecord.customerId)).toEqual([]);
  });

  it("an unknown, malformed or another customer's booking: VACCINATION_BOOKING_NOT_FOUND without asking injections", async () => {
    const b = await booked(true);
    const before = asked.length;
    expect(await refusal(applyForCertificate(applying, b.customerId, randomUUID(), new Date()))).toBe("VACCINATION_BOOKING_NOT_FOUND");
    expect(await refusal(applyForCertificate(applying, b.customerId, "not-a-uuid", new Date()))).toBe("VACCINATION_BOOKING_NOT_FOUND");
    expect(await refusal(applyForCertificate(applying, randomUUID(), b.bookingId, new Date()))).toBe("VACCINATION_BOOKING_NOT_FOUND");
    expect(asked.length).toBe(before);
  });

  it("a second apply for the injection: APPLICATION_ALREADY_EXISTS; two at once store one", async () => {
    const b = await booked(true);
    await applyForCertificate(applying, b.customerId, b.bookingId, new Date());
    expect(await refusal(applyForCertificate(applying, b.customerId, b.bookingId, new Date()))).toBe("APPLICATION_ALREADY_EXISTS");
    const c = await booked(true);
    const results = await Promise.all([1, 2, 3].map(() => refusal(applyForCertificate(applying, c.customerId, c.bookingId, new Date()))));
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.filter((r) => r === "APPLICATION_ALREADY_EXISTS")).toHaveLength(2);
    expect(await applicationsOf(c.customerId)).toHaveLength(1);
  });

  it("injections not answering: INJECTIONS_UNAVAILABLE (retryable), nothing stored; back: the application is taken", async () => {
    const b = await booked(true);
    injectionsUp = false;
    const error = await applyForCertificate(applying, b.customerId, b.bookingId, new Date()).catch((e: unknown) => e);
    injectionsUp = true;
    expect(error).toMatchObject({ code: "INJECTIONS_UNAVAILABLE", name: expect.stringMatching(/ServiceUnavailableError|CallNotSentError/) });
    expect(await applicationsOf(b.customerId)).toEqual([]);
    expect((await harness.recorded()).filter((e) => (e.data as { customerId?: string }).customerId === b.customerId && e.type !== "VaccinationBooked")).toEqual([]);
    // The breaker may be open for its reset (500 ms): retry as the customer would.
    let result: unknown = null;
    for (let i = 0; i < 50; i++) {
      result = await refusal(applyForCertificate(applying, b.customerId, b.bookingId, new Date()));
      if (result !== "INJECTIONS_UNAVAILABLE") break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(result).toBeNull();
    expect(await applicationsOf(b.customerId)).toHaveLength(1);
  });
});

describe("canceling", () => {
  it("cancels until issued: CANCELED with CertificateApplicationCanceled; a second cancel APPLICATION_ALREADY_CANCELED; another customer's NOT_FOUND; a new application may follow", async () => {
    const b = await booked(true);
    const a = await applyForCertificate(applying, b.customerId, b.bookingId, new Date());
    expect(await refusal(cancelCertificateApplication(deps.transact, a.id, customer(randomUUID()), new Date()))).toBe("CERTIFICATE_APPLICATION_NOT_FOUND");
    const canceled = await cancelCertificateApplication(deps.transact, a.id, customer(b.customerId), new Date());
    expect(canceled).toMatchObject({ status: "CANCELED", canceledAt: expect.any(Date) });
    expect(await refusal(cancelCertificateApplication(deps.transact, a.id, customer(b.customerId), new Date()))).toBe("APPLICATION_ALREADY_CANCELED");
    await harness.settled();
    const events = (await harness.recorded("CertificateApplicationCanceled")).filter((e) => e.subject === a.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ applicationId: a.id, bookingId: b.bookingId, injectionId: b.injectionId, customerId: b.customerId });
    const again = await applyForCertificate(applying, b.customerId, b.bookingId, new Date());
    expect(again.id).not.toBe(a.id);
  });
});

describe("the issued certificate", () => {
  const issuedEvent = (a: { id: string; bookingId: string; customerId: string }, number: string) =>
    harness.publish(certificateIssueEvents.CertificateIssued, {
      subject: randomUUID(),
      data: { issueId: randomUUID(), applicationId: a.id, bookingId: a.bookingId, customerId: a.customerId, certificateNumber: number, issuedAt: new Date().toISOString(), managerId: randomUUID() },
    });

  it("CertificateIssued makes the application ISSUED once (CertificateApplicationIssued), however often delivered; then a cancel is APPLICATION_ALREADY_ISSUED", async () => {
    const b = await booked(true);
    const a = await applyForCertificate(applying, b.customerId, b.bookingId, new Date());
    const event = await issuedEvent(a, "VC-2026-000007");
    await harness.waitForRow("the application issued", "SELECT status::text AS status FROM certificate_application WHERE id = $1", [a.id], (r: { status: string }) => r.status === "ISSUED");
    await harness.redeliver(event);
    await harness.settled();
    const issued = (await harness.recorded("CertificateApplicationIssued")).filter((e) => e.subject === a.id);
    expect(issued).toHaveLength(1);
    expect(issued[0]!.data).toMatchObject({ applicationId: a.id, certificateNumber: "VC-2026-000007" });
    const [stored] = await findCertificateApplications(harness.sql, [a.id]);
    expect(stored).toMatchObject({ status: "ISSUED", certificateNumber: "VC-2026-000007", issuedAt: expect.any(Date) });
    expect(await refusal(cancelCertificateApplication(deps.transact, a.id, customer(b.customerId), new Date()))).toBe("APPLICATION_ALREADY_ISSUED");
    // One live application per injection: an issued one counts.
    expect(await refusal(applyForCertificate(applying, b.customerId, b.bookingId, new Date()))).toBe("APPLICATION_ALREADY_EXISTS");
  });

  it("a cancel taken before the issue arrived stands: the application stays CANCELED, no CertificateApplicationIssued", async () => {
    const b = await booked(true);
    const a = await applyForCertificate(applying, b.customerId, b.bookingId, new Date());
    await cancelCertificateApplication(deps.transact, a.id, customer(b.customerId), new Date());
    await issuedEvent(a, "VC-2026-000008");
    await harness.settled();
    const [stored] = await findCertificateApplications(harness.sql, [a.id]);
    expect(stored).toMatchObject({ status: "CANCELED", certificateNumber: null });
    expect((await harness.recorded("CertificateApplicationIssued")).filter((e) => e.subject === a.id)).toEqual([]);
    expect(await harness.deadLetters()).toEqual([]);
  });

  it("with two consumer replicas, each CertificateIssued has one effect", async () => {
    secondReplica = await startConsumers(
      { context: "certificate-applications", bus: harness.bus, pool: harness.pool, transact: harness.transact, log, metrics: createMetrics("certificate-applications-replica") },
      [recordBooking, recordCertificateIssued],
    );
    const apps = [];
    for (let i = 0; i < 8; i++) {
      const b = await booked(true);
      apps.push(await applyForCertificate(applying, b.customerId, b.bookingId, new Date()));
    }
    const events = await Promise.all(apps.map((a, i) => issuedEvent(a, `VC-2026-1000${i}`)));
    await Promise.all(events.map((e) => harness.redeliver(e)));
    await harness.settled();
    for (const a of apps) expect((await harness.recorded("CertificateApplicationIssued")).filter((e) => e.subject === a.id)).toHaveLength(1);
    const rows = await harness.rows<{ n: number }>("SELECT count(*)::int AS n FROM certificate_application WHERE id = ANY($1::uuid[]) AND status = 'ISSUED'", apps.map((a) => a.id));
    expect(rows[0]!.n).toBe(8);
    expect(await harness.deadLetters()).toEqual([]);
  });
});

describe("injections slowed past the timeout", () => {
  it("applications are refused INJECTIONS_UNAVAILABLE and store nothing; the breaker opens and refuses unsent with retryAfterMs; at speed again it closes and the application is taken", async () => {
    const slowCase = applyingDeps("certificate-applications-slow");
    const bookings = await Promise.all(Array.from({ length: 8 }, () => booked(true)));
    injectionsDelayMs = 600;
    let refusals: unknown[];
    try {
      refusals = [];
      for (const b of bookings) refusals.push(await applyForCertificate(slowCase, b.customerId, b.bookingId, new Date()).catch((e: unknown) => e));
    } finally {
      injectionsDelayMs = 0;
    }
    expect(refusals.map((e) => (e as DomainError).code)).toEqual(bookings.map(() => "INJECTIONS_UNAVAILABLE"));
    // After the breaker's volume of failures it opened: the later ones were refused before they were sent.
    const unsent = refusals.filter((e) => e instanceof CallNotSentError) as CallNotSentError[];
    expect(unsent.length).toBeGreaterThan(0);
    expect(unsent.every((e) => typeof e.retryAfterMs === "number")).toBe(true);
    for (const b of bookings) expect(await applicationsOf(b.customerId)).toEqual([]);

    const b = bookings[0]!;
    let result: unknown = null;
    for (let i = 0; i < 50; i++) {
      result = await refusal(applyForCertificate(slowCase, b.customerId, b.bookingId, new Date()));
      if (result !== "INJECTIONS_UNAVAILABLE") break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(result).toBeNull();
    expect(await applicationsOf(b.customerId)).toHaveLength(1);
  });
});
