import { randomUUID } from "node:crypto";
import { courseOrderEvents } from "@supergraph/contracts/course-orders";
import { inResponseTo, on, policy, RetryLater, runCommand } from "@supergraph/platform";
import { onLearningRecord } from "../commands/learning-record.ts";
import { lockLearningRecord } from "../infra/learning-record-store.ts";

/** A course ordered: its learning record, AWAITING_MANAGER, once however often the event comes (one record per order). */
export const openLearning = policy("open-learning", on(courseOrderEvents.CourseOrdered), {
  async handle(event, tx, record) {
    const { orderId, orderNumber, studentId, phoneNumber, courseTitle, orderedAt } = event.data;
    const command = { type: "OpenLearning", learningId: randomUUID(), orderId, orderNumber, studentId, phoneNumber, courseTitle, openedAt: orderedAt } as const;
    await runCommand(tx, record, onLearningRecord({ orderId }), command, inResponseTo(event));
  },
});

/** A course order canceled: its learning is canceled (the saga's step; evaluations follow LearningCanceled). */
export const cancelLearning = policy("cancel-learning", on(courseOrderEvents.CourseOrderCanceled), {
  async handle(event, tx, record) {
    const { orderId, canceledAt } = event.data;
    // Two consumers: the cancel may be handled before the order's record exists here.
    if (!(await lockLearningRecord(tx, { orderId }))) throw new RetryLater(`the learning of order ${orderId} is not opened yet`);
    await runCommand(tx, record, onLearningRecord({ orderId }), { type: "CancelLearning", canceledAt }, inResponseTo(event));
  },
});
