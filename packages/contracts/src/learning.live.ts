import { changedBy, defineLiveStatus } from "./define.live.ts";
import { learningEvents } from "./learning.ts";

/**
 * A learning record's status, pushed to its student: AWAITING_MANAGER when the order opened
 * it, IN_PROGRESS when a learning manager started it, an interim score as it stays IN_PROGRESS,
 * COMPLETED with the final score, CANCELED when the order was canceled. Every change comes from
 * learning's own events (it applies evaluations' events and publishes its own).
 */
export const learningLiveStatus = defineLiveStatus({
  owner: "learning",
  entity: {
    type: "LearningRecord",
    query: "learningRecord",
    idArgument: "id",
    field: "learning",
    description: "The learning record as it is now, resolved through the graph.",
  },
  change: {
    type: "LearningStatusChange",
    description: "A learning record moved to a new status or got a score.",
    fields: {
      status: { type: "LearningStatus!", description: "The status the record moved to with this change (the current one may be later)." },
      score: { type: "Int", description: "The score of the evaluation this change applied (interim or final), if it applied one." },
    },
  },
  sources: [
    changedBy(learningEvents.LearningOpened, (e) => ({ id: e.learningId, ownerId: e.studentId, fields: { status: "AWAITING_MANAGER", score: null } })),
    changedBy(learningEvents.LearningStarted, (e) => ({ id: e.learningId, ownerId: e.studentId, fields: { status: "IN_PROGRESS", score: null } })),
    changedBy(learningEvents.LearningEvaluated, (e) => ({ id: e.learningId, ownerId: e.studentId, fields: { status: "IN_PROGRESS", score: e.score } })),
    changedBy(learningEvents.LearningCompleted, (e) => ({ id: e.learningId, ownerId: e.studentId, fields: { status: "COMPLETED", score: e.score } })),
    changedBy(learningEvents.LearningCanceled, (e) => ({ id: e.learningId, ownerId: e.studentId, fields: { status: "CANCELED", score: null } })),
  ],
  subscriptions: {
    myLearningChanges: { kind: "mine", description: "Status changes of the signed-in student's learning records. Needs a token." },
    learningChanges: { kind: "byId", argument: "id", description: "Status changes of one learning record: yours, or any as ADMIN." },
  },
});
