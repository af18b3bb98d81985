import type { CourseOrderEvent } from "@supergraph/contracts/course-orders";
import type { CommandSpec } from "@supergraph/platform";
import { courseOrderDecider, type CourseOrder, type CourseOrderCommand } from "../domain/course-order.ts";
import { lockCourseOrder, saveCourseOrder } from "../infra/course-order-store.ts";
import { withSms } from "./sms.ts";

/** A command on the course order `orderId`: locked while it is decided, saved whole, its SMS requested with its events. */
export function onCourseOrder(orderId: string): CommandSpec<CourseOrder, CourseOrderCommand, CourseOrderEvent> {
  return {
    decider: courseOrderDecider,
    load: (tx) => lockCourseOrder(tx, orderId),
    save: (tx, order) => saveCourseOrder(tx, order),
    publish: withSms,
  };
}
