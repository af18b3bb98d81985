import { useEffect, useState, type FormEvent } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import { useAction } from "./action.ts";
import { amount, messageOf } from "./format.ts";
import { useRefreshOnReconnect } from "./live.ts";
import {
  CANCEL_PIZZA_ORDER,
  MY_COUPON_CHANGES,
  MY_DELIVERY_CHANGES,
  MY_PIZZA_ORDER_BOARD,
  MY_PIZZA_ORDER_CHANGES,
  MY_PIZZA_REFUND_CHANGES,
  PAY_PIZZA_ORDER,
  PIZZA_MENU,
  PLACE_PIZZA_ORDER,
  REQUEST_PIZZA_REFUND,
  type CouponChange,
  type DeliveryChange,
  type Pizza,
  type PizzaOrderChange,
  type PizzaOrderRow,
  type PizzaRefundChange,
} from "./pizza-operations.ts";
import { CaseLink } from "./timeline.tsx";
import { boardBehind, canCancel, canPay, canRefund, noLiveOrders, showOrders, withCouponChange, withDeliveryChange, withOrderChange, withRefundChange, type LiveOrders } from "./pizza-orders.ts";

/** How soon the status screen is read again while it trails what the live changes showed. */
const BOARD_CATCH_UP_MS = 1_000;

/** A customer: order from the menu, pay, cancel, follow each order live, ask for a refund with a reason. */
export function PizzaCustomerPage() {
  const [board, refetch] = useQuery<{ myPizzaOrderBoard: PizzaOrderRow[] }>({ query: MY_PIZZA_ORDER_BOARD });
  const refresh = () => refetch({ requestPolicy: "network-only" });
  const [live, setLive] = useState<LiveOrders>(noLiveOrders);
  const [orderChanges] = useSubscription<{ myPizzaOrderChanges: PizzaOrderChange }>({ query: MY_PIZZA_ORDER_CHANGES });
  const [deliveryChanges] = useSubscription<{ myDeliveryChanges: DeliveryChange }>({ query: MY_DELIVERY_CHANGES });
  const [refundChanges] = useSubscription<{ myPizzaRefundChanges: PizzaRefundChange }>({ query: MY_PIZZA_REFUND_CHANGES });
  const [couponChanges] = useSubscription<{ myCouponChanges: CouponChange }>({ query: MY_COUPON_CHANGES });
  useEffect(() => {
    if (orderChanges.data) setLive((l) => withOrderChange(l, orderChanges.data!.myPizzaOrderChanges));
  }, [orderChanges.data]);
  useEffect(() => {
    if (deliveryChanges.data) setLive((l) => withDeliveryChange(l, deliveryChanges.data!.myDeliveryChanges));
  }, [deliveryChanges.data]);
  useEffect(() => {
    if (refundChanges.data) setLive((l) => withRefundChange(l, refundChanges.data!.myPizzaRefundChanges));
  }, [refundChanges.data]);
  useEffect(() => {
    if (couponChanges.data) setLive((l) => withCouponChange(l, couponChanges.data!.myCouponChanges));
  }, [couponChanges.data]);
  const [placed, setPlaced] = useState<PizzaOrderRow[]>([]);
  useRefreshOnReconnect(refresh);

  const rows = board.data?.myPizzaOrderBoard ?? [];
  const orders = showOrders(rows, placed, live);
  // Views applies each event a moment after it was pushed: read the board again until it holds what is shown.
  const behind = boardBehind(rows, orders);
  useEffect(() => {
    if (!behind || board.fetching) return;
    const timer = setTimeout(refresh, BOARD_CATCH_UP_MS);
    return () => clearTimeout(timer);
  }, [behind, board.fetching, board.data]);

  const liveError = orderChanges.error ?? deliveryChanges.error ?? refundChanges.error ?? couponChanges.error;
  return (
    <>
      <PizzaOrderForm onPlaced={(o) => setPlaced((p) => [...p, o])} />
      <section aria-labelledby="my-pizza-orders">
        <h2 id="my-pizza-orders">My pizza orders</h2>
        {board.error && <p role="alert">{messageOf(board.error)}</p>}
        {liveError && <p role="alert">Live updates stopped: {messageOf(liveError)}</p>}
        {orders.length === 0 ? <p>None yet.</p> : orders.map((o) => <PizzaOrderCard key={o.id} order={o} onChanged={refresh} />)}
      </section>
    </>
  );
}

/** The menu with a quantity per pizza type (0 to 20); ordering places the lines with a quantity. */
function PizzaOrderForm({ onPlaced }: { onPlaced(order: PizzaOrderRow): void }) {
  const [menu] = useQuery<{ pizzaMenu: Pizza[] }>({ query: PIZZA_MENU });
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [placing, place] = useMutation<{ placePizzaOrder: { id: string; status: PizzaOrderRow["status"]; amount: number } }>(PLACE_PIZZA_ORDER);
  const [message, setMessage] = useState<string | null>(null);
  const pizzas = menu.data?.pizzaMenu ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const chosen = pizzas.filter((p) => (quantities[p.id] ?? 0) > 0);
    const result = await place({ input: { lines: chosen.map((p) => ({ pizzaId: p.id, quantity: quantities[p.id] })) } });
    if (result.error) setMessage(messageOf(result.error));
    else if (result.data) {
      const o = result.data.placePizzaOrder;
      const now = new Date().toISOString();
      onPlaced({
        id: o.id,
        lines: chosen.map((p) => ({ pizzaId: p.id, name: p.name, quantity: quantities[p.id]!, unitPrice: p.price })),
        amount: o.amount,
        status: o.status,
        placedAt: now,
        paymentStatus: null,
        deliveryId: null,
        deliveryStatus: null,
        couponCode: null,
        couponStatus: null,
        refund: null,
        updatedAt: now,
      });
      setQuantities({});
      setMessage(`Ordered: ${amount(o.amount)} to pay.`);
    }
  }

  return (
    <section aria-labelledby="pizza-menu">
      <h2 id="pizza-menu">Order pizza</h2>
      {menu.error && <p role="alert">{messageOf(menu.error)}</p>}
      <form onSubmit={submit}>
        <table className="pizza-menu" data-testid="pizza-menu">
          <tbody>
            {pizzas.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td className="pizza-description">{p.description}</td>
                <td>{amount(p.price)}</td>
                <td>
                  <input
                    aria-label={`${p.name} quantity`}
                    data-testid={`pizza-quantity-${p.name}`}
                    type="number"
                    min={0}
                    max={20}
                    value={quantities[p.id] ?? 0}
                    onChange={(e) => setQuantities((q) => ({ ...q, [p.id]: Number(e.target.value) }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" data-testid="pizza-order" disabled={placing.fetching}>
          Order
        </button>
      </form>
      {message && <p data-testid="pizza-order-message">{message}</p>}
    </section>
  );
}

/** One order with its statuses and what the customer may still do with it. */
function PizzaOrderCard({ order: o, onChanged }: { order: PizzaOrderRow; onChanged(): void }) {
  const [paying, pay] = useMutation(PAY_PIZZA_ORDER);
  const [canceling, cancel] = useMutation(CANCEL_PIZZA_ORDER);
  const [refunding, refund] = useMutation(REQUEST_PIZZA_REFUND);
  const [reason, setReason] = useState("");
  const [error, act] = useAction(onChanged);
  const busy = paying.fetching || canceling.fetching || refunding.fetching;

  async function submitRefund(event: FormEvent) {
    event.preventDefault();
    await act(() => refund({ input: { orderId: o.id, reason } }));
  }

  return (
    <article className="pizza-order" data-testid={`pizza-order-${o.id}`}>
      <p>
        {o.lines.map((l) => `${l.quantity} × ${l.name}`).join(", ")} — {amount(o.amount)}
      </p>
      <dl className="pizza-statuses">
        <dt>Order</dt>
        <dd data-testid={`pizza-status-${o.id}`}>{o.status}</dd>
        <dt>Payment</dt>
        <dd data-testid={`pizza-payment-${o.id}`}>{o.paymentStatus ?? "—"}</dd>
        <dt>Delivery</dt>
        <dd data-testid={`pizza-delivery-${o.id}`}>{o.deliveryStatus ?? "—"}</dd>
        <dt>Coupon</dt>
        <dd data-testid={`pizza-coupon-${o.id}`}>{o.couponStatus ? `${o.couponCode ?? ""} ${o.couponStatus}`.trim() : "—"}</dd>
        <dt>Refund</dt>
        <dd data-testid={`pizza-refund-${o.id}`}>{o.refund ? `${o.refund.status}: ${o.refund.reason ?? ""}` : "—"}</dd>
      </dl>
      {error && (
        <p role="alert" className="error" data-testid={`pizza-error-${o.id}`}>
          {error}
        </p>
      )}
      <div className="pizza-actions">
        {canPay(o) && (
          <button type="button" data-testid={`pizza-pay-${o.id}`} disabled={busy} onClick={() => act(() => pay({ id: o.id }))}>
            Pay
          </button>
        )}
        {canCancel(o) && (
          <button type="button" data-testid={`pizza-cancel-${o.id}`} disabled={busy} onClick={() => act(() => cancel({ id: o.id }))}>
            Cancel
          </button>
        )}
        {canRefund(o) && (
          <form className="inline-form" onSubmit={submitRefund}>
            <input data-testid={`pizza-refund-reason-${o.id}`} placeholder="Reason for the refund" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} required />
            <button type="submit" data-testid={`pizza-refund-request-${o.id}`} disabled={busy}>
              Ask for a refund
            </button>
          </form>
        )}
        <CaseLink caseId={o.id} testId={`pizza-what-happened-${o.id}`} />
      </div>
    </article>
  );
}
