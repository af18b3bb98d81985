import { lectureEvents } from "@supergraph/contracts/lectures";
import { inResponseTo, on, policy } from "@supergraph/platform";
import { cancelRegistration } from "../commands/cancel.ts";
import { liveRegistrationsOf, offer, withdraw } from "../infra/registration-store.ts";

/** Keeps the replica of lectures on offer, so registering never needs the lectures context. */
export const offerLecture = policy("offer-lecture", on(lectureEvents.LectureOpened), {
  async handle(event, tx) {
    const { lectureId, title, price, capacity } = event.data;
    await offer(tx, { id: lectureId, title, price, capacity });
  },
});

/** A canceled lecture stops taking registrations and cancels every live one (saga step). */
export const withdrawLecture = policy("withdraw-lecture", on(lectureEvents.LectureCanceled), {
  async handle(event, tx, record) {
    const { lectureId } = event.data;
    await withdraw(tx, lectureId);
    for (const id of await liveRegistrationsOf(tx, lectureId)) {
      await cancelRegistration(tx, record, id, { viewer: null, reason: "LECTURE_CANCELED" }, inResponseTo(event));
    }
  },
});
