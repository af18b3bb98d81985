/**
 * The certificate-applications context's store and policy on real PostgreSQL and real NATS: a request is saved
 * with its event in the outbox, the relay publishes it, and the confirm-certificate-application policy
 * confirms the certificate application, once however often the request is delivered.
 */
import { randomUUID } from "node:crypto";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestCertificateApplication } from "./commands/request-certificate-application.ts";
import { findCertificateApplications } from "./infra/certificate-application-store.ts";
import { confirmCertificateApplication } from "./policies/confirm-certificate-application.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "certificate-applications",
    policies: (given) => {
      deps = given;
      return [confirmCertificateApplication];
    },
  });
});
afterAll(() => harness?.stop());

const confirmedRow = (id: string) =>
  harness.waitForRow<{ status: string }>("the certificate application to be confirmed", "SELECT status::text AS status FROM certificate_application WHERE id = $1", [id], (r) => r.status === "CONFIRMED");

describe("certificate-applications: requesting and confirming a certificate application", () => {
  it("saves the request with its event, and the policy confirms it once the event is published", async () => {
    const ownerId = randomUUID();
    const requested = await requestCertificateApplication(deps.transact, ownerId, { title: " First " }, new Date());
    expect(requested).toMatchObject({ ownerId, title: "First", status: "REQUESTED", confirmedAt: null });

    await confirmedRow(requested.id);
    await harness.settled();
    const [stored] = await findCertificateApplications(harness.sql, [requested.id]);
    expect(stored).toMatchObject({ id: requested.id, ownerId, title: "First", status: "CONFIRMED", confirmedAt: expect.any(Date) });
    const events = (await harness.recorded()).filter((e) => e.subject === requested.id);
    expect(events.map((e) => e.type)).toEqual(["CertificateApplicationRequested", "CertificateApplicationConfirmed"]);
  });

  it("confirms once when the request is delivered again", async () => {
    const requested = await requestCertificateApplication(deps.transact, randomUUID(), { title: "Second" }, new Date());
    await confirmedRow(requested.id);
    const [first] = await findCertificateApplications(harness.sql, [requested.id]);
    const [request] = (await harness.recorded("CertificateApplicationRequested")).filter((e) => e.subject === requested.id);

    await harness.redeliver(request!);
    await harness.settled();
    const [after] = await findCertificateApplications(harness.sql, [requested.id]);
    expect(after!.confirmedAt).toEqual(first!.confirmedAt);
    expect((await harness.recorded("CertificateApplicationConfirmed")).filter((e) => e.subject === requested.id)).toHaveLength(1);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
