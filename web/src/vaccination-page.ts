import type { CertificateApplicationStatus, InjectionStatus, VaccinationBookingStatus } from "./generated/graphql.ts";
import type { ApplicationAnswer, BookingAnswer, Certificate } from "./vaccination-operations.ts";

/*
 * The customer's vaccinations on screen: each booking and each application is merged from every
 * answer of the graph (views' "my page", the mutations' answers, the live changes' entities).
 * Views trails the owners' own events, so a live change may be ahead of it; statuses only move
 * forward (BOOKED, then INJECTED or CANCELED; APPLIED, then ISSUED or CANCELED), so of two
 * answers the one further along is the newer, and between two final ones the later answer wins.
 */

const BOOKING_PROGRESS: Record<VaccinationBookingStatus, number> = { BOOKED: 0, INJECTED: 1, CANCELED: 1 };
const APPLICATION_PROGRESS: Record<CertificateApplicationStatus, number> = { APPLIED: 0, ISSUED: 1, CANCELED: 1 };
const INJECTION_PROGRESS: Record<InjectionStatus, number> = { SCHEDULED: 0, COMPLETED: 1, CANCELED: 1 };

export interface ShownApplication {
  id: string;
  status: CertificateApplicationStatus;
  certificate: Certificate | null;
}

export interface ShownVaccination {
  id: string;
  vaccineName: string;
  date: string;
  status: VaccinationBookingStatus;
  injectionStatus: InjectionStatus | null;
  applications: ShownApplication[];
}

function forward<S extends string>(order: Record<S, number>, a: S | null | undefined, b: S | null | undefined): S | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return order[b] >= order[a] ? b : a;
}

function mergeApplication(a: ShownApplication | undefined, b: ApplicationAnswer): ShownApplication {
  return {
    id: b.id,
    status: forward(APPLICATION_PROGRESS, a?.status, b.status)!,
    certificate: b.certificate ?? a?.certificate ?? null,
  };
}

/** The customer's vaccinations, latest date first, one row per booking, from every source at once. */
export function mergeVaccinations(bookings: readonly BookingAnswer[], applications: readonly ApplicationAnswer[]): ShownVaccination[] {
  const byId = new Map<string, ShownVaccination>();
  const appsOf = new Map<string, Map<string, ShownApplication>>();
  const addApplication = (bookingId: string, a: ApplicationAnswer) => {
    const apps = appsOf.get(bookingId) ?? new Map<string, ShownApplication>();
    apps.set(a.id, mergeApplication(apps.get(a.id), a));
    appsOf.set(bookingId, apps);
  };
  for (const b of bookings) {
    const seen = byId.get(b.id);
    byId.set(b.id, {
      id: b.id,
      vaccineName: b.vaccineName,
      date: b.date,
      status: forward(BOOKING_PROGRESS, seen?.status, b.status)!,
      injectionStatus: forward(INJECTION_PROGRESS, seen?.injectionStatus, b.injectionStatus ?? b.injection?.status),
      applications: [],
    });
    for (const a of b.applications ?? []) addApplication(b.id, a);
  }
  for (const a of applications) if (a.booking) addApplication(a.booking.id, a);
  return [...byId.values()]
    .map((v) => ({ ...v, applications: [...(appsOf.get(v.id)?.values() ?? [])] }))
    .sort((x, y) => y.date.localeCompare(x.date) || x.id.localeCompare(y.id));
}

/** Whether the customer may still cancel the booking (before the injection). */
export const bookingCancelable = (v: ShownVaccination) => v.status === "BOOKED";

/** Whether the customer may apply: injected, and no live (APPLIED or ISSUED) application yet. */
export const mayApply = (v: ShownVaccination) => v.status === "INJECTED" && !v.applications.some((a) => a.status !== "CANCELED");

/** Whether the customer may still cancel the application (until it is issued). */
export const applicationCancelable = (a: ShownApplication) => a.status === "APPLIED";

/** A week from now (UTC), YYYY-MM-DD: the form's first suggestion. */
export const nextWeek = (now = new Date()) => new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
