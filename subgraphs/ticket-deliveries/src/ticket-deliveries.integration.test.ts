/**
 * The ticket-deliveries context on real PostgreSQL and real NATS: the lot's Occupied makes one
 * ticket however often it is delivered, the manager delivers it once, and the cancel-delivery
 * answer is idempotent, also when it comes before the ticket was made.
 */
import { randomUUID } from "node:crypto";
import { parkingLotEvents } from "@supergraph/contracts/parking-lots";
import { PolicyHarness, type PolicyDeps } from "@supergraph/testkit/policy-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelDeliveryAnswer } from "./commands/cancel-delivery.ts";
import { shipTicket } from "./commands/ship-ticket.ts";
import { ticketsToDeliver } from "./infra/ticket-delivery-store.ts";
import { createDelivery } from "./policies/create-delivery.ts";

let harness: PolicyHarness;
let deps: PolicyDeps;

beforeAll(async () => {
  harness = await PolicyHarness.start({
    context: "ticket-deliveries",
    policies: (given) => {
      deps = given;
      return [createDelivery];
    },
  });
});
afterAll(() => harness?.stop());

const date = "2031-04-01";
const facts = () => ({ reservationId: randomUUID(), parkingLotId: randomUUID(), employeeId: randomUUID(), date });
const occupy = (f: ReturnType<typeof facts>) => harness.publish(parkingLotEvents.Occupied, { subject: f.reservationId, data: { ...f, capacity: 5, occupied: 1 } });
const ticketOf = async (reservationId: string) =>
  (await harness.rows<{ id: string; status: string }>(`SELECT id, status::text AS status FROM ticket_delivery WHERE reservation_id = $1::uuid`, reservationId))[0];
const eventsOf = async (reservationId: string) => (await harness.recorded()).filter((e) => e.subject === reservationId).map((e) => e.type);

describe("ticket-deliveries", () => {
  it("makes one ticket to deliver per allocated reservation, however often Occupied is delivered", async () => {
    const f = facts();
    const occupied = await occupy(f);
    await harness.waitForRow("the ticket", `SELECT 1 FROM ticket_delivery WHERE reservation_id = $1::uuid`, [f.reservationId]);
    await harness.redeliver(occupied);
    await harness.settled();
    expect(await eventsOf(f.reservationId)).toEqual(["TicketDeliveryCreated"]);
    expect((await ticketsToDeliver(harness.sql, date)).filter((t) => t.reservationId === f.reservationId)).toHaveLength(1);
  });

  it("delivers a ticket once (Shipped), then refuses to deliver it again", async () => {
    const f = facts();
    await occupy(f);
    const ticket = await harness.waitForRow<{ id: string }>("the ticket", `SELECT id FROM ticket_delivery WHERE reservation_id = $1::uuid`, [f.reservationId]);
    const managerId = randomUUID();
    await expect(shipTicket({ sql: harness.sql, transact: deps.transact }, ticket.id, managerId, new Date())).resolves.toMatchObject({ status: "SHIPPED", shippedBy: managerId });
    await expect(shipTicket({ sql: harness.sql, transact: deps.transact }, ticket.id, managerId, new Date())).rejects.toMatchObject({ code: "TICKET_ALREADY_DELIVERED" });
    expect(await eventsOf(f.reservationId)).toEqual(["TicketDeliveryCreated", "Shipped"]);
  });

  it("cancels a ticket once however often the lot calls, and it leaves the manager's list", async () => {
    const f = facts();
    await occupy(f);
    const ticket = await harness.waitForRow<{ id: string }>("the ticket", `SELECT id FROM ticket_delivery WHERE reservation_id = $1::uuid`, [f.reservationId]);
    const cancel = cancelDeliveryAnswer({ sql: harness.sql, transact: deps.transact, clock: () => new Date() });
    const answers = await Promise.all([cancel(f), cancel(f), cancel(f)]);
    expect(answers).toEqual(Array.from({ length: 3 }, () => ({ deliveryId: ticket.id, status: "CANCELED" })));
    expect(await eventsOf(f.reservationId)).toEqual(["TicketDeliveryCreated", "DeliveryCanceled"]);
    // Answered only once DeliveryCanceled is in the stream, so the lot's Vacated comes after it.
    expect(await harness.rows(`SELECT 1 FROM platform_outbox WHERE payload->>'subject' = $1 AND payload->>'type' = 'DeliveryCanceled' AND published_at IS NULL`, f.reservationId)).toEqual([]);
    expect((await ticketsToDeliver(harness.sql, date)).some((t) => t.reservationId === f.reservationId)).toBe(false);
  });

  it("cancels in advance a ticket whose Occupied has not come yet, so none is made after", async () => {
    const f = facts();
    const cancel = cancelDeliveryAnswer({ sql: harness.sql, transact: deps.transact, clock: () => new Date() });
    const answer = await cancel(f);
    await occupy(f);
    await harness.settled();
    expect(await ticketOf(f.reservationId)).toEqual({ id: answer.deliveryId, status: "CANCELED" });
    expect(await eventsOf(f.reservationId)).toEqual(["DeliveryCanceled"]);
  });

  it("refuses a malformed cancel request with INVALID_CANCEL_DELIVERY", async () => {
    const cancel = cancelDeliveryAnswer({ sql: harness.sql, transact: deps.transact, clock: () => new Date() });
    await expect(cancel({ reservationId: "nope" })).rejects.toMatchObject({ code: "INVALID_CANCEL_DELIVERY" });
  });
});
