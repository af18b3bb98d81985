import { defineEvents } from "@supergraph/contracts/define";
import { changedBy, defineLiveStatus } from "@supergraph/contracts/define.live";
import { paymentRequests } from "@supergraph/contracts/payments";
import { registrationEvents } from "@supergraph/contracts/registrations";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LIVE_STATUS } from "@supergraph/contracts/catalog.live";
import { envelope, type Viewer } from "@supergraph/platform";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LIVE_FIELDS, liveFields, notFound, sourceKey, type Change, type LiveField } from "./catalog.ts";

const registrationId = "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d";
const lectureId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
const paymentId = "6f1c1f9e-2f0e-4c44-9a55-0c1d2e3f4a5b";
const studentId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const instructorId = "7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918";

const owner: Viewer = { userId: studentId, roles: ["STUDENT"], token: "t-owner" };
const stranger: Viewer = { userId: "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", roles: ["STUDENT"], token: "t-stranger" };
const admin: Viewer = { userId: "11111111-1111-4111-8111-111111111111", roles: ["ADMIN"], token: "t-admin" };

const live = (name: string): LiveField => LIVE_FIELDS.find((f) => f.field === name)!;
const event = (context: string, type: string, data: object) => envelope(context, { type, subject: "s", data }, { correlationId: "c", causationId: "c" });

/** The change `field` makes of an event, with the stream's cursor and time. */
function changeOf(name: string, context: string, type: string, data: object): Change | null {
  const e = event(context, type, data);
  const partial = live(name).sources[sourceKey(e)]?.(e);
  return partial ? { ...partial, cursor: "1", occurredAt: e.time } : null;
}

const registrationData = { registrationId, lectureId, studentId, paymentId };

describe("the live fields", () => {
  it("given router/live.graphql, then every subscription field has an entry", () => {
    expect(LIVE_FIELDS.map((f) => f.field).sort()).toEqual([
      "lectureEnrolmentChanges",
      "myRegistrationChanges",
      "myTicketReservationChanges",
      "paymentChanges",
      "registrationChanges",
      "ticketReservationChanges",
      "myVaccinationBookingChanges",
      "vaccinationBookingChanges",
      "myCertificateApplicationChanges",
      "certificateApplicationChanges",
      "myPizzaOrderChanges",
      "pizzaOrderChanges",
      "myDeliveryChanges",
      "myLearningChanges",
      "learningChanges",
      "myPizzaRefundChanges",
      "myCouponChanges",
      "couponChanges",
      "caseTimelineChanges",
    ].sort());
  });

  it("given an event from /contexts/<context>, then its source key is <context>.<type>", () => {
    expect(sourceKey(event("registrations", "RegistrationPaid", registrationData))).toBe("registrations.RegistrationPaid");
  });
});

describe.each(["myRegistrationChanges", "registrationChanges"])("%s", (name) => {
  it.each([
    ["RegistrationPaid", "PAID"],
    ["RegistrationCanceled", "CANCELED"],
  ])("given %s, then the registration moved to %s, owned by its student", (type, status) => {
    expect(changeOf(name, "registrations", type, registrationData)).toMatchObject({ entityId: registrationId, ownerId: studentId, fields: { status } });
  });

  it("given CourseRegistered, then there is no change of its own: the registration's first change is PAID, from RegistrationPaid of the same transaction", () => {
    expect(live(name).sources["registrations.CourseRegistered"]).toBeUndefined();
  });

  it("given RegistrationAbandoned, then there is no change (no registration was made)", () => {
    expect(live(name).sources["registrations.RegistrationAbandoned"]).toBeUndefined();
  });

  it("given its entity, then the registration is fetched with the owner's token", () => {
    expect(live(name).entity).toEqual({ field: "registration", query: "registration", idArgument: "id" });
    expect(live(name).visibility).toBe("owner");
  });
});

describe("who sees a registration's changes", () => {
  const change = changeOf("registrationChanges", "registrations", "RegistrationPaid", registrationData)!;

  it("given myRegistrationChanges, then only its student receives it, not even an admin", () => {
    const mine = live("myRegistrationChanges");

    expect([owner, stranger, admin].map((viewer) => mine.matches(change, {}, viewer))).toEqual([true, false, false]);
  });

  it("given registrationChanges for that id, then its student and an admin receive it, another student does not", () => {
    const one = live("registrationChanges");

    expect([owner, stranger, admin].map((viewer) => one.matches(change, { id: registrationId }, viewer))).toEqual([true, false, true]);
  });

  it("given an anonymous subscriber (no token), then neither owned subscription delivers to it", () => {
    expect([live("myRegistrationChanges").matches(change, {}, null), live("registrationChanges").matches(change, { id: registrationId }, null)]).toEqual([false, false]);
  });

  it("given registrationChanges for another id, then nobody receives it", () => {
    expect(live("registrationChanges").matches(change, { id: "other" }, admin)).toBe(false);
  });
});

describe("paymentChanges", () => {
  const paymentData = { paymentId, reference: registrationId, purpose: "COURSE_REGISTRATION", payerId: studentId, amount: 12_000 };

  it.each([
    ["PaymentCompleted", "COMPLETED"],
    ["PaymentCanceled", "CANCELED"],
  ])("given %s, then the payment moved to %s, owned by its payer", (type, status) => {
    expect(changeOf("paymentChanges", "payments", type, paymentData)).toMatchObject({ entityId: paymentId, ownerId: studentId, fields: { status } });
  });

  it("given a registration event, then it is not a payment change", () => {
    expect(changeOf("paymentChanges", "registrations", "RegistrationPaid", registrationData)).toBeNull();
  });

  it("given a change for that payment, then its payer and an admin receive it, another user does not, nor a subscriber to another payment", () => {
    const field = live("paymentChanges");
    const change = changeOf("paymentChanges", "payments", "PaymentCompleted", paymentData)!;

    expect([owner, stranger, admin].map((viewer) => field.matches(change, { id: paymentId }, viewer))).toEqual([true, false, true]);
    expect(field.matches(change, { id: "other" }, owner)).toBe(false);
    expect(field.entity).toEqual({ field: "payment", query: "payment", idArgument: "id" });
  });
});

describe("lectureEnrolmentChanges", () => {
  const field = live("lectureEnrolmentChanges");
  const change = changeOf("lectureEnrolmentChanges", "lectures", "EnrolmentChanged", { lectureId, instructorId, enrolledCount: 3 })!;

  it("given EnrolmentChanged, then the lecture's count changed and the change is public", () => {
    expect(change).toMatchObject({ entityId: lectureId, ownerId: null, fields: { enrolledCount: 3 } });
    expect(field.visibility).toBe("public");
    expect(field.entity).toEqual({ field: "lecture", query: "lecture", idArgument: "id" });
  });

  it("given a subscriber to that lecture, whoever they are, then they receive it; a subscriber to another lecture does not", () => {
    expect([owner, stranger, admin, null].map((viewer) => field.matches(change, { lectureId }, viewer))).toEqual([true, true, true, true]);
    expect(field.matches(change, { lectureId: "other" }, owner)).toBe(false);
  });

  it("given other lecture events, then they are not enrolment changes", () => {
    expect(changeOf("lectureEnrolmentChanges", "lectures", "LectureOpened", { lectureId })).toBeNull();
    expect(changeOf("lectureEnrolmentChanges", "lectures", "LectureCanceled", { lectureId, instructorId })).toBeNull();
  });
});

describe("subscribing to one entity", () => {
  it("given each subscription, then those by id name their argument and the entity's NOT_FOUND refusal; mine has none", () => {
    expect(Object.fromEntries(LIVE_FIELDS.map((f) => [f.field, f.subject ?? null]))).toMatchObject({
      myRegistrationChanges: null,
      registrationChanges: { argument: "id", notFound: { code: "REGISTRATION_NOT_FOUND", message: "No registration with that id." } },
      paymentChanges: { argument: "id", notFound: { code: "PAYMENT_NOT_FOUND", message: "No payment with that id." } },
      lectureEnrolmentChanges: { argument: "lectureId", notFound: { code: "LECTURE_NOT_FOUND", message: "No lecture with that id." } },
    });
  });

  it("given an entity type of several words, then its refusal names it as the owners do", () => {
    expect(notFound("TicketReservation")).toEqual({ code: "TICKET_RESERVATION_NOT_FOUND", message: "No ticket reservation with that id." });
  });

  // The owner's own refusal (cancelRegistration's REGISTRATION_NOT_FOUND) and the subscription's must agree.
  it("given the NOT_FOUND codes the owners' SDLs name for their entities, then each is its subscription's refusal", () => {
    const named = LIVE_STATUS.flatMap(({ owner, entity }) => {
      const sdl = readFileSync(join(import.meta.dirname, "../../../subgraphs", owner, "schema.graphql"), "utf8");
      const codes = new Set(sdl.match(/\b[A-Z_]+_NOT_FOUND\b/g) ?? []);
      return [...codes].filter((code) => code.replace(/_NOT_FOUND$/, "").replace(/_/g, "") === entity.type.toUpperCase()).map((code) => [entity.type, code]);
    });

    expect(named).toEqual(expect.arrayContaining([["Registration", "REGISTRATION_NOT_FOUND"], ["Lecture", "LECTURE_NOT_FOUND"]]));
    expect(named.filter(([type, code]) => notFound(type!).code !== code)).toEqual([]);
  });
});

describe("routing", () => {
  const paymentData = { paymentId, reference: registrationId, purpose: "COURSE_REGISTRATION", payerId: studentId, amount: 12_000 };
  const cases: [string, Change, Record<string, unknown>[]][] = [
    ["myRegistrationChanges", changeOf("myRegistrationChanges", "registrations", "RegistrationPaid", registrationData)!, [{}]],
    ["registrationChanges", changeOf("registrationChanges", "registrations", "RegistrationPaid", registrationData)!, [{ id: registrationId }, { id: "other" }]],
    ["paymentChanges", changeOf("paymentChanges", "payments", "PaymentCompleted", paymentData)!, [{ id: paymentId }, { id: "other" }]],
    ["lectureEnrolmentChanges", changeOf("lectureEnrolmentChanges", "lectures", "EnrolmentChanged", { lectureId, instructorId, enrolledCount: 1 })!, [{ lectureId }, { lectureId: "other" }]],
  ];

  it.each(cases)("given %s, then every subscriber receiving a change is on the change's route, and some are not", (name, change, argsList) => {
    const field = live(name);
    const pairs = argsList.flatMap((args) => [owner, stranger, admin].map((viewer) => ({ args, viewer })));
    const receiving = pairs.filter(({ args, viewer }) => field.matches(change, args, viewer));

    expect(receiving.length).toBeGreaterThan(0);
    expect(receiving.every(({ args, viewer }) => field.route(args, viewer) === field.changeRoute(change))).toBe(true);
    expect(pairs.some(({ args, viewer }) => field.route(args, viewer) !== field.changeRoute(change))).toBe(true);
  });
});

describe("a context's own declaration", () => {
  // A made-up system: nothing in the router names it, yet its subscriptions are served.
  const ticketEvents = defineEvents("parking", {
    TicketBought: z.object({ ticketId: z.uuid(), driverId: z.uuid(), zone: z.string() }),
    TicketExpired: z.object({ ticketId: z.uuid(), driverId: z.uuid() }),
  });
  const tickets = defineLiveStatus({
    owner: "parking",
    entity: { type: "ParkingTicket", query: "parkingTicket", idArgument: "id", field: "ticket", description: "The ticket as it is now." },
    change: { type: "ParkingTicketChange", description: "A ticket changed.", fields: { status: { type: "TicketStatus!", description: "Its new status." } } },
    sources: [
      changedBy(ticketEvents.TicketBought, (e) => ({ id: e.ticketId, ownerId: e.driverId, fields: { status: "VALID" } })),
      changedBy(ticketEvents.TicketExpired, (e) => ({ id: e.ticketId, ownerId: e.driverId, fields: { status: "EXPIRED" } })),
    ],
    subscriptions: {
      myTicketChanges: { kind: "mine", description: "Mine." },
      ticketChanges: { kind: "byId", argument: "id", description: "One." },
    },
  });
  const [mine, one] = liveFields([tickets]);
  const ticketId = "1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b";
  const expired = envelope("parking", { type: "TicketExpired", subject: ticketId, data: { ticketId, driverId: studentId } }, { correlationId: "c", causationId: "c" });

  it("given a declaration of a new system, then its subscriptions are live fields fed by its events, with its entity query", () => {
    expect([mine!.field, one!.field]).toEqual(["myTicketChanges", "ticketChanges"]);
    expect(Object.keys(mine!.sources)).toEqual(["parking.TicketBought", "parking.TicketExpired"]);
    expect(mine!.sources[sourceKey(expired)]!(expired)).toEqual({ entityId: ticketId, ownerId: studentId, fields: { status: "EXPIRED" } });
    expect(one!.entity).toEqual({ field: "ticket", query: "parkingTicket", idArgument: "id" });
  });

  it("given its kinds, then mine reaches the owner only and by id the owner or an admin", () => {
    const change = { ...mine!.sources[sourceKey(expired)]!(expired)!, cursor: "1", occurredAt: expired.time };

    expect([owner, stranger, admin].map((viewer) => mine!.matches(change, {}, viewer))).toEqual([true, false, false]);
    expect([owner, stranger, admin].map((viewer) => one!.matches(change, { id: ticketId }, viewer))).toEqual([true, false, true]);
    expect([mine!.visibility, one!.visibility]).toEqual(["owner", "owner"]);
  });

  it("given a subscription of a kind with the wrong arguments, then the declaration is refused", () => {
    expect(() => defineLiveStatus({ ...tickets, subscriptions: { ticketChanges: { kind: "byId", description: "No id." } } })).toThrow("ticketChanges: a byId subscription needs id argument");
    expect(() => defineLiveStatus({ ...tickets, subscriptions: { myTicketChanges: { kind: "mine", argument: "id", description: "An id." } } })).toThrow("myTicketChanges: a mine subscription takes no id argument");
  });

  it("given another context's event, then the owner may not declare it: each context declares its own", () => {
    const foreign = changedBy(registrationEvents.RegistrationPaid, (e) => ({ id: e.registrationId, ownerId: e.studentId, fields: { status: "VALID" } }));

    expect(() => defineLiveStatus({ ...tickets, sources: [foreign] })).toThrow("ParkingTicket changes by registrations's RegistrationPaid: its owner parking declares only its own events");
  });

  it("given a request event (any publisher), then it changes no entity", () => {
    expect(() => changedBy(paymentRequests.PaymentCancellationRequested, () => ({ id: "x", ownerId: null, fields: {} }))).toThrow("PaymentCancellationRequested is a request event");
  });
});
