import { type SignedIn, type Stack, waitFor } from "@supergraph/testkit";

/** The certificate steps and the customer's "my page" as the e2e tests send them through the router. */

export const APPLY = `mutation($bookingId: ID!) { applyForCertificate(bookingId: $bookingId) { id status appliedAt booking { id } } }`;
export const CANCEL_APPLICATION = `mutation($id: ID!) { cancelCertificateApplication(id: $id) { id status canceledAt } }`;
export const PENDING_ISSUES = `query { pendingCertificateIssues { id status application { id } } }`;
export const ISSUE = `mutation($issueId: ID!) { issueCertificate(issueId: $issueId) { id status certificate { number issuedAt } } }`;
export const MY_PAGE = `query { myVaccinations { id vaccineId vaccineName date status bookedAt canceledAt injectionId injectionStatus injectedAt
  applications { id status appliedAt canceledAt issueRequested certificate { number issuedAt } } updatedAt } }`;

export interface Certificate {
  number: string;
  issuedAt: string;
}

export interface PageApplication {
  id: string;
  status: string;
  appliedAt: string;
  canceledAt: string | null;
  issueRequested: boolean;
  certificate: Certificate | null;
}

export interface PageRow {
  id: string;
  vaccineId: string;
  vaccineName: string;
  date: string;
  status: string;
  bookedAt: string;
  canceledAt: string | null;
  injectionId: string | null;
  injectionStatus: string | null;
  injectedAt: string | null;
  applications: PageApplication[];
  updatedAt: string;
}

/** Applies for the booking's certificate as `customer`, or throws with the errors. */
export async function applied(stack: Stack, customer: SignedIn, bookingId: string): Promise<{ id: string; status: string }> {
  const res = await stack.gql(APPLY, { bookingId }, customer.token);
  if (!res.data?.applyForCertificate) throw new Error(`applyForCertificate failed: ${JSON.stringify(res.errors)}`);
  return res.data.applyForCertificate;
}

/** The application's issue request in the certificate manager's list, once it is there. */
export async function pendingIssue(stack: Stack, manager: SignedIn, applicationId: string, timeoutMs?: number): Promise<{ id: string; status: string }> {
  return waitFor(
    "the issue request in the certificate manager's list",
    async () => {
      const list = (await stack.gql(PENDING_ISSUES, {}, manager.token)).data?.pendingCertificateIssues as { id: string; status: string; application: { id: string } }[] | undefined;
      return list?.find((i) => i.application.id === applicationId);
    },
    timeoutMs,
  );
}

/** The certificate manager issues the application's certificate; returns it. */
export async function issue(stack: Stack, manager: SignedIn, applicationId: string, timeoutMs?: number): Promise<Certificate> {
  const request = await pendingIssue(stack, manager, applicationId, timeoutMs);
  const res = await stack.gql(ISSUE, { issueId: request.id }, manager.token);
  if (!res.data?.issueCertificate) throw new Error(`issueCertificate failed: ${JSON.stringify(res.errors)}`);
  return res.data.issueCertificate.certificate;
}

/** The customer's page row of a booking, once it is as `accept` wants it. */
export async function pageShows(stack: Stack, customer: SignedIn, bookingId: string, what: string, accept: (row: PageRow) => boolean, timeoutMs?: number): Promise<PageRow> {
  return waitFor(
    `my page to show ${bookingId} ${what}`,
    async () => {
      const rows = (await stack.gql(MY_PAGE, {}, customer.token)).data?.myVaccinations as PageRow[] | undefined;
      const row = rows?.find((r) => r.id === bookingId);
      return row && accept(row) ? row : null;
    },
    timeoutMs,
  );
}
