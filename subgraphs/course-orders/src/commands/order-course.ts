import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, isUuid, runCommand, type UnitOfWork } from "@supergraph/platform";
import type { CourseOrder } from "../domain/course-order.ts";
import { orderNumberOf } from "../domain/order-input.ts";
import { findCourses } from "../infra/course-store.ts";
import { nextOrderSeq } from "../infra/course-order-store.ts";
import { onCourseOrder } from "./course-order.ts";

export interface OrderCourseInput {
  readonly courseId: string;
  readonly phoneNumber: string;
  readonly beginDate: string;
  readonly endDate: string;
}

/**
 * Orders a course for `studentId`. The order number takes the next value of the order
 * sequence inside the transaction (a refused order leaves a gap in the numbers, never a duplicate).
 */
export async function orderCourse(transact: UnitOfWork, studentId: string, input: OrderCourseInput, now: Date): Promise<CourseOrder> {
  const orderId = randomUUID();
  return transact(async (tx, record) => {
    const [course] = isUuid(input.courseId) ? await findCourses(tx, [input.courseId]) : [];
    const orderNumber = orderNumberOf(now.getUTCFullYear(), await nextOrderSeq(tx));
    const { state } = await runCommand(
      tx,
      record,
      { ...onCourseOrder(orderId), load: async () => null },
      {
        type: "OrderCourse", orderId, orderNumber, studentId, course: course ?? null, ...input,
        today: now.toISOString().slice(0, 10), orderedAt: now.toISOString(),
      },
      { now, causation: commandCausation(orderId) },
    );
    return state!;
  });
}

/** Cancels the order: its own student's (an ADMIN: any); learning and evaluations follow by events. */
export async function cancelCourseOrder(transact: UnitOfWork, orderId: string, by: { userId: string; byAdmin: boolean }, now: Date): Promise<CourseOrder> {
  const { state } = await executeCommand(
    transact,
    onCourseOrder(orderId),
    { type: "CancelCourseOrder", byUserId: by.userId, byAdmin: by.byAdmin, canceledAt: now.toISOString() },
    { now, causation: commandCausation(orderId) },
  );
  return state!;
}
