import { describe, expect, it } from "vitest";
import { caseRows, casesBySystem, type MyCases } from "./me.ts";

const nobody: MyCases = { id: "u1", registrations: [], courseOrders: [], pizzaOrders: [], ticketReservations: [], vaccinationBookings: [], certificateApplications: [] };

describe("the Me screen's cases", () => {
  it("given cases in several systems, then one row each, newest first, with the payment where the case has one", () => {
    const rows = caseRows({
      ...nobody,
      registrations: [{ id: "r1", status: "PAID", registeredAt: "2031-01-01T10:00:00.000Z", lecture: { title: "Graphs 101" }, payment: { status: "COMPLETED" } }],
      pizzaOrders: [
        {
          id: "p1",
          status: "PAID",
          amount: 1800,
          placedAt: "2031-01-03T10:00:00.000Z",
          lines: [{ name: "Margherita", quantity: 2 }],
          payment: { status: "COMPLETED" },
          delivery: { status: "DELIVERING" },
        },
      ],
      ticketReservations: [{ id: "t1", date: "2031-01-05", status: "ALLOCATED", reservedAt: "2031-01-02T10:00:00.000Z" }],
    });
    expect(rows.map((r) => [r.system, r.caseId, r.title, r.status, r.paymentStatus, r.detail])).toEqual([
      ["Pizza", "p1", "2 × Margherita", "PAID", "COMPLETED", "delivery DELIVERING"],
      ["Parking", "t1", "Parking ticket for 2031-01-05", "ALLOCATED", null, null],
      ["Course registration", "r1", "Graphs 101", "PAID", "COMPLETED", null],
    ]);
    expect(rows.map((r) => r.paid)).toEqual([true, false, true]);
  });

  it("given a pizza order not paid yet, then it is paid for with no payment status yet", () => {
    const [row] = caseRows({
      ...nobody,
      pizzaOrders: [{ id: "p1", status: "PLACED", amount: 900, placedAt: "2031-01-01T10:00:00.000Z", lines: [], payment: null, delivery: null }],
    });
    expect(row).toMatchObject({ paid: true, paymentStatus: null, title: "a pizza order", detail: null });
  });

  it("given a certificate application, then it opens its booking's case and shows the certificate once issued", () => {
    const rows = caseRows({
      ...nobody,
      vaccinationBookings: [{ id: "b1", date: "2031-02-01", vaccineName: "Novavax", status: "INJECTED", bookedAt: "2031-01-01T10:00:00.000Z" }],
      certificateApplications: [{ id: "a1", bookingId: "b1", vaccineName: "Novavax", status: "ISSUED", appliedAt: "2031-02-02T10:00:00.000Z", certificate: { number: "VC-2031-000001" } }],
    });
    expect(rows.map((r) => [r.id, r.caseId, r.status, r.detail])).toEqual([
      ["a1", "b1", "ISSUED", "certificate VC-2031-000001"],
      ["b1", "b1", "INJECTED", null],
    ]);
  });

  it("given a course order, then its learning's status is beside the order's", () => {
    const rows = caseRows({
      ...nobody,
      courseOrders: [{ id: "o1", orderNumber: "CO-2031-000001", courseTitle: "TypeScript", status: "ORDERED", orderedAt: "2031-01-01T10:00:00.000Z", learning: { status: "IN_PROGRESS" } }],
    });
    expect(rows[0]).toMatchObject({ system: "Online study", title: "TypeScript (CO-2031-000001)", status: "ORDERED", detail: "learning IN_PROGRESS", paid: false });
    expect(casesBySystem(rows)).toEqual([
      ["Course registration", 0],
      ["Online study", 1],
      ["Pizza", 0],
      ["Parking", 0],
      ["Vaccination", 0],
    ]);
  });

  it("given no case, then no row", () => {
    expect(caseRows(nobody)).toEqual([]);
  });
});
