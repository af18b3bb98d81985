import { courseOrderEvents } from "@supergraph/contracts/course-orders";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onCourseOrder } from "../commands/course-order.ts";

/**
 * A requested course order is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmCourseOrder = policy("confirm-course-order", on(courseOrderEvents.CourseOrderRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onCourseOrder(event.data.courseOrderId), { type: "ConfirmCourseOrder" }, inResponseTo(event));
  },
});
