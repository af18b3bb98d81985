import { randomUUID } from "node:crypto";
import { lectureEvents } from "@supergraph/contracts/lectures";
import { paymentEvents } from "@supergraph/contracts/payments";
import { registrationEvents } from "@supergraph/contracts/registrations";
import { PolicyHarness } from "@supergraph/testkit/policy-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolmentBoard, registrationBoard } from "./infra/views-store.ts";
import { courseRegistrationPolicies } from "./policies/course-registration.ts";

/** Views' course-registration read model: its policies and store on real PostgreSQL and NATS. */
describe("views: course registration boards", () => {
  let harness: PolicyHarness;

  beforeAll(async () => {
    harness = await PolicyHarness.start({ context: "views", policies: courseRegistrationPolicies });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  async function openLecture(capacity = 30) {
    const lecture = { lectureId: randomUUID(), instructorId: randomUUID(), title: "Category theory", price: 12_000, capacity };
    await harness.publish(lectureEvents.LectureOpened, { subject: lecture.lectureId, data: lecture });
    return lecture;
  }
  const registrationOf = (lectureId: string) => ({ registrationId: randomUUID(), lectureId, studentId: randomUUID(), paymentId: randomUUID() });
  type Facts = ReturnType<typeof registrationOf>;
  const register = (r: Facts) => harness.publish(registrationEvents.CourseRegistered, { subject: r.registrationId, data: { ...r, amount: 12_000 } });
  const paid = (r: Facts) => harness.publish(registrationEvents.RegistrationPaid, { subject: r.registrationId, data: r });
  const cancel = (r: Facts) => harness.publish(registrationEvents.RegistrationCanceled, { subject: r.registrationId, data: { ...r, reason: "STUDENT_CANCELED" } });
  const payment = (r: Facts, type: "PaymentCompleted" | "PaymentCanceled", purpose: "COURSE_REGISTRATION" | "PIZZA_ORDER" = "COURSE_REGISTRATION") =>
    harness.publish(paymentEvents[type], {
      subject: r.paymentId,
      data: { paymentId: r.paymentId, reference: r.registrationId, purpose, payerId: r.studentId, amount: 12_000 },
    });
  const board = async (r: Facts) => (await registrationBoard(harness.sql, r.studentId)).find((row) => row.id === r.registrationId);
  const enrolment = async (lecture: { lectureId: string; instructorId: string }) =>
    (await enrolmentBoard(harness.sql, lecture.instructorId)).find((row) => row.id === lecture.lectureId);

  it("shows a registration with its lecture's title, paid, its payment completed, and counts it in its lecture's enrolment", async () => {
    const lecture = await openLecture();
    const r = registrationOf(lecture.lectureId);
    await harness.settled();
    await register(r);
    await paid(r);
    await payment(r, "PaymentCompleted");
    await harness.settled();

    expect(await board(r)).toMatchObject({ id: r.registrationId, lectureId: lecture.lectureId, lectureTitle: "Category theory", status: "PAID", paymentId: r.paymentId, paymentStatus: "COMPLETED", refund: null, amount: 12_000, registeredAt: expect.any(Date) });
    expect(await enrolment(lecture)).toMatchObject({ title: "Category theory", capacity: 30, status: "OPEN", enrolledCount: 1 });
  });

  it("a canceled registration is shown canceled with its payment, and uncounted; redelivered events change nothing", async () => {
    const lecture = await openLecture();
    const kept = registrationOf(lecture.lectureId);
    const gone = registrationOf(lecture.lectureId);
    const registered = await register(gone);
    await register(kept);
    await harness.settled();
    expect((await enrolment(lecture))?.enrolledCount).toBe(2);

    const canceled = await cancel(gone);
    await payment(gone, "PaymentCanceled");
    await harness.settled();
    const before = { board: await board(gone), enrolment: await enrolment(lecture) };
    expect(before.board).toMatchObject({ status: "CANCELED", paymentStatus: "CANCELED", refund: "REFUNDED" });
    expect(before.enrolment?.enrolledCount).toBe(1);

    await harness.redeliver(registered);
    await harness.redeliver(canceled);
    await harness.settled();

    expect(await board(gone)).toEqual(before.board);
    expect(await enrolment(lecture)).toEqual(before.enrolment);
  });

  it("events of one registration in any order end in the same row: canceled before registered stays canceled and uncounted", async () => {
    const lecture = await openLecture();
    const r = registrationOf(lecture.lectureId);
    await cancel(r);
    await harness.settled();
    await paid(r);
    await register(r);
    await harness.settled();

    expect(await board(r)).toMatchObject({ status: "CANCELED", paymentStatus: "COMPLETED", refund: "PENDING", lectureTitle: "Category theory", amount: 12_000 });
    expect((await enrolment(lecture))?.enrolledCount).toBe(0);
  });

  it("a registration that comes before its lecture gets the title when the lecture is opened", async () => {
    const lectureId = randomUUID();
    const r = registrationOf(lectureId);
    await register(r);
    await harness.settled();
    expect(await board(r)).toMatchObject({ status: "PAID", paymentStatus: "COMPLETED", lectureTitle: null });

    const instructorId = randomUUID();
    await harness.publish(lectureEvents.LectureOpened, { subject: lectureId, data: { lectureId, instructorId, title: "Topology", price: 0, capacity: 5 } });
    await harness.settled();

    expect(await board(r)).toMatchObject({ lectureTitle: "Topology" });
    expect(await enrolment({ lectureId, instructorId })).toMatchObject({ title: "Topology", status: "OPEN", enrolledCount: 1 });
  });

  it("a registration's row is shown once its CourseRegistered arrived, whatever came first: then every field that event carries is there", async () => {
    const lecture = await openLecture();
    const r = registrationOf(lecture.lectureId);
    await paid(r);
    await payment(r, "PaymentCompleted");
    await harness.settled();
    expect(await harness.rows(`SELECT 1 FROM registration_view WHERE registration_id = $1`, r.registrationId)).toHaveLength(1);
    expect(await board(r)).toBeUndefined();

    await register(r);
    await harness.settled();
    expect(await board(r)).toEqual({
      id: r.registrationId,
      lectureId: lecture.lectureId,
      lectureTitle: "Category theory",
      status: "PAID",
      paymentId: r.paymentId,
      paymentStatus: "COMPLETED",
      refund: null,
      amount: 12_000,
      registeredAt: expect.any(Date),
      updatedAt: expect.any(Date),
    });
  });

  it("a canceled registration's refund is pending until its payment's PaymentCanceled, then refunded", async () => {
    const lecture = await openLecture();
    const r = registrationOf(lecture.lectureId);
    await register(r);
    await cancel(r);
    await harness.settled();
    expect(await board(r)).toMatchObject({ status: "CANCELED", paymentStatus: "COMPLETED", refund: "PENDING" });

    await payment(r, "PaymentCanceled");
    await harness.settled();
    expect(await board(r)).toMatchObject({ status: "CANCELED", paymentStatus: "CANCELED", refund: "REFUNDED" });
  });

  it("a payment canceled before its registration's RegistrationCanceled arrived shows the row canceled, never PAID beside a CANCELED payment", async () => {
    const lecture = await openLecture();
    const r = registrationOf(lecture.lectureId);
    await register(r);
    await harness.settled();
    await payment(r, "PaymentCanceled");
    await harness.settled();
    expect(await board(r)).toMatchObject({ status: "CANCELED", paymentStatus: "CANCELED", refund: "REFUNDED" });
    // The enrolment follows the registration's own event, which always comes.
    expect((await enrolment(lecture))?.enrolledCount).toBe(1);

    await cancel(r);
    await harness.settled();
    expect(await board(r)).toMatchObject({ status: "CANCELED", paymentStatus: "CANCELED", refund: "REFUNDED" });
    expect((await enrolment(lecture))?.enrolledCount).toBe(0);
  });

  it("a lecture's row is on its instructor's board once its LectureOpened arrived, with title, capacity and status", async () => {
    const lectureId = randomUUID();
    const instructorId = randomUUID();
    await harness.publish(lectureEvents.LectureCanceled, { subject: lectureId, data: { lectureId, instructorId } });
    await harness.settled();
    expect(await enrolment({ lectureId, instructorId })).toBeUndefined();

    await harness.publish(lectureEvents.LectureOpened, { subject: lectureId, data: { lectureId, instructorId, title: "Logic", price: 0, capacity: 8 } });
    await harness.settled();
    expect(await enrolment({ lectureId, instructorId })).toEqual({ id: lectureId, instructorId, title: "Logic", capacity: 8, status: "CANCELED", enrolledCount: 0, updatedAt: expect.any(Date) });
  });

  it("counts many registrations of one lecture published at once, each once", async () => {
    const lecture = await openLecture(100);
    const all = Array.from({ length: 40 }, () => registrationOf(lecture.lectureId));
    await Promise.all(all.map(register));
    await Promise.all(all.slice(0, 5).map(cancel));
    await harness.settled();

    expect((await enrolment(lecture))?.enrolledCount).toBe(35);
  });

  it("a canceled lecture is shown canceled, and a late LectureOpened does not reopen it", async () => {
    const lecture = await openLecture();
    const canceled = await harness.publish(lectureEvents.LectureCanceled, { subject: lecture.lectureId, data: { lectureId: lecture.lectureId, instructorId: lecture.instructorId } });
    await harness.settled();
    expect((await enrolment(lecture))?.status).toBe("CANCELED");

    await harness.publish(lectureEvents.LectureOpened, { subject: lecture.lectureId, data: lecture });
    await harness.redeliver(canceled);
    await harness.settled();

    expect((await enrolment(lecture))?.status).toBe("CANCELED");
  });

  it("a payment for another purpose adds no row to the registration board", async () => {
    const r = registrationOf(randomUUID());
    await payment(r, "PaymentCompleted", "PIZZA_ORDER");
    await harness.settled();

    expect(await harness.rows(`SELECT 1 FROM registration_view WHERE registration_id = $1`, r.registrationId)).toEqual([]);
    expect(await harness.deadLetters()).toEqual([]);
  });
});
