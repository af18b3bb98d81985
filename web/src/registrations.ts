import type { PaymentStatus, Registration, RegistrationStatus } from "./operations.ts";

// A registration only moves forward (REGISTERED -> PAID -> CANCELED, or straight to
// CANCELED), and so does its payment; so of two views of one registration, whichever is
// further along is the newer, wherever each came from (a query, a mutation, a live change).
const REGISTRATION_STEP: Record<RegistrationStatus, number> = { REGISTERED: 0, PAID: 1, CANCELED: 2 };
const PAYMENT_STEP: Record<PaymentStatus, number> = { COMPLETED: 0, CANCELED: 1, VOIDED: 1 };

type Payment = NonNullable<Registration["payment"]>;

/** The two views of one payment combined: the one further along (either may be unknown). */
export function latestPayment(a: Payment | null | undefined, b: Payment | null | undefined): Payment | null {
  if (!a || !b) return a ?? b ?? null;
  return PAYMENT_STEP[b.status] >= PAYMENT_STEP[a.status] ? b : a;
}

/** The two views of one registration combined: each status the furthest along. */
export function latest(a: Registration | undefined, b: Registration): Registration {
  if (!a) return b;
  const status = REGISTRATION_STEP[b.status] >= REGISTRATION_STEP[a.status] ? b.status : a.status;
  return { id: b.id, status, lecture: b.lecture ?? a.lecture, payment: latestPayment(a.payment, b.payment) };
}

/**
 * The student's registrations, newest first: the listed ones (from `myRegistrations`), with
 * those known only from later sources (a registration just made, a live change) in front.
 */
export function mergeRegistrations(listed: readonly Registration[], ...later: readonly (readonly Registration[])[]): Registration[] {
  const byId = new Map<string, Registration>(listed.map((r) => [r.id, r]));
  const unlisted: string[] = [];
  for (const source of later) {
    for (const registration of source) {
      if (!byId.has(registration.id) && !unlisted.includes(registration.id)) unlisted.unshift(registration.id);
      byId.set(registration.id, latest(byId.get(registration.id), registration));
    }
  }
  return [...unlisted, ...listed.map((r) => r.id)].map((id) => byId.get(id)!);
}
