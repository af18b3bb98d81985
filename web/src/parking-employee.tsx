import { useEffect, useState, type FormEvent } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import { messageOf } from "./format.ts";
import { useRefreshOnReconnect } from "./live.ts";
import {
  CANCEL_TICKET_RESERVATION,
  MY_TICKET_RESERVATION_CHANGES,
  MY_TICKET_RESERVATIONS,
  PARKING_AVAILABILITY,
  RESERVE_PARKING_TICKET,
  type DayAvailability,
  type TicketReservation,
  type TicketReservationStatusChange,
} from "./parking-operations.ts";
import { cancelable, mergeReservations, tomorrow } from "./parking-reservations.ts";

/** An employee: reserve a daily parking ticket, watch each reservation's status live, cancel. */
export function ParkingEmployeePage() {
  const [listed, refetch] = useQuery<{ myTicketReservations: TicketReservation[] }>({ query: MY_TICKET_RESERVATIONS });
  // Every reservation as its latest pushed change showed it, since the page opened.
  const [changes] = useSubscription<{ myTicketReservationChanges: TicketReservationStatusChange }, TicketReservation[]>(
    { query: MY_TICKET_RESERVATION_CHANGES },
    (seen = [], change) => [...seen, change.myTicketReservationChanges.reservation],
  );
  const [made, setMade] = useState<TicketReservation[]>([]);
  const [, cancel] = useMutation<{ cancelTicketReservation: TicketReservation }>(CANCEL_TICKET_RESERVATION);
  const [error, setError] = useState<string | null>(null);
  useRefreshOnReconnect(() => refetch({ requestPolicy: "network-only" }));

  const reservations = mergeReservations(listed.data?.myTicketReservations ?? [], made, changes.data ?? []);

  async function cancelReservation(id: string) {
    setError(null);
    const result = await cancel({ id });
    if (result.error) setError(messageOf(result.error));
    else if (result.data) setMade((previous) => [...previous, result.data!.cancelTicketReservation]);
  }

  return (
    <>
      <ReserveForm changes={changes.data?.length ?? 0} onReserved={(r) => setMade((previous) => [...previous, r])} />
      <section aria-labelledby="my-parking">
        <h2 id="my-parking">My parking tickets</h2>
        {listed.error && <p role="alert">{messageOf(listed.error)}</p>}
        {changes.error && <p role="alert">Live updates stopped: {messageOf(changes.error)}</p>}
        {error && (
          <p role="alert" className="error" data-testid="parking-error">
            {error}
          </p>
        )}
        {reservations.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <table data-testid="my-parking-reservations">
            <thead>
              <tr>
                <th>Day</th>
                <th>Status</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {reservations.map((r) => (
                <tr key={r.id} data-testid={`parking-reservation-${r.id}`}>
                  <td>{r.date}</td>
                  <td>
                    <span className={`status status-${r.status.toLowerCase()}`} data-testid={`parking-status-${r.id}`}>
                      {r.status}
                    </span>
                  </td>
                  <td>
                    {cancelable(r) && (
                      <button type="button" data-testid={`parking-cancel-${r.id}`} onClick={() => cancelReservation(r.id)}>
                        Cancel
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/**
 * The day to reserve, with its free spaces as residents see them (parking-availability). They
 * change with the lot's decisions, which trail the employee's own changes: read again on each
 * change, and whenever the day is chosen again (no subscription pushes the free spaces).
 */
function ReserveForm({ changes, onReserved }: { changes: number; onReserved(r: TicketReservation): void }) {
  const [date, setDate] = useState(tomorrow);
  const [availability, refetchAvailability] = useQuery<{ parkingAvailability: DayAvailability }>({
    query: PARKING_AVAILABILITY,
    variables: { date },
    pause: !date,
    // Shown at once when known, and read again each time the day is chosen.
    requestPolicy: "cache-and-network",
  });
  useEffect(() => {
    if (changes > 0) refetchAvailability({ requestPolicy: "network-only" });
  }, [changes]);
  const [reserving, reserve] = useMutation<{ reserveParkingTicket: TicketReservation }>(RESERVE_PARKING_TICKET);
  const [message, setMessage] = useState<string | null>(null);
  const free = availability.data?.parkingAvailability.freeSpaces;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const result = await reserve({ date });
    if (result.error) setMessage(messageOf(result.error));
    else if (result.data) {
      onReserved(result.data.reserveParkingTicket);
      setMessage(`Reserved for ${date}; the parking lot decides shortly.`);
    }
  }

  return (
    <section aria-labelledby="reserve-parking">
      <h2 id="reserve-parking">Reserve a parking ticket</h2>
      <form className="inline-form" onSubmit={submit}>
        <label>
          Day <input data-testid="parking-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <span data-testid="parking-free">{free === undefined ? "" : free === null ? "free spaces not known yet" : `${free} free`}</span>
        <button type="submit" data-testid="parking-reserve" disabled={reserving.fetching}>
          Reserve
        </button>
      </form>
      {message && <p data-testid="parking-reserve-message">{message}</p>}
    </section>
  );
}
