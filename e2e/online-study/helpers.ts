import { type SignedIn, type Stack, waitFor } from "@supergraph/testkit";
import { EVALUATION_SHEET, LEARNING_OF_ORDER, MY_SMS, ORDER_COURSE, REGISTER_FINAL, REGISTER_INTERIM, START_LEARNING } from "./operations.ts";

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

// --- evaluations and notifications (S2) ---

export interface Evaluation {
  id: string;
  learningId: string;
  orderId: string;
  kind: string;
  score: number;
  note: string;
  status: string;
  manager: { id: string };
}

export interface EvaluationSheet {
  id: string;
  status: string;
  evaluations: Evaluation[];
  finalEvaluation: { id: string; score: number } | null;
  manager: { id: string } | null;
  [field: string]: unknown;
}

export interface Sms {
  id: string;
  kind: string;
  address: string;
  text: string;
  caseId: string;
  caseLabel: string | null;
  requestedBy: string;
  status: string;
  failedAttempts: number;
  sentAt: string | null;
  recipient: { id: string };
}

/** Orders a course as `student` and has `manager` start its learning: the order and the learning id. */
export async function orderAndStart(stack: Stack, student: SignedIn, manager: SignedIn): Promise<{ order: CourseOrder; learningId: string }> {
  const order = await ordered(stack, student);
  const learning = await learningOf(stack, student, order.id);
  const res = await startLearning(stack, manager, learning.id);
  if (!res.data?.startLearning) throw new Error(`startLearning failed: ${JSON.stringify(res.errors)}`);
  return { order, learningId: learning.id };
}

/** The learning's evaluation sheet as `reader` sees it, once it is `status` (evaluations opens it on LearningStarted). */
export async function sheetOf(stack: Stack, reader: SignedIn, learningId: string, status = "OPEN", timeoutMs = 30_000): Promise<EvaluationSheet> {
  return waitFor(
    `the evaluation sheet of ${learningId} to be ${status}`,
    async () => {
      const sheet = (await stack.gql(EVALUATION_SHEET, { learningId }, reader.token)).data?.evaluationSheet as EvaluationSheet | null | undefined;
      return sheet?.status === status ? sheet : null;
    },
    timeoutMs,
  );
}

/** Registers an interim evaluation: the whole response. */
export function interim(stack: Stack, manager: SignedIn, learningId: string, score: number, note?: string) {
  return stack.gql<{ registerInterimEvaluation: Evaluation }>(REGISTER_INTERIM, { input: { learningId, score, ...(note !== undefined && { note }) } }, manager.token);
}

/** Registers the final evaluation: the whole response. */
export function final(stack: Stack, manager: SignedIn, learningId: string, score: number) {
  return stack.gql<{ registerFinalEvaluation: Evaluation }>(REGISTER_FINAL, { input: { learningId, score } }, manager.token);
}

/** The signed-in user's SMS history. */
export async function smsHistory(stack: Stack, user: SignedIn): Promise<Sms[]> {
  const res = await stack.gql<{ mySmsHistory: Sms[] }>(MY_SMS, {}, user.token);
  if (!res.data?.mySmsHistory) throw new Error(`mySmsHistory failed: ${JSON.stringify(res.errors)}`);
  return res.data.mySmsHistory;
}

/** The SMS of one order in the user's history, once there are `count` of them. */
export async function smsOfOrder(stack: Stack, user: SignedIn, orderId: string, count: number, timeoutMs = 30_000): Promise<Sms[]> {
  return waitFor(`${count} SMS of order ${orderId}`, async () => {
    const mine = (await smsHistory(stack, user)).filter((s) => s.caseId === orderId);
    return mine.length >= count ? mine : null;
  }, timeoutMs);
}

/** Waits until a context's policy has handled everything published so far (its durable has nothing pending). */
export async function consumed(stack: Stack, context: string, policy: string, timeoutMs = 30_000): Promise<void> {
  const bus = await stack.bus();
  await waitFor(`${context}-${policy} to handle every event`, async () => {
    const info = await bus.jsm.consumers.info(bus.names.stream, bus.names.durable(context, policy));
    return info.num_pending === 0 && info.num_ack_pending === 0;
  }, timeoutMs);
}
