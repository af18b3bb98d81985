import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { messageOf } from "./format.ts";
import { useRefreshOnReconnect } from "./live.ts";
import { DELIVER_TICKET, TICKETS_TO_DELIVER, type TicketToDeliver } from "./parking-operations.ts";

/**
 * The parking manager: the tickets still to deliver, and the action that delivers one. No
 * subscription announces new tickets to the manager, so the list is read again on demand (and
 * after each delivery, which urql's cache does by itself: the mutation answers a TicketDelivery).
 */
export function ParkingManagerPage() {
  const [tickets, refetch] = useQuery<{ ticketsToDeliver: TicketToDeliver[] }>({ query: TICKETS_TO_DELIVER });
  const [delivering, deliver] = useMutation(DELIVER_TICKET);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => refetch({ requestPolicy: "network-only" });
  useRefreshOnReconnect(refresh);

  async function deliverTicket(id: string) {
    setError(null);
    const result = await deliver({ id });
    if (result.error) setError(messageOf(result.error));
    refresh();
  }

  const list = tickets.data?.ticketsToDeliver ?? [];
  return (
    <section aria-labelledby="tickets-to-deliver">
      <h2 id="tickets-to-deliver">Parking tickets to deliver</h2>
      <button type="button" data-testid="tickets-refresh" onClick={refresh} disabled={tickets.fetching}>
        Refresh
      </button>
      {tickets.error && <p role="alert">{messageOf(tickets.error)}</p>}
      {error && (
        <p role="alert" className="error" data-testid="manager-error">
          {error}
        </p>
      )}
      {list.length === 0 ? (
        <p data-testid="no-tickets">No ticket to deliver.</p>
      ) : (
        <table data-testid="tickets-to-deliver">
          <thead>
            <tr>
              <th>Day</th>
              <th>Employee</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((t) => (
              <tr key={t.id} data-testid={`ticket-${t.reservation.id}`}>
                <td>{t.date}</td>
                <td>{t.employee?.name ?? "(unavailable)"}</td>
                <td>
                  <button type="button" data-testid={`deliver-${t.reservation.id}`} disabled={delivering.fetching} onClick={() => deliverTicket(t.id)}>
                    Deliver
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
