import { changedBy, defineLiveStatus } from "./define.live.ts";
import { lectureEvents } from "./lectures.ts";

/** A lecture's enrolment count, public like the count itself: anyone may watch it, without a token too. */
export const lectureEnrolmentLiveStatus = defineLiveStatus({
  owner: "lectures",
  entity: {
    type: "Lecture",
    query: "lecture",
    idArgument: "id",
    field: "lecture",
    description: "The lecture as it is now, resolved through the graph.",
  },
  change: {
    type: "LectureEnrolmentChange",
    description: "A lecture's enrolment count changed.",
    fields: { enrolledCount: { type: "Int!", description: "The enrolment count after this change." } },
  },
  sources: [changedBy(lectureEvents.EnrolmentChanged, (e) => ({ id: e.lectureId, ownerId: null, fields: { enrolledCount: e.enrolledCount } }))],
  subscriptions: {
    lectureEnrolmentChanges: { kind: "publicById", argument: "lectureId", description: "Enrolment changes of one lecture (public, like the enrolment count)." },
  },
});
