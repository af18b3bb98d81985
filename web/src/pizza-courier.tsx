import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { useAction } from "./action.ts";
import { amount, messageOf } from "./format.ts";
import { useRefreshOnReconnect } from "./live.ts";
import { CANCEL_REFUND_DELIVERY, COMPLETE_REFUND_DELIVERY, DELIVERY_QUEUE, MARK_DELIVERED, type QueuedDelivery } from "./pizza-operations.ts";

/**
 * The courier: deliveries on their way (deliver one) and return runs of refunds (cancel or
 * complete one). No subscription announces new work to couriers, so the queue is read again on
 * demand and after each action.
 */
export function PizzaCourierPage() {
  const [queue, refetch] = useQuery<{ deliveryQueue: QueuedDelivery[] }>({ query: DELIVERY_QUEUE });
  const [delivering, markDelivered] = useMutation(MARK_DELIVERED);
  const [canceling, cancelReturn] = useMutation(CANCEL_REFUND_DELIVERY);
  const [completing, completeReturn] = useMutation(COMPLETE_REFUND_DELIVERY);
  const refresh = () => refetch({ requestPolicy: "network-only" });
  useRefreshOnReconnect(refresh);
  const busy = delivering.fetching || canceling.fetching || completing.fetching;

  const [error, act] = useAction(refresh);

  const list = queue.data?.deliveryQueue ?? [];
  return (
    <section aria-labelledby="delivery-queue">
      <h2 id="delivery-queue">Pizza deliveries</h2>
      <button type="button" data-testid="deliveries-refresh" onClick={refresh} disabled={queue.fetching}>
        Refresh
      </button>
      {queue.error && <p role="alert">{messageOf(queue.error)}</p>}
      {error && (
        <p role="alert" className="error" data-testid="courier-error">
          {error}
        </p>
      )}
      {list.length === 0 ? (
        <p data-testid="no-deliveries">Nothing to deliver or bring back.</p>
      ) : (
        <table data-testid="delivery-queue">
          <thead>
            <tr>
              <th>Order</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.id} data-testid={`delivery-${d.order.id}`}>
                <td>
                  {d.order.lines.map((l) => `${l.quantity} × ${l.name}`).join(", ")} — {amount(d.order.amount)}
                </td>
                <td>{d.status === "REFUNDED" ? "return run (refund)" : "on its way"}</td>
                <td>
                  {d.status === "DELIVERING" && (
                    <button type="button" data-testid={`deliver-${d.order.id}`} disabled={busy} onClick={() => act(() => markDelivered({ id: d.id }))}>
                      Delivered
                    </button>
                  )}
                  {d.status === "REFUNDED" && (
                    <>
                      <button type="button" data-testid={`return-complete-${d.order.id}`} disabled={busy} onClick={() => act(() => completeReturn({ id: d.id }))}>
                        Brought back
                      </button>
                      <button type="button" data-testid={`return-cancel-${d.order.id}`} disabled={busy} onClick={() => act(() => cancelReturn({ id: d.id }))}>
                        Cancel return run
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
