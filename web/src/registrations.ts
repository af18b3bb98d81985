import type { Registration } from "./operations.ts";

/*
 * A row is always one answer of the graph as a whole (a query, a mutation, a live change's
 * `registration`), never its registration status from one source and its payment's from
 * another: two sources arrive in either order, which once showed PAID beside a CANCELED payment.
 * A registration only moves forward (PAID -> CANCELED with its refund PENDING -> REFUNDED), so
 * of two answers for one registration the one further along is the newer, wherever each came
 * from; an equal one arriving later replaces it.
 */

/** How far along an answer is; null for one no moment of the system could show. */
export function progressOf(r: Registration): number | null {
  // Payments refunds only after the registration was canceled: an answer read across that
  // moment (the registration before, the payment after) is skipped; the CANCELED one follows.
  if (r.status === "PAID") return r.payment?.status === "CANCELED" ? null : 0;
  if (r.refund === "REFUNDED" || r.payment?.status === "CANCELED") return 2;
  return 1;
}

/** The answer to show of two for one registration (`a` may be unknown yet). */
export function latest(a: Registration | undefined, b: Registration): Registration | undefined {
  const next = progressOf(b);
  if (next === null) return a;
  if (!a) return b;
  // Only the lecture (which never changes) is kept from an older answer that had it.
  return next >= progressOf(a)! ? { ...b, lecture: b.lecture ?? a.lecture } : a;
}

/**
 * The student's registrations, newest first: the listed ones (from `myRegistrations`), with
 * those known only from later sources (a registration just made, a live change) in front.
 */
export function mergeRegistrations(listed: readonly Registration[], ...later: readonly (readonly Registration[])[]): Registration[] {
  const byId = new Map<string, Registration>();
  for (const r of listed) {
    const shown = latest(undefined, r);
    if (shown) byId.set(r.id, shown);
  }
  const unlisted: string[] = [];
  for (const source of later) {
    for (const registration of source) {
      const shown = latest(byId.get(registration.id), registration);
      if (!shown) continue;
      if (!byId.has(registration.id) && !listed.some((r) => r.id === registration.id) && !unlisted.includes(registration.id)) unlisted.unshift(registration.id);
      byId.set(registration.id, shown);
    }
  }
  return [...unlisted, ...listed.map((r) => r.id)].filter((id) => byId.has(id)).map((id) => byId.get(id)!);
}
