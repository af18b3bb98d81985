import type { CertificateApplicationEvent } from "@supergraph/contracts/certificate-applications";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, it } from "vitest";
import { CertificateApplicationsErrorCode } from "../generated/graphql.ts";
import { certificateApplicationDecider, type CertificateApplication } from "./certificate-application.ts";

const certificateApplicationId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const ownerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const requestedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T03:04:06.000Z");

const requested: CertificateApplicationEvent = { type: "CertificateApplicationRequested", subject: certificateApplicationId, data: { certificateApplicationId, ownerId, title: "First" } };
const confirmed: CertificateApplicationEvent = { type: "CertificateApplicationConfirmed", subject: certificateApplicationId, data: { certificateApplicationId, ownerId } };
const certificateApplication: CertificateApplication = { id: certificateApplicationId, ownerId, title: "First", status: "REQUESTED", requestedAt, confirmedAt: null };

const spec = deciderSpec(certificateApplicationDecider, { at: requestedAt });

describe("requesting a certificate application", () => {
  it("given nothing, when requested, then it is requested with its title trimmed", () => {
    spec.given([]).when({ type: "RequestCertificateApplication", certificateApplicationId, ownerId, title: "  First  " }).then([requested], certificateApplication);
  });

  it.each([
    ["an empty title", "   "],
    ["a title of 201 characters", "x".repeat(201)],
  ])("given %s, when requested, then it is INVALID_CERTIFICATE_APPLICATION", (_, title) => {
    spec.given([]).when({ type: "RequestCertificateApplication", certificateApplicationId, ownerId, title }).thenRefuses(CertificateApplicationsErrorCode.INVALID_CERTIFICATE_APPLICATION);
  });
});

describe("confirming a certificate application", () => {
  it("given a requested certificate application, when confirmed, then it is confirmed as of then", () => {
    spec.given([requested]).when({ type: "ConfirmCertificateApplication" }, { at: later }).then([confirmed], { ...certificateApplication, status: "CONFIRMED", confirmedAt: later });
  });

  it("given a confirmed certificate application, when confirmed again, then nothing happens", () => {
    spec.given([requested, confirmed]).when({ type: "ConfirmCertificateApplication" }).thenNothing();
  });

  it("given no certificate application, when confirmed, then it is CERTIFICATE_APPLICATION_NOT_FOUND", () => {
    spec.given([]).when({ type: "ConfirmCertificateApplication" }).thenRefuses(CertificateApplicationsErrorCode.CERTIFICATE_APPLICATION_NOT_FOUND);
  });
});
