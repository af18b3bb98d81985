import type { CourseOrderEvent } from "@supergraph/contracts/course-orders";
import type { CommandSpec } from "@supergraph/platform";
import { courseOrderDecider, type CourseOrder, type CourseOrderCommand } from "../domain/course-order.ts";
import { lockCourseOrder, saveCourseOrder } from "../infra/course-order-store.ts";

/** A command on the course order `courseOrderId`: locked while it is decided, saved whole. */
export function onCourseOrder(courseOrderId: string): CommandSpec<CourseOrder, CourseOrderCommand, CourseOrderEvent> {
  return {
    decider: courseOrderDecider,
    load: (tx) => lockCourseOrder(tx, courseOrderId),
    save: (tx, courseOrder) => saveCourseOrder(tx, courseOrder),
  };
}
