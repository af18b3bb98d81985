import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { courseOrderDecider, type CourseOrder } from "../domain/course-order.ts";
import { saveCourseOrder } from "../infra/course-order-store.ts";

export interface RequestCourseOrderInput {
  readonly title: string;
}

/** Requests a new course order for `ownerId`; the confirm-course-order policy confirms it once CourseOrderRequested is published. */
export async function requestCourseOrder(transact: UnitOfWork, ownerId: string, input: RequestCourseOrderInput, now: Date): Promise<CourseOrder> {
  const courseOrderId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: courseOrderDecider, load: async () => null, save: (tx, courseOrder) => saveCourseOrder(tx, courseOrder) },
    { type: "RequestCourseOrder", courseOrderId, ownerId, ...input },
    { now, causation: commandCausation(courseOrderId) },
  );
  return state!;
}
