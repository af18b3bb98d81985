import { type SignedIn, type Stack, waitFor } from "@supergraph/testkit";
import { BOOK, BOOKING, COMPLETE, REGISTER_VACCINE, TO_GIVE, VACCINE } from "./operations.ts";

/** A day `n` days from today (UTC), YYYY-MM-DD. */
export const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

export interface Vaccine {
  id: string;
  name: string;
  stock: number;
  booked: number;
  available: number;
}

export interface Booking {
  id: string;
  date: string;
  status: string;
  vaccineName: string;
  injectionId: string | null;
  injection?: { id: string; status: string; completedAt: string | null } | null;
  vaccine?: { id: string; name: string; stock: number; booked: number };
  [field: string]: unknown;
}

let vaccines = 0;

/** Registers a vaccine of a name of its own with `stock` doses, as the vaccine manager. */
export async function registerVaccine(stack: Stack, manager: SignedIn, stock: number): Promise<Vaccine> {
  const res = await stack.gql(REGISTER_VACCINE, { input: { name: `Vaccine ${process.pid}-${++vaccines}-${Date.now()}`, stock } }, manager.token);
  if (!res.data?.registerVaccine) throw new Error(`registerVaccine failed: ${JSON.stringify(res.errors)}`);
  return res.data.registerVaccine;
}

export async function vaccine(stack: Stack, token: string, id: string): Promise<Vaccine> {
  return (await stack.gql(VACCINE, { id }, token)).data?.vaccine;
}

/** Books `vaccineId` as `customer`; the whole response (errors included). */
export function book(stack: Stack, customer: SignedIn, vaccineId: string, date = day(7)) {
  return stack.gql<{ bookVaccination: Booking }>(BOOK, { input: { vaccineId, date } }, customer.token);
}

/** Books, or throws with the errors. */
export async function booked(stack: Stack, customer: SignedIn, vaccineId: string, date = day(7)): Promise<Booking> {
  const res = await book(stack, customer, vaccineId, date);
  if (!res.data?.bookVaccination) throw new Error(`bookVaccination failed: ${JSON.stringify(res.errors)}`);
  return res.data.bookVaccination;
}

export async function bookingOf(stack: Stack, customer: SignedIn, id: string): Promise<Booking | null> {
  return (await stack.gql(BOOKING, { id }, customer.token)).data?.vaccinationBooking ?? null;
}

/** The booking's injection in the injection manager's list, once it is there. */
export async function injectionToGive(stack: Stack, manager: SignedIn, bookingId: string, timeoutMs?: number): Promise<{ id: string; status: string }> {
  return waitFor(
    "the injection in the injection manager's list",
    async () => {
      const list = (await stack.gql(TO_GIVE, {}, manager.token)).data?.injectionsToGive as { id: string; status: string; booking: { id: string } }[] | undefined;
      return list?.find((i) => i.booking.id === bookingId);
    },
    timeoutMs,
  );
}

/** The injection manager gives the booking's injection; returns the injection id. */
export async function inject(stack: Stack, manager: SignedIn, bookingId: string): Promise<string> {
  const injection = await injectionToGive(stack, manager, bookingId);
  const res = await stack.gql(COMPLETE, { id: injection.id }, manager.token);
  if (res.errors) throw new Error(`completeInjection failed: ${JSON.stringify(res.errors)}`);
  return injection.id;
}

/** Waits until the booking, read through the router, has `status`. */
export async function bookingBecomes(stack: Stack, customer: SignedIn, id: string, status: string): Promise<Booking> {
  return waitFor(`booking ${id} to be ${status}`, async () => {
    const b = await bookingOf(stack, customer, id);
    return b?.status === status ? b : null;
  });
}

/** Waits until the vaccine has the quantities wanted. */
export async function vaccineHas(stack: Stack, token: string, id: string, want: { stock: number; booked: number }): Promise<Vaccine> {
  return waitFor(`vaccine ${id} to have stock ${want.stock} and booked ${want.booked}`, async () => {
    const v = await vaccine(stack, token, id);
    return v && v.stock === want.stock && v.booked === want.booked ? v : null;
  });
}
