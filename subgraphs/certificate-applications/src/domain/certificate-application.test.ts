import type { CertificateApplicationEvent } from "@supergraph/contracts/certificate-applications";
import { DomainError } from "@supergraph/platform";
import { deciderSpec } from "@supergraph/testkit/decider";
import { describe, expect, it } from "vitest";
import { CertificateApplicationsErrorCode } from "../generated/graphql.ts";
import { certificateApplicationDecider, checkApplicationRequest, checkInjection, type CertificateApplication } from "./certificate-application.ts";

const applicationId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const bookingId = "6b5c4d3e-2f1a-4b0c-9d8e-7f6a5b4c3d2e";
const injectionId = "7c6d5e4f-3a2b-4c1d-8e9f-8a7b6c5d4e3f";
const customerId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const otherId = "1c8f9b63-8d2e-4a1b-9b4f-6e7d8c9b0a12";
const appliedAt = new Date("2026-01-02T03:04:05.000Z");
const later = new Date("2026-01-02T04:00:00.000Z");

const applied: CertificateApplicationEvent = {
  type: "CertificateApplied",
  subject: applicationId,
  data: { applicationId, bookingId, injectionId, customerId, vaccineName: "Comirnaty", appliedAt: appliedAt.toISOString() },
};
const canceled: CertificateApplicationEvent = {
  type: "CertificateApplicationCanceled",
  subject: applicationId,
  data: { applicationId, bookingId, injectionId, customerId, canceledAt: later.toISOString() },
};
const issued: CertificateApplicationEvent = {
  type: "CertificateApplicationIssued",
  subject: applicationId,
  data: { applicationId, bookingId, customerId, certificateNumber: "VC-2026-000001", issuedAt: later.toISOString() },
};
const application: CertificateApplication = {
  id: applicationId,
  bookingId,
  injectionId,
  customerId,
  vaccineName: "Comirnaty",
  status: "APPLIED",
  appliedAt,
  canceledAt: null,
  certificateNumber: null,
  issuedAt: null,
};

const spec = deciderSpec(certificateApplicationDecider, { at: appliedAt });
const code = (f: () => void) => {
  try {
    f();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : error;
  }
};

describe("applying for a certificate", () => {
  it("given nothing, when applied for, then it is APPLIED for the injection with the vaccine's name", () => {
    spec.given([]).when({ type: "ApplyForCertificate", applicationId, bookingId, injectionId, customerId, vaccineName: "Comirnaty", appliedAt }).then([applied], application);
  });

  it("before the call: an unknown booking or another customer's is VACCINATION_BOOKING_NOT_FOUND, a live application APPLICATION_ALREADY_EXISTS", () => {
    expect(code(() => checkApplicationRequest({ booking: null, customerId, hasLiveApplication: false }))).toBe(CertificateApplicationsErrorCode.VACCINATION_BOOKING_NOT_FOUND);
    expect(code(() => checkApplicationRequest({ booking: { customerId: otherId }, customerId, hasLiveApplication: false }))).toBe(CertificateApplicationsErrorCode.VACCINATION_BOOKING_NOT_FOUND);
    expect(code(() => checkApplicationRequest({ booking: { customerId }, customerId, hasLiveApplication: true }))).toBe(CertificateApplicationsErrorCode.APPLICATION_ALREADY_EXISTS);
    expect(code(() => checkApplicationRequest({ booking: { customerId }, customerId, hasLiveApplication: false }))).toBeNull();
  });

  it("after the call: no injection record or one not given is INJECTION_NOT_COMPLETED; another customer's injection VACCINATION_BOOKING_NOT_FOUND", () => {
    expect(code(() => checkInjection(null, customerId))).toBe(CertificateApplicationsErrorCode.INJECTION_NOT_COMPLETED);
    expect(code(() => checkInjection({ customerId, completed: false }, customerId))).toBe(CertificateApplicationsErrorCode.INJECTION_NOT_COMPLETED);
    expect(code(() => checkInjection({ customerId: otherId, completed: true }, customerId))).toBe(CertificateApplicationsErrorCode.VACCINATION_BOOKING_NOT_FOUND);
    expect(code(() => checkInjection({ customerId, completed: true }, customerId))).toBeNull();
  });
});

describe("canceling an application", () => {
  it("given an applied application, when its customer cancels, then it is CANCELED as of then", () => {
    spec.given([applied]).when({ type: "CancelCertificateApplication", byUserId: customerId, byAdmin: false, canceledAt: later }).then([canceled], { ...application, status: "CANCELED", canceledAt: later });
  });

  it("given an applied application, when an ADMIN cancels it, then it is CANCELED", () => {
    spec.given([applied]).when({ type: "CancelCertificateApplication", byUserId: otherId, byAdmin: true, canceledAt: later }).then([canceled]);
  });

  it("given another customer's application, when canceled, then it is CERTIFICATE_APPLICATION_NOT_FOUND", () => {
    spec.given([applied]).when({ type: "CancelCertificateApplication", byUserId: otherId, byAdmin: false, canceledAt: later }).thenRefuses(CertificateApplicationsErrorCode.CERTIFICATE_APPLICATION_NOT_FOUND);
  });

  it("given no application, when canceled, then it is CERTIFICATE_APPLICATION_NOT_FOUND", () => {
    spec.given([]).when({ type: "CancelCertificateApplication", byUserId: customerId, byAdmin: false, canceledAt: later }).thenRefuses(CertificateApplicationsErrorCode.CERTIFICATE_APPLICATION_NOT_FOUND);
  });

  it("given a canceled application, when canceled again, then it is APPLICATION_ALREADY_CANCELED", () => {
    spec.given([applied, canceled]).when({ type: "CancelCertificateApplication", byUserId: customerId, byAdmin: false, canceledAt: later }).thenRefuses(CertificateApplicationsErrorCode.APPLICATION_ALREADY_CANCELED);
  });

  it("given an issued application, when canceled, then it is APPLICATION_ALREADY_ISSUED", () => {
    spec.given([applied, issued]).when({ type: "CancelCertificateApplication", byUserId: customerId, byAdmin: false, canceledAt: later }).thenRefuses(CertificateApplicationsErrorCode.APPLICATION_ALREADY_ISSUED);
  });
});

describe("recording the issued certificate", () => {
  it("given an applied application, when its certificate was issued, then it is ISSUED with the number and time", () => {
    spec
      .given([applied])
      .when({ type: "RecordCertificateIssued", certificateNumber: "VC-2026-000001", issuedAt: later.toISOString() })
      .then([issued], { ...application, status: "ISSUED", certificateNumber: "VC-2026-000001", issuedAt: later });
  });

  it("given an issued application, when the issue is delivered again, then nothing happens", () => {
    spec.given([applied, issued]).when({ type: "RecordCertificateIssued", certificateNumber: "VC-2026-000001", issuedAt: later.toISOString() }).thenNothing();
  });

  it("given an application canceled before the issue reached it, when its certificate was issued, then it stays CANCELED", () => {
    spec.given([applied, canceled]).when({ type: "RecordCertificateIssued", certificateNumber: "VC-2026-000001", issuedAt: later.toISOString() }).thenNothing();
  });

  it("given no application, when a certificate was issued for it, then it is CERTIFICATE_APPLICATION_NOT_FOUND", () => {
    spec.given([]).when({ type: "RecordCertificateIssued", certificateNumber: "VC-2026-000001", issuedAt: later.toISOString() }).thenRefuses(CertificateApplicationsErrorCode.CERTIFICATE_APPLICATION_NOT_FOUND);
  });
});
