import type { CertificateIssueEvent } from "@supergraph/contracts/certificate-issues";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { CertificateIssuesErrorCode } from "../generated/graphql.ts";
import { certificateIssueDecider, type CertificateIssue } from "./certificate-issue.ts";

const certificateIssueId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: CertificateIssueEvent = { type: "CertificateIssueRequested", subject: certificateIssueId, data: { certificateIssueId, ownerId, title: "First" } };
const confirmed: CertificateIssueEvent = { type: "CertificateIssueConfirmed", subject: certificateIssueId, data: { certificateIssueId, ownerId } };
const certificateIssue: CertificateIssue = { id: certificateIssueId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(certificateIssueDecider, { at: requestedAt });

describe("requesting a certificate issue", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestCertificateIssue", certificateIssueId, ownerId, title: "  First  " }).then([requested], certificateIssue);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_CERTIFICATE_ISSUE", (_, title) => {
    spec.given([]).when({ type: "RequestCertificateIssue", certificateIssueId, ownerId, title }).thenRefuses(CertificateIssuesErrorCode.INVALID_CERTIFICATE_ISSUE);
  });
});

describe("confirming a certificate issue", () => {
  it("given a requested certificate issue, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmCertificateIssue" }, { at: later }).then([confirmed], { ...certificateIssue, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed certificate issue, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmCertificateIssue" }).thenNothing();
  });

  it("given no certificate issue, when confirmed, then it is CERTIFICATE_ISSUE_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmCertificateIssue" }).thenRefuses(CertificateIssuesErrorCode.CERTIFICATE_ISSUE_NOT_FOUND);
  });
});
