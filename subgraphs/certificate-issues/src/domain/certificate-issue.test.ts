import type { CertificateIssueEvent } from "@supergraph/contracts/certificate-issues";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { CertificateIssuesErrorCode } from "../generated/graphql.ts";
import { certificateIssueDecider, certificateNumber, type CertificateIssue } from "./certificate-issue.ts";

const issueId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const otherIssueId = "8d7e6f5a-4b3c-4d2e-9f0a-9b8c7d6e5f4a";
const applicationId = "6b5c4d3e-2f1a-4b0c-9d8e-7f6a5b4c3d2e";
const bookingId = "7c6d5e4f-3a2b-4c1d-8e9f-8a7b6c5d4e3f";
const customerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const managerId = "1c8f9b63-8d2e-4a1b-9b4f-6e7d8c9b0a12";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const issuedAt = new Date("2026-01-02T04:00:00.000Z");
const canceledAt = new Date("2026-01-02T05:00:00.000Z");

const requested: CertificateIssueEvent = { type: "CertificateIssueRequested", subject: issueId, data: { issueId, applicationId, bookingId, customerId, requestedAt: requestedAt.toISOString() } };
const issued: CertificateIssueEvent = {
  type: "CertificateIssued",
  subject: issueId,
  data: { issueId, applicationId, bookingId, customerId, certificateNumber: "VC-2026-000042", issuedAt: issuedAt.toISOString(), managerId },
};
const canceled: CertificateIssueEvent = { type: "CertificateIssueCanceled", subject: issueId, data: { issueId, applicationId, customerId, canceledAt: canceledAt.toISOString(), bookingId } };
const issue: CertificateIssue = {
  id: issueId,
  applicationId,
  bookingId,
  customerId,
  status: "REQUESTED",
  requestedAt,
  certificateNumber: null,
  issuedAt: null,
  issuedBy: null,
  canceledAt: null,
};

const spec = deciderSpec(certificateIssueDecider, { at: requestedAt });
const request = { type: "RequestCertificateIssue" as const, issueId, applicationId, bookingId, customerId, requestedAt };
const cancel = { type: "CancelCertificateIssue" as const, issueId: otherIssueId, applicationId, bookingId, customerId, canceledAt };
const issueIt = { type: "IssueCertificate" as const, managerId, sequence: 42, issuedAt };

describe("the certificate number", () => {
  it("is VC-<year>-<six digits> of the sequence", () => {
    expect(certificateNumber(42, issuedAt)).toBe("VC-2026-000042");
    expect(certificateNumber(1_234_567, new Date("2027-12-31T23:59:59.000Z"))).toBe("VC-2027-1234567");
  });
});

describe("requesting an issue", () => {
  it("given nothing, when the application was made, then the request is REQUESTED", () => {
    spec.given([]).when(request).then([requested], issue);
  });

  it("given a request, when the application is delivered again, then nothing happens", () => {
    spec.given([requested]).when({ ...request, issueId: otherIssueId }).thenNothing();
  });

  it("given a request canceled first (events out of order), when the application arrives, then nothing happens", () => {
    spec.givenState({ ...issue, status: "CANCELED", canceledAt }).when(request).thenNothing();
  });
});

describe("canceling a request", () => {
  it("given a request, when its application is canceled, then it is CANCELED", () => {
    spec.given([requested]).when(cancel).then([canceled], { ...issue, status: "CANCELED", canceledAt });
  });

  it("given nothing yet, when the application is canceled, then a CANCELED record is made under a new id", () => {
    const outcome = spec.given([]).when(cancel).outcome();
    expect(outcome.events).toEqual([{ ...canceled, subject: otherIssueId, data: { ...canceled.data, issueId: otherIssueId } }]);
    expect(outcome.state).toMatchObject({ id: otherIssueId, applicationId, bookingId, status: "CANCELED", canceledAt });
  });

  it("given a canceled request, when canceled again, then nothing happens", () => {
    spec.given([requested, canceled]).when(cancel).thenNothing();
  });

  it("given an issued request, when its application is canceled, then the certificate stands (nothing happens)", () => {
    spec.given([requested, issued]).when(cancel).thenNothing();
  });
});

describe("issuing the certificate", () => {
  it("given a request, when the manager issues it, then it is ISSUED with its number, time and manager", () => {
    spec.given([requested]).when(issueIt).then([issued], { ...issue, status: "ISSUED", certificateNumber: "VC-2026-000042", issuedAt, issuedBy: managerId });
  });

  it("given a canceled request, when issued, then it is ISSUE_REQUEST_CANCELED", () => {
    spec.given([requested, canceled]).when(issueIt).thenRefuses(CertificateIssuesErrorCode.ISSUE_REQUEST_CANCELED);
  });

  it("given an issued request, when issued again, then it is CERTIFICATE_ALREADY_ISSUED", () => {
    spec.given([requested, issued]).when(issueIt).thenRefuses(CertificateIssuesErrorCode.CERTIFICATE_ALREADY_ISSUED);
  });

  it("given no request, when issued, then it is CERTIFICATE_ISSUE_NOT_FOUND", () => {
    spec.given([]).when(issueIt).thenRefuses(CertificateIssuesErrorCode.CERTIFICATE_ISSUE_NOT_FOUND);
  });
});
