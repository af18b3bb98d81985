/**
 * The certificate-issues context on real PostgreSQL and real NATS: CertificateApplied makes one
 * issue request (however often it is delivered, and with two consumer replicas taking the
 * stream), the manager issues it with a unique certificate number and CertificateIssued,
 * CertificateApplicationCanceled cancels a request (so issuing it is refused) and leaves an
 * issued certificate as it is, and a cancel seen before its application makes the request
 * arriving later change nothing.
 */
import { randomUUID } from "node:crypto";
import { certificateApplicationEvents } from "@supergraph/contracts/certificate-applications";
import { createLogger, createMetrics, DomainError, startConsumers, type RunningConsumers } from "@supergraph/platform";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueCertificate } from "./commands/issue-certificate.ts";
import { findIssuesOfApplications } from "./infra/certificate-issue-store.ts";
import { cancelCertificateIssue } from "./policies/cancel-certificate-issue.ts";
import { requestCertificateIssue } from "./policies/request-certificate-issue.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;
let secondReplica: RunningConsumers | undefined;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "certificate-issues",
    policies: (given) => {
      deps = given;
      return [requestCertificateIssue, cancelCertificateIssue];
    },
  });
});
afterAll(async () => {
  await secondReplica?.stop();
  await harness?.stop();
});

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? error.code : error));

function application() {
  return { applicationId: randomUUID(), bookingId: randomUUID(), injectionId: randomUUID(), customerId: randomUUID() };
}
type Application = ReturnType<typeof application>;

const applied = (a: Application) =>
  harness.publish(certificateApplicationEvents.CertificateApplied, { subject: a.applicationId, data: { ...a, vaccineName: "Comirnaty", appliedAt: new Date().toISOString() } });
const canceled = (a: Application) =>
  harness.publish(certificateApplicationEvents.CertificateApplicationCanceled, { subject: a.applicationId, data: { ...a, canceledAt: new Date().toISOString() } });
const issueOf = (a: Application) =>
  harness.waitForRow<{ id: string; status: string }>("the issue request", "SELECT id, status::text AS status FROM certificate_issue WHERE application_id = $1", [a.applicationId]);
const eventsOf = async (type: string, a: Application) => (await harness.recorded(type)).filter((e) => (e.data as { applicationId: string }).applicationId === a.applicationId);

describe("issue requests", () => {
  it("CertificateApplied makes one REQUESTED issue request with CertificateIssueRequested, however often it is delivered", async () => {
    const a = application();
    const event = await applied(a);
    const request = await issueOf(a);
    expect(request.status).toBe("REQUESTED");
    await harness.redeliver(event);
    await harness.settled();
    expect(await harness.rows("SELECT id FROM certificate_issue WHERE application_id = $1", a.applicationId)).toHaveLength(1);
    const requested = await eventsOf("CertificateIssueRequested", a);
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatchObject({ subject: request.id, data: { issueId: request.id, applicationId: a.applicationId, bookingId: a.bookingId, customerId: a.customerId } });
  });

  it("the manager issues it: ISSUED with a VC-<year>-<six digits> number and CertificateIssued; a second issue is refused", async () => {
    const a = application();
    await applied(a);
    const request = await issueOf(a);
    const managerId = randomUUID();
    const issued = await issueCertificate(deps.transact, request.id, managerId, new Date());
    expect(issued).toMatchObject({ id: request.id, status: "ISSUED", issuedBy: managerId, issuedAt: expect.any(Date) });
    expect(issued.certificateNumber).toMatch(/^VC-\d{4}-\d{6}$/);
    expect(await refusal(issueCertificate(deps.transact, request.id, managerId, new Date()))).toBe("CERTIFICATE_ALREADY_ISSUED");
    await harness.settled();
    const events = await eventsOf("CertificateIssued", a);
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ issueId: request.id, certificateNumber: issued.certificateNumber, managerId, bookingId: a.bookingId, customerId: a.customerId });
  });

  it("certificate numbers are unique across issues", async () => {
    const apps = [application(), application(), application()];
    await Promise.all(apps.map(applied));
    const requests = await Promise.all(apps.map(issueOf));
    const issued = await Promise.all(requests.map((r) => issueCertificate(deps.transact, r.id, randomUUID(), new Date())));
    expect(new Set(issued.map((i) => i.certificateNumber)).size).toBe(3);
  });

  it("an unknown request is CERTIFICATE_ISSUE_NOT_FOUND", async () => {
    expect(await refusal(issueCertificate(deps.transact, randomUUID(), randomUUID(), new Date()))).toBe("CERTIFICATE_ISSUE_NOT_FOUND");
  });
});

describe("cancellation", () => {
  it("CertificateApplicationCanceled cancels the request once (CertificateIssueCanceled); issuing it is refused ISSUE_REQUEST_CANCELED", async () => {
    const a = application();
    await applied(a);
    const request = await issueOf(a);
    const event = await canceled(a);
    await harness.waitForRow("the request canceled", "SELECT status::text AS status FROM certificate_issue WHERE id = $1", [request.id], (r: { status: string }) => r.status === "CANCELED");
    await harness.redeliver(event);
    await harness.settled();
    expect(await eventsOf("CertificateIssueCanceled", a)).toHaveLength(1);
    expect(await refusal(issueCertificate(deps.transact, request.id, randomUUID(), new Date()))).toBe("ISSUE_REQUEST_CANCELED");
    expect(await eventsOf("CertificateIssued", a)).toEqual([]);
  });

  it("a cancel after the issue keeps the certificate: the request stays ISSUED, no CertificateIssueCanceled", async () => {
    const a = application();
    await applied(a);
    const request = await issueOf(a);
    const issued = await issueCertificate(deps.transact, request.id, randomUUID(), new Date());
    await canceled(a);
    await harness.settled();
    const [after] = await findIssuesOfApplications(harness.sql, [a.applicationId]);
    expect(after).toMatchObject({ status: "ISSUED", certificateNumber: issued.certificateNumber, canceledAt: null });
    expect(await eventsOf("CertificateIssueCanceled", a)).toEqual([]);
  });

  it("a cancel seen before its application makes a CANCELED record; the application arriving later changes nothing", async () => {
    const a = application();
    await canceled(a);
    const record = await issueOf(a);
    expect(record.status).toBe("CANCELED");
    await applied(a);
    await harness.settled();
    expect(await harness.rows("SELECT status::text AS status FROM certificate_issue WHERE application_id = $1", a.applicationId)).toEqual([{ status: "CANCELED" }]);
    expect(await eventsOf("CertificateIssueRequested", a)).toEqual([]);
    expect(await harness.deadLetters()).toEqual([]);
  });
});

describe("two consumer replicas", () => {
  it("each application gets exactly one issue request and one CertificateIssueRequested", async () => {
    const log = createLogger("certificate-issues-replica", "silent");
    secondReplica = await startConsumers(
      { context: "certificate-issues", bus: harness.bus, pool: harness.pool, transact: harness.transact, log, metrics: createMetrics("certificate-issues-replica") },
      [requestCertificateIssue, cancelCertificateIssue],
    );
    const apps = Array.from({ length: 20 }, application);
    const events = await Promise.all(apps.map(applied));
    await Promise.all(events.map((e) => harness.redeliver(e)));
    await Promise.all(apps.map(issueOf));
    await harness.settled();
    const rows = await harness.rows<{ n: number }>("SELECT count(*)::int AS n FROM certificate_issue WHERE application_id = ANY($1::uuid[])", apps.map((a) => a.applicationId));
    expect(rows[0]!.n).toBe(20);
    for (const a of apps) expect(await eventsOf("CertificateIssueRequested", a)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
