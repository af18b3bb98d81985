import { type SignedIn, type Stack, waitFor } from "@supergraph/testkit";
import { booked, inject, registerVaccine, type Booking } from "./helpers.ts";
import { APPLY_CERTIFICATE, CANCEL_CERTIFICATE_APPLICATION, CERTIFICATE_APPLICATION, ISSUE_CERTIFICATE, PENDING_CERTIFICATE_ISSUES } from "./operations.ts";

export interface CertificateApplication {
  id: string;
  status: string;
  vaccineName: string;
  injectionId: string;
  appliedAt: string;
  canceledAt: string | null;
  certificateNumber: string | null;
  issuedAt: string | null;
  booking?: { id: string; status: string };
  customer?: { id: string };
  certificate?: { number: string; issuedAt: string; issueId: string } | null;
  [field: string]: unknown;
}

export interface CertificateIssue {
  id: string;
  status: string;
  bookingId: string;
  application: { id: string };
  certificate: { number: string; issuedAt: string } | null;
}

type Errors = { errors?: { extensions?: { code?: string; retryable?: boolean } }[] };
export const code = (res: Errors) => res.errors?.[0]?.extensions?.code;

/** Applies for the booking's certificate as `customer`; the whole response (errors included). */
export function apply(stack: Stack, customer: SignedIn, bookingId: string) {
  return stack.gql<{ applyForCertificate: CertificateApplication }>(APPLY_CERTIFICATE, { bookingId }, customer.token);
}

/** Applies, or throws with the errors. */
export async function applied(stack: Stack, customer: SignedIn, bookingId: string): Promise<CertificateApplication> {
  const res = await apply(stack, customer, bookingId);
  if (!res.data?.applyForCertificate) throw new Error(`applyForCertificate failed: ${JSON.stringify(res.errors)}`);
  return res.data.applyForCertificate;
}

/**
 * Applies once certificate-applications knows the booking (it learns it from VaccinationBooked,
 * just after the booking): until then the refusal is VACCINATION_BOOKING_NOT_FOUND. Returns the
 * first answer that is not that refusal.
 */
export async function applyOnceKnown(stack: Stack, customer: SignedIn, bookingId: string) {
  return waitFor("certificate-applications to know the booking", async () => {
    const res = await apply(stack, customer, bookingId);
    return code(res) === "VACCINATION_BOOKING_NOT_FOUND" ? null : res;
  });
}

export function cancelApplication(stack: Stack, customer: SignedIn, id: string) {
  return stack.gql<{ cancelCertificateApplication: CertificateApplication }>(CANCEL_CERTIFICATE_APPLICATION, { id }, customer.token);
}

export async function applicationOf(stack: Stack, token: string, id: string): Promise<CertificateApplication | null> {
  return (await stack.gql(CERTIFICATE_APPLICATION, { id }, token)).data?.certificateApplication ?? null;
}

/** Waits until the application, read through the router, has `status`. */
export async function applicationBecomes(stack: Stack, customer: SignedIn, id: string, status: string, timeoutMs?: number): Promise<CertificateApplication> {
  return waitFor(
    `certificate application ${id} to be ${status}`,
    async () => {
      const a = await applicationOf(stack, customer.token, id);
      return a?.status === status ? a : null;
    },
    timeoutMs,
  );
}

/** The application's issue request in the certificate manager's pending list, once it is there. */
export async function pendingIssueOf(stack: Stack, manager: SignedIn, applicationId: string, timeoutMs?: number): Promise<CertificateIssue> {
  return waitFor(
    "the issue request in the certificate manager's pending list",
    async () => {
      const list = (await stack.gql(PENDING_CERTIFICATE_ISSUES, {}, manager.token)).data?.pendingCertificateIssues as CertificateIssue[] | undefined;
      return list?.find((i) => i.application.id === applicationId);
    },
    timeoutMs,
  );
}

export function issue(stack: Stack, manager: SignedIn, issueId: string) {
  return stack.gql<{ issueCertificate: CertificateIssue }>(ISSUE_CERTIFICATE, { issueId }, manager.token);
}

/** The certificate manager issues the application's certificate once its request is pending; returns the issue. */
export async function issued(stack: Stack, manager: SignedIn, applicationId: string): Promise<CertificateIssue> {
  const request = await pendingIssueOf(stack, manager, applicationId);
  const res = await issue(stack, manager, request.id);
  if (!res.data?.issueCertificate) throw new Error(`issueCertificate failed: ${JSON.stringify(res.errors)}`);
  return res.data.issueCertificate;
}

/** A vaccine with stock, booked by `customer` and injected by `nurse`: the booking a certificate can be applied for. */
export async function injectedBooking(stack: Stack, vaccineManager: SignedIn, nurse: SignedIn, customer: SignedIn): Promise<Booking> {
  const v = await registerVaccine(stack, vaccineManager, 5);
  const b = await booked(stack, customer, v.id);
  await inject(stack, nurse, b.id);
  return b;
}
