import { randomUUID } from "node:crypto";
import { CancelDeliveryRequest, type CancelDeliveryResult } from "@supergraph/contracts/ticket-deliveries";
import { commandCausation, executeCommand, type Sql, type UnitOfWork } from "@supergraph/platform";
import { TicketDeliveryError } from "../domain/ticket-delivery.ts";
import { cancellationUnpublished } from "../infra/ticket-delivery-store.ts";
import { ticketOfReservation } from "./ticket-of-reservation.ts";

/** How long an answer waits for its DeliveryCanceled to reach the stream before it gives up (the caller retries). */
const PUBLISH_WAIT_MS = 2_000;

export interface CancelDeliveryDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
  readonly courierLatencyMs?: number;
}

/**
 * The sync call `ticket-deliveries.cancelDelivery`, idempotent by reservation id: the first call
 * cancels the ticket (DeliveryCanceled), every later one answers the same canceled ticket. It
 * answers once its DeliveryCanceled is in the stream (the relay publishes it just after the
 * commit), so the lot's Vacated, recorded after the answer, always comes after it there; an
 * answer that cannot wait so long is not given, and the lot asks again. The courier confirms
 * after `courierLatencyMs`: an answer later than the lot's timeout is retried by the lot and
 * cancels nothing twice.
 */
export function cancelDeliveryAnswer({ sql, transact, clock, courierLatencyMs = 0 }: CancelDeliveryDeps) {
  return async function cancelDelivery(payload: unknown): Promise<CancelDeliveryResult> {
    const parsed = CancelDeliveryRequest.safeParse(payload);
    if (!parsed.success) {
      throw TicketDeliveryError.refuse("INVALID_CANCEL_DELIVERY", `Invalid cancel-delivery request: ${parsed.error.issues[0]?.message ?? "malformed"}.`);
    }
    const request = parsed.data;
    const { state } = await executeCommand(
      transact,
      ticketOfReservation(request.reservationId),
      { type: "CancelDelivery", deliveryId: randomUUID(), ...request },
      { now: clock(), causation: commandCausation(request.reservationId) },
    );
    if (courierLatencyMs > 0) await new Promise((resolve) => setTimeout(resolve, courierLatencyMs));
    const deadline = Date.now() + PUBLISH_WAIT_MS;
    while (await cancellationUnpublished(sql, request.reservationId)) {
      if (Date.now() > deadline) throw new Error(`DeliveryCanceled of ${request.reservationId} not published within ${PUBLISH_WAIT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return { deliveryId: state!.id, status: "CANCELED" };
  };
}
