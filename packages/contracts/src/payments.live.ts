import { changedBy, defineLiveStatus } from "./define.live.ts";
import { paymentEvents } from "./payments.ts";

/** A payment's status, pushed to its payer: COMPLETED when the money was taken, CANCELED when given back. */
export const paymentLiveStatus = defineLiveStatus({
  owner: "payments",
  entity: {
    type: "Payment",
    query: "payment",
    idArgument: "id",
    field: "payment",
    description: "The payment as it is now, resolved through the graph.",
  },
  change: {
    type: "PaymentStatusChange",
    description: "A payment moved to a new status.",
    fields: { status: { type: "PaymentStatus!", description: "The status the payment moved to with this change." } },
  },
  sources: [
    changedBy(paymentEvents.PaymentCompleted, (e) => ({ id: e.paymentId, ownerId: e.payerId, fields: { status: "COMPLETED" } })),
    changedBy(paymentEvents.PaymentCanceled, (e) => ({ id: e.paymentId, ownerId: e.payerId, fields: { status: "CANCELED" } })),
  ],
  subscriptions: {
    paymentChanges: { kind: "byId", argument: "id", description: "Status changes of one payment: yours, or any as ADMIN." },
  },
});
