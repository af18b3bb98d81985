import { randomUUID } from "node:crypto";
import { registrationEvents } from "@supergraph/contracts/registrations";
import { DomainError, type EventEnvelope, type Viewer } from "@supergraph/platform";
import { PolicyHarness } from "@supergraph/testkit/policy-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelLecture } from "./commands/cancel-lecture.ts";
import { openLecture } from "./commands/open-lecture.ts";
import { findLectures } from "./infra/lecture-store.ts";
import { countRegistration, uncountRegistration } from "./policies/enrolment.ts";

/** Lectures' commands, store and enrolment policies on real PostgreSQL and NATS. */
describe("lectures", () => {
  let harness: PolicyHarness;
  const instructor: Viewer = { userId: randomUUID(), roles: ["INSTRUCTOR"], token: "" };

  beforeAll(async () => {
    harness = await PolicyHarness.start({ context: "lectures", policies: [countRegistration, uncountRegistration], maxDeliveries: 3 });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  const open = (capacity = 30) => openLecture(harness.transact, instructor.userId, { title: "  Category theory ", price: 12_000, capacity }, new Date());
  const enrolled = async (lectureId: string) => (await findLectures(harness.sql, [lectureId]))[0]?.enrolledCount;
  const registration = (lectureId: string) => {
    const registrationId = randomUUID();
    return { registrationId, lectureId, studentId: randomUUID(), paymentId: randomUUID() };
  };
  const register = (facts: ReturnType<typeof registration>) =>
    harness.publish(registrationEvents.CourseRegistered, { subject: facts.registrationId, data: { ...facts, amount: 12_000 } });
  const cancel = (facts: ReturnType<typeof registration>) =>
    harness.publish(registrationEvents.RegistrationCanceled, { subject: facts.registrationId, data: { ...facts, reason: "STUDENT_CANCELED" } });
  const announced = async (lectureId: string) =>
    (await harness.recorded("EnrolmentChanged")).filter((e) => (e.data as { lectureId: string }).lectureId === lectureId) as EventEnvelope<string, { enrolledCount: number }>[];

  it("opens a lecture: saved with its title trimmed and no enrolment, LectureOpened recorded", async () => {
    const lecture = await open();

    expect(await findLectures(harness.sql, [lecture.id])).toEqual([expect.objectContaining({ id: lecture.id, title: "Category theory", status: "OPEN", enrolledCount: 0 })]);
    const [opened] = (await harness.recorded("LectureOpened")).filter((e) => e.subject === lecture.id);
    expect(opened).toMatchObject({ correlationid: lecture.id, data: { lectureId: lecture.id, instructorId: instructor.userId, title: "Category theory", capacity: 30 } });
  });

  it("counts a registration once, announces the count caused by the registration event, and a redelivery changes nothing", async () => {
    const lecture = await open();
    const facts = registration(lecture.id);
    const registered = await register(facts);
    await harness.waitForRow("the enrolment counted", `SELECT enrolled_count FROM lecture WHERE id = $1`, [lecture.id], (r: { enrolled_count: number }) => r.enrolled_count === 1);

    await harness.redeliver(registered);
    await harness.settled();

    expect(await enrolled(lecture.id)).toBe(1);
    const changes = await announced(lecture.id);
    expect(changes.map((e) => e.data.enrolledCount)).toEqual([1]);
    expect(changes[0]).toMatchObject({ causationid: registered.id, correlationid: registered.correlationid, subject: lecture.id });
  });

  it("counts concurrent registrations of one lecture each once, and uncounts a canceled one", async () => {
    const lecture = await open();
    const all = Array.from({ length: 12 }, () => registration(lecture.id));
    await Promise.all(all.map(register));
    await harness.waitForRow("12 enrolments", `SELECT enrolled_count FROM lecture WHERE id = $1`, [lecture.id], (r: { enrolled_count: number }) => r.enrolled_count === 12);

    await cancel(all[0]!);
    await harness.waitForRow("the canceled one uncounted", `SELECT enrolled_count FROM lecture WHERE id = $1`, [lecture.id], (r: { enrolled_count: number }) => r.enrolled_count === 11);
    await harness.settled();

    expect((await announced(lecture.id)).map((e) => e.data.enrolledCount).sort((a, b) => a - b)).toEqual([...Array.from({ length: 12 }, (_, i) => i + 1), 11].sort((a, b) => a - b));
  });

  it("cancels a lecture: status and time saved, LectureCanceled recorded, a second cancel refused; its registrations are still uncounted", async () => {
    const lecture = await open();
    const facts = registration(lecture.id);
    await register(facts);
    await harness.waitForRow("the enrolment counted", `SELECT enrolled_count FROM lecture WHERE id = $1`, [lecture.id], (r: { enrolled_count: number }) => r.enrolled_count === 1);

    const canceled = await cancelLecture(harness.transact, lecture.id, instructor, new Date());

    expect(canceled).toMatchObject({ status: "CANCELED", canceledAt: expect.any(Date) });
    expect(await findLectures(harness.sql, [lecture.id])).toEqual([expect.objectContaining({ status: "CANCELED", enrolledCount: 1 })]);
    expect((await harness.recorded("LectureCanceled")).filter((e) => e.subject === lecture.id)).toHaveLength(1);
    const again = await cancelLecture(harness.transact, lecture.id, instructor, new Date()).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(DomainError);
    expect((again as DomainError).code).toBe("LECTURE_ALREADY_CANCELED");
    expect((await harness.recorded("LectureCanceled")).filter((e) => e.subject === lecture.id)).toHaveLength(1);

    // Registrations cancels the lecture's registrations in turn; each is uncounted here.
    await harness.publish(registrationEvents.RegistrationCanceled, { subject: facts.registrationId, data: { ...facts, reason: "LECTURE_CANCELED" } });
    await harness.waitForRow("the registration uncounted", `SELECT enrolled_count FROM lecture WHERE id = $1`, [lecture.id], (r: { enrolled_count: number }) => r.enrolled_count === 0);
  });

  it("refuses another instructor's cancel and writes nothing", async () => {
    const lecture = await open();
    const other: Viewer = { userId: randomUUID(), roles: ["INSTRUCTOR"], token: "" };

    const refused = await cancelLecture(harness.transact, lecture.id, other, new Date()).catch((e: unknown) => e);

    expect((refused as DomainError).code).toBe("NOT_LECTURE_OWNER");
    expect(await findLectures(harness.sql, [lecture.id])).toEqual([expect.objectContaining({ status: "OPEN", canceledAt: null })]);
  });

  it("retries a registration for a lecture it does not know, then dead-letters it (counted nowhere)", async () => {
    const unknownLecture = randomUUID();
    const registered = await register(registration(unknownLecture));

    const [dead] = await harness.waitForRow<{ consumer: string; event_id: string; reason: string }>(
      "the registration dead-lettered",
      `SELECT consumer, event_id, reason FROM platform_dead_letter WHERE event_id = $1`,
      [registered.id],
    ).then((row) => [row]);

    expect(dead).toMatchObject({ consumer: "lectures-count-registration", reason: expect.stringContaining("lecture not known yet") });
    expect(await findLectures(harness.sql, [unknownLecture])).toEqual([]);
  });
});
