import { commandCausation, executeCommand, type Sql, type UnitOfWork } from "@supergraph/platform";
import { TicketDeliveryError, type TicketDelivery } from "../domain/ticket-delivery.ts";
import { findTicketDeliveries } from "../infra/ticket-delivery-store.ts";
import { ticketOfReservation } from "./ticket-of-reservation.ts";

/** The parking manager delivered ticket `deliveryId` (Shipped); refused when it is canceled or delivered already. */
export async function shipTicket(deps: { sql: Sql; transact: UnitOfWork }, deliveryId: string, managerId: string, now: Date): Promise<TicketDelivery> {
  const [found] = await findTicketDeliveries(deps.sql, [deliveryId]);
  if (!found) throw TicketDeliveryError.refuse("TICKET_DELIVERY_NOT_FOUND", "No ticket delivery with that id.");
  const { state } = await executeCommand(deps.transact, ticketOfReservation(found.reservationId), { type: "ShipTicket", managerId }, {
    now,
    causation: commandCausation(found.reservationId),
  });
  return state!;
}
