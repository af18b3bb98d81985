import { type SignedIn, type Stack, waitFor } from "@supergraph/testkit";
import { BOARD, DELIVER, PARKING_DAY, RESERVATION, RESERVE, TO_DELIVER } from "./operations.ts";

/** A day `n` days from today (UTC), YYYY-MM-DD; tests take days of their own so counts never mix. */
export const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

export interface Reservation {
  id: string;
  date: string;
  status: string;
  parkingLotId: string | null;
  deliveryId: string | null;
  ticketDelivery?: { id: string; status: string; shippedAt: string | null; canceledAt: string | null } | null;
  [field: string]: unknown;
}

/** Reserves `date` as `employee`; throws with the errors when refused. */
export async function reserve(stack: Stack, employee: SignedIn, date: string): Promise<Reservation> {
  const res = await stack.gql(RESERVE, { date }, employee.token);
  const reservation = res.data?.reserveParkingTicket as Reservation | undefined;
  if (!reservation) throw new Error(`reserveParkingTicket failed: ${JSON.stringify(res.errors)}`);
  return reservation;
}

/** Waits until the reservation, read through the router, has `status`. */
export async function reservationBecomes(stack: Stack, employee: SignedIn, id: string, status: string, timeoutMs?: number): Promise<Reservation> {
  return waitFor(
    `reservation ${id} to be ${status}`,
    async () => {
      const r = (await stack.gql(RESERVATION, { id }, employee.token)).data?.ticketReservation as Reservation | undefined;
      return r?.status === status ? r : null;
    },
    timeoutMs,
  );
}

export interface BoardRow {
  id: string;
  date: string;
  status: string;
  parkingLotId: string | null;
  deliveryId: string | null;
  ticketCanceled: boolean;
  spaceReleased: boolean;
}

/** Waits until the employee's status screen (views) shows the reservation as `accept` wants it. */
export async function boardShows(stack: Stack, employee: SignedIn, id: string, what: string, accept: (row: BoardRow) => boolean, timeoutMs?: number): Promise<BoardRow> {
  return waitFor(
    `the view to show ${id} ${what}`,
    async () => {
      const rows = (await stack.gql(BOARD, {}, employee.token)).data?.myParkingReservations as BoardRow[] | undefined;
      const row = rows?.find((r) => r.id === id);
      return row && accept(row) ? row : null;
    },
    timeoutMs,
  );
}

/** The car park on `date`, as the parking manager reads it. */
export async function parkingDay(stack: Stack, manager: SignedIn, date: string): Promise<{ capacity: number; occupied: number; free: number }> {
  const res = await stack.gql(PARKING_DAY, { date }, manager.token);
  if (!res.data?.parkingDay) throw new Error(`parkingDay failed: ${JSON.stringify(res.errors)}`);
  return res.data.parkingDay;
}

/** The ticket of a reservation in the manager's list, once it is there. */
export async function ticketToDeliver(stack: Stack, manager: SignedIn, reservationId: string, date: string): Promise<{ id: string; status: string }> {
  return waitFor("the ticket in the parking manager's list", async () => {
    const list = (await stack.gql(TO_DELIVER, { date }, manager.token)).data?.ticketsToDeliver as { id: string; status: string; reservation: { id: string } }[] | undefined;
    return list?.find((t) => t.reservation.id === reservationId);
  });
}

/** The manager delivers the reservation's ticket; returns the delivery id. */
export async function deliver(stack: Stack, manager: SignedIn, reservationId: string, date: string): Promise<string> {
  const ticket = await ticketToDeliver(stack, manager, reservationId, date);
  const res = await stack.gql(DELIVER, { id: ticket.id }, manager.token);
  if (res.errors) throw new Error(`deliverTicket failed: ${JSON.stringify(res.errors)}`);
  return ticket.id;
}

/** The stream sequence and envelope of the events of `type` from `publisher` about `subject` (the reservation id). */
export async function streamed(stack: Stack, publisher: string, type: string, subject: string): Promise<{ seq: number; id: string; time: string }[]> {
  const bus = await stack.bus();
  const found: { seq: number; id: string; time: string }[] = [];
  const info = await bus.jsm.streams.info(bus.names.stream);
  for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
    const msg = await bus.jsm.streams.getMessage(bus.names.stream, { seq }).catch(() => null);
    if (!msg || msg.subject !== bus.names.eventSubject(publisher, type)) continue;
    const envelope = msg.json<{ id: string; subject: string; time: string }>();
    if (envelope.subject === subject) found.push({ seq, id: envelope.id, time: envelope.time });
  }
  return found;
}
