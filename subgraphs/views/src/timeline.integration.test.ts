import { randomUUID } from "node:crypto";
import { paymentEvents } from "@supergraph/contracts/payments";
import { platformEvents } from "@supergraph/contracts/platform";
import { registrationEvents } from "@supergraph/contracts/registrations";
import { viewsEvents } from "@supergraph/contracts/views";
import { causedBy, commandCausation, envelope, type EventEnvelope, type RecordEvents } from "@supergraph/platform";
import { PolicyHarness } from "@supergraph/testkit/policy-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseTimeline } from "./infra/timeline-rows.ts";
import { timelinePolicies } from "./policies/timeline.ts";

/** Views' case timeline: its anyEvent policy and store on real PostgreSQL and NATS. */
describe("views: the case timeline", () => {
  let harness: PolicyHarness;

  beforeAll(async () => {
    harness = await PolicyHarness.start({ context: "views", policies: timelinePolicies });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  const timelinePolicy = () => timelinePolicies.find((p) => p.name === "case-timeline")!;
  /** The CaseTimelineChanged notices views recorded for a case, in order. */
  const notices = async (caseId: string) => (await harness.recorded(viewsEvents.CaseTimelineChanged.type)).filter((e) => e.correlationid === caseId);
  const stored = async (caseId: string) => (await harness.rows<{ n: number }>(`SELECT count(*)::int AS n FROM case_timeline_event WHERE case_id = $1`, caseId))[0]!.n;

  it("keeps each context's events of a case in causal order with what caused them, its owner from their data, and notifies the case", async () => {
    const [registrationId, lectureId, studentId, paymentId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const registering = commandCausation(registrationId);
    const facts = { registrationId, lectureId, studentId, paymentId };
    const registered = await harness.publish(registrationEvents.CourseRegistered, { subject: registrationId, data: { ...facts, amount: 1200 }, causation: registering });
    const paid = await harness.publish(registrationEvents.RegistrationPaid, { subject: registrationId, data: facts, causation: registering });
    const canceled = await harness.publish(registrationEvents.RegistrationCanceled, {
      subject: registrationId,
      data: { ...facts, reason: "STUDENT_CANCELED" },
      causation: commandCausation(registrationId),
    });
    const refunded = await harness.publish(paymentEvents.PaymentCanceled, {
      subject: paymentId,
      data: { paymentId, reference: registrationId, purpose: "COURSE_REGISTRATION", payerId: studentId, amount: 1200, reason: "STUDENT_CANCELED" },
      causation: causedBy(canceled),
    });
    await harness.settled();

    const timeline = await caseTimeline(harness.sql, registrationId);
    expect(timeline).toMatchObject({ caseId: registrationId, ownerId: studentId, hasParked: false });
    expect(timeline!.events.map((e) => [e.context, e.type, e.causedBy])).toEqual([
      ["registrations", "CourseRegistered", null],
      ["registrations", "RegistrationPaid", null],
      ["registrations", "RegistrationCanceled", null],
      ["payments", "PaymentCanceled", canceled.id],
    ]);
    expect(timeline!.events.map((e) => e.id)).toEqual([registered.id, paid.id, canceled.id, refunded.id]);
    expect(timeline!.events[3]).toMatchObject({ subject: paymentId, causationId: canceled.id, time: new Date(refunded.time), parkedDetail: null });

    const sent = await notices(registrationId);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    for (const n of sent) {
      expect(n.source).toBe("/contexts/views");
      expect(n.data).toMatchObject({ caseId: registrationId, ownerId: studentId });
      expect(n.causationid).toBe((n.data as { eventId: string }).eventId);
    }
    expect(sent.at(-1)!.data).toEqual({ caseId: registrationId, ownerId: studentId, eventId: refunded.id, eventType: "PaymentCanceled", context: "payments" });
    // Views' own notices went through the same consumer and were not kept.
    expect((await harness.rows(`SELECT 1 FROM case_timeline_event WHERE type = 'CaseTimelineChanged'`)).length).toBe(0);
  });

  it("stores a batch in one go, each event once, one notice per case it touched with the case's owner, and orders a reaction stamped before its cause after it", async () => {
    const [caseA, caseB, customerA, customerB] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const t = Date.parse("2031-05-06T10:00:00.000Z");
    const at = (ms: number) => new Date(t + ms);
    const placedA = envelope("pizza-orders", { type: "PizzaOrderPlaced", subject: caseA, data: { orderId: caseA, customerId: customerA } }, commandCausation(caseA), at(0));
    // Stamped by another context's clock, a second behind: still after its cause.
    const chargedA = envelope("payments", { type: "PaymentCompleted", subject: randomUUID(), data: { payerId: customerA } }, causedBy(placedA), at(-1_000));
    const paidA = envelope("pizza-orders", { type: "PizzaOrderPaid", subject: caseA, data: { orderId: caseA, customerId: customerA } }, causedBy(chargedA), at(50));
    const lateA = envelope("coupons", { type: "CouponIssued", subject: randomUUID(), data: { customerId: customerA } }, commandCausation(caseA), at(20));
    const startedB = envelope("deliveries", { type: "DeliveryStarted", subject: randomUUID(), data: { orderId: caseB } }, commandCausation(caseB), at(0));
    const ownNotice = envelope(
      "views",
      { type: viewsEvents.CaseTimelineChanged.type, subject: caseA, data: { caseId: caseA, ownerId: customerA, eventId: placedA.id, eventType: "PizzaOrderPlaced", context: "pizza-orders" } },
      causedBy(placedA),
    );
    const recordedNow: EventEnvelope[] = [];
    const handleBatch = (events: EventEnvelope[]) =>
      harness.transact(async (tx, record) => {
        const keep: RecordEvents = async (es, causation) => {
          const envelopes = await record(es, causation);
          recordedNow.push(...envelopes);
          return envelopes;
        };
        await timelinePolicy().handleMany!(events as never, tx, keep);
      });

    await handleBatch([placedA, chargedA, startedB, ownNotice, lateA, paidA]);

    expect(recordedNow.map((e) => e.correlationid).sort()).toEqual([caseA, caseB].sort());
    const byCase = new Map(recordedNow.map((e) => [e.correlationid, e]));
    // The latest of each case's events in the batch, and its owner (none of B's events names one yet).
    expect(byCase.get(caseA)!.data).toEqual({ caseId: caseA, ownerId: customerA, eventId: paidA.id, eventType: "PizzaOrderPaid", context: "pizza-orders" });
    expect(byCase.get(caseA)!.causationid).toBe(paidA.id);
    expect(byCase.get(caseB)!.data).toEqual({ caseId: caseB, ownerId: null, eventId: startedB.id, eventType: "DeliveryStarted", context: "deliveries" });
    expect(await stored(caseA)).toBe(4);

    const timelineA = await caseTimeline(harness.sql, caseA);
    expect(timelineA!.events.map((e) => e.id)).toEqual([placedA.id, chargedA.id, lateA.id, paidA.id]);
    expect(timelineA!.events.map((e) => e.causedBy)).toEqual([null, placedA.id, null, chargedA.id]);

    // The same batch again (a redelivery past the inbox): nothing stored, nobody notified.
    recordedNow.length = 0;
    await handleBatch([placedA, chargedA, startedB, lateA, paidA]);
    expect(recordedNow).toEqual([]);
    expect(await stored(caseA)).toBe(4);

    // B's owner comes with a later event; the notice and the timeline name them from then on.
    const deliveredB = envelope("deliveries", { type: "PizzaDelivered", subject: startedB.subject, data: { orderId: caseB, customerId: customerB } }, causedBy(startedB), at(100));
    await handleBatch([deliveredB, startedB]);
    expect(recordedNow.map((e) => e.data)).toEqual([{ caseId: caseB, ownerId: customerB, eventId: deliveredB.id, eventType: "PizzaDelivered", context: "deliveries" }]);
    expect(await caseTimeline(harness.sql, caseB)).toMatchObject({ ownerId: customerB, events: [{ id: startedB.id }, { id: deliveredB.id, causedBy: startedB.id }] });
  });

  it("drops an event delivered twice: stored once, notified once", async () => {
    const [registrationId, studentId] = [randomUUID(), randomUUID()];
    const abandoned = await harness.publish(registrationEvents.RegistrationAbandoned, {
      subject: registrationId,
      data: { registrationId, lectureId: randomUUID(), studentId },
    });
    await harness.settled();
    await harness.redeliver(abandoned);
    await harness.settled();

    expect(await stored(registrationId)).toBe(1);
    expect((await notices(registrationId)).map((n) => n.data)).toEqual([
      { caseId: registrationId, ownerId: studentId, eventId: abandoned.id, eventType: "RegistrationAbandoned", context: "registrations" },
    ]);
  });

  it("shows a parked notice with what was parked, and the case waiting until the parking context records something caused by the parked event", async () => {
    const [registrationId, lectureId, studentId, paymentId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const canceled = await harness.publish(registrationEvents.RegistrationCanceled, {
      subject: registrationId,
      data: { registrationId, lectureId, studentId, paymentId, reason: "LECTURE_CANCELED" },
    });
    const parkedData = { consumer: "payments-cancel-payment", eventId: canceled.id, eventType: "RegistrationCanceled", reason: "failed 3 times: refunds are switched off" };
    const parked = await harness.publish(platformEvents.EventParked, { subject: registrationId, data: parkedData, causation: causedBy(canceled), from: "payments" });
    await harness.settled();

    const waiting = await caseTimeline(harness.sql, registrationId);
    expect(waiting).toMatchObject({ ownerId: studentId, hasParked: true });
    expect(waiting!.events.map((e) => [e.type, e.context, e.causedBy, e.parkedDetail])).toEqual([
      ["RegistrationCanceled", "registrations", null, null],
      ["EventParked", "payments", canceled.id, parkedData],
    ]);

    // Replayed and parked again: still waiting.
    await harness.publish(platformEvents.EventParked, { subject: registrationId, data: { ...parkedData, reason: "failed 3 times: again" }, causation: causedBy(canceled), from: "payments" });
    await harness.settled();
    expect((await caseTimeline(harness.sql, registrationId))!.hasParked).toBe(true);

    // Replayed once refunds work again: payments records the refund, caused by the parked event.
    const refunded = await harness.publish(paymentEvents.PaymentCanceled, {
      subject: paymentId,
      data: { paymentId, reference: registrationId, purpose: "COURSE_REGISTRATION", payerId: studentId, amount: 900 },
      causation: causedBy(canceled),
    });
    await harness.settled();
    const done = await caseTimeline(harness.sql, registrationId);
    expect(done!.hasParked).toBe(false);
    expect(done!.events.map((e) => e.id)).toEqual([canceled.id, parked.id, expect.any(String), refunded.id]);
  });
});
