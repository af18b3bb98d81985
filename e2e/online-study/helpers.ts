import { type SignedIn, type Stack, waitFor } from "@supergraph/testkit";
import { LEARNING_OF_ORDER, ORDER_COURSE, START_LEARNING } from "./operations.ts";

/* Online study steps through the router (S2 and S3 append theirs below). */

// --- course-orders and learning (S1) ---

/** A day `n` days from today (UTC), YYYY-MM-DD. */
export const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A course of the seeded catalog (TypeScript Fundamentals, TS-101). */
export const TS101 = "c0a1e001-0000-4000-8000-000000000001";

export interface CourseOrder {
  id: string;
  orderNumber: string;
  status: string;
  phoneNumber: string;
  beginDate: string;
  endDate: string;
  finalScore: number | null;
  [field: string]: unknown;
}

export interface LearningRecord {
  id: string;
  status: string;
  managerName: string | null;
  finalScore: number | null;
  manager?: { id: string } | null;
  [field: string]: unknown;
}

/** Orders `courseId` as `student`: the whole response (errors included). */
export function orderCourse(stack: Stack, student: SignedIn, input: Partial<{ courseId: string; phoneNumber: string; beginDate: string; endDate: string }> = {}) {
  return stack.gql<{ orderCourse: CourseOrder }>(ORDER_COURSE, { input: { courseId: TS101, phoneNumber: "010-1234-5678", beginDate: day(3), endDate: day(13), ...input } }, student.token);
}

/** Orders, or throws with the errors. */
export async function ordered(stack: Stack, student: SignedIn, input: Parameters<typeof orderCourse>[2] = {}): Promise<CourseOrder> {
  const res = await orderCourse(stack, student, input);
  if (!res.data?.orderCourse) throw new Error(`orderCourse failed: ${JSON.stringify(res.errors)}`);
  return res.data.orderCourse;
}

/** The order's learning record, read through the order (course-orders and learning in one query), once it is `status`. */
export async function learningOf(stack: Stack, reader: SignedIn, orderId: string, status = "AWAITING_MANAGER", timeoutMs = 30_000): Promise<LearningRecord> {
  return waitFor(
    `the learning of order ${orderId} to be ${status}`,
    async () => {
      const learning = (await stack.gql(LEARNING_OF_ORDER, { id: orderId }, reader.token)).data?.courseOrder?.learning as LearningRecord | null | undefined;
      return learning?.status === status ? learning : null;
    },
    timeoutMs,
  );
}

/** Starts the learning as `manager` (assigning themselves, or `managerId` as an ADMIN): the whole response. */
export function startLearning(stack: Stack, manager: SignedIn, learningId: string, managerName = "Lena Learning", managerId?: string) {
  return stack.gql<{ startLearning: LearningRecord }>(START_LEARNING, { input: { learningId, managerName, ...(managerId && { managerId }) } }, manager.token);
}
