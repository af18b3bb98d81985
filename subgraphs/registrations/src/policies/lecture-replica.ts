import { LectureCanceled, LectureOpened } from "@supergraph/contracts/lectures";
import { causedBy, policy } from "@supergraph/platform";
import { cancelRegistration } from "../commands/cancel.ts";
import type { RegistrationsTx } from "../infra/registration-store.ts";

/** Keeps the replica of lectures on offer, so registering never needs the lectures context. */
export const offerLecture = policy({
  name: "offer-lecture",
  from: "lectures",
  event: "LectureOpened",
  schema: LectureOpened,
  async handle(event, tx: RegistrationsTx) {
    const { lectureId, title, price, capacity } = event.data;
    await tx.offeredLecture.upsert({
      where: { id: lectureId },
      create: { id: lectureId, title, price, capacity, status: "OPEN" },
      update: {},
    });
  },
});

/** A canceled lecture stops taking registrations and cancels every live one (saga step). */
export const withdrawLecture = policy({
  name: "withdraw-lecture",
  from: "lectures",
  event: "LectureCanceled",
  schema: LectureCanceled,
  async handle(event, tx: RegistrationsTx, record) {
    const { lectureId } = event.data;
    await tx.$executeRaw`SELECT 1 FROM offered_lecture WHERE id = ${lectureId}::uuid FOR UPDATE`;
    // Known only through this event (LectureOpened not yet applied): keep it as canceled.
    await tx.offeredLecture.upsert({
      where: { id: lectureId },
      create: { id: lectureId, title: "", price: 0, capacity: 0, status: "CANCELED" },
      update: { status: "CANCELED" },
    });
    const live = await tx.registration.findMany({ where: { lectureId, status: { not: "CANCELED" } }, select: { id: true } });
    for (const { id } of live) {
      await cancelRegistration(tx, record, id, { viewer: null, reason: "LECTURE_CANCELED" }, new Date(event.time), causedBy(event));
    }
  },
});
