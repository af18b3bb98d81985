import { type SignedIn, type Stack, waitFor } from "@supergraph/testkit";

/*
 * The online study steps S3's end-to-end tests take through the router (order, start, evaluate,
 * cancel, read my learning), each throwing with the errors when refused. The operations are the
 * router's schema's (course-orders, learning, evaluations, notifications, views).
 */

/** A day `n` days from today (UTC), YYYY-MM-DD. */
export const studyDay = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

export interface MyLearningRow {
  id: string;
  orderNumber: string;
  courseTitle: string;
  beginDate: string;
  endDate: string;
  orderStatus: string;
  learningId: string | null;
  learningStatus: string | null;
  managerId: string | null;
  managerName: string | null;
  interimScores: { evaluationId: string; score: number; note: string | null }[];
  finalScore: number | null;
  canceled: boolean;
  canceledAt: string | null;
}

export const MY_LEARNING = `query { myLearning { id orderNumber courseTitle beginDate endDate orderedAt orderStatus learningId learningStatus
  managerId managerName startedAt interimScores { evaluationId score note evaluatedAt } finalScore completedAt canceled canceledAt updatedAt } }`;
export const COURSES = `query($search: String) { courses(search: $search) { id code title } }`;
export const ORDER = `mutation($input: OrderCourseInput!) { orderCourse(input: $input) { id orderNumber status } }`;
export const CANCEL = `mutation($id: ID!) { cancelCourseOrder(id: $id) { id status } }`;
export const COURSE_ORDER = `query($id: ID!) { courseOrder(id: $id) { id orderNumber status finalScore } }`;
export const START = `mutation($input: StartLearningInput!) { startLearning(input: $input) { id status managerName } }`;
export const INTERIM = `mutation($input: RegisterInterimEvaluationInput!) { registerInterimEvaluation(input: $input) { id score } }`;
export const FINAL = `mutation($input: RegisterFinalEvaluationInput!) { registerFinalEvaluation(input: $input) { id score } }`;
export const SMS_HISTORY = `query { mySmsHistory { id kind address text sentAt caseId caseLabel } }`;

async function must<T>(stack: Stack, what: string, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await stack.gql(query, variables, token);
  const value = res.data && Object.values(res.data)[0];
  if (res.errors || !value) throw new Error(`${what} failed: ${JSON.stringify(res.errors)}`);
  return value as T;
}

export const STUDY = {
  /** What a LearningRecord payload selects of its course order (course-orders' fields, through the graph). */
  LEARNING_ORDER_SELECTION: "order { id orderNumber finalScore }",
  orderOfLearning: (learning: Record<string, any>) => learning.order as Record<string, unknown>,

  /** The id of a course of the seeded catalog. */
  async aCourse(stack: Stack, token: string): Promise<string> {
    const courses = await must<{ id: string }[]>(stack, "courses", COURSES, {}, token);
    if (!courses[0]) throw new Error("the course catalog is empty");
    return courses[0].id;
  },
  async order(stack: Stack, student: SignedIn, courseId: string, beginDate: string, endDate: string): Promise<{ id: string; orderNumber: string; status: string }> {
    return must(stack, "orderCourse", ORDER, { input: { courseId, phoneNumber: "010-1234-5678", beginDate, endDate } }, student.token);
  },
  async cancel(stack: Stack, student: SignedIn, orderId: string): Promise<void> {
    await must(stack, "cancelCourseOrder", CANCEL, { id: orderId }, student.token);
  },
  /** The manager assigns themselves, under the name the student sees (Lena Learning unless told). */
  async start(stack: Stack, manager: SignedIn, learningId: string, managerName = "Lena Learning"): Promise<void> {
    // The record is opened by an event: it may not be there at the first try.
    await waitFor(`learning ${learningId} to start`, async () => {
      const res = await stack.gql(START, { input: { learningId, managerName } }, manager.token);
      if (res.errors && !JSON.stringify(res.errors).includes("NOT_FOUND")) throw new Error(`startLearning failed: ${JSON.stringify(res.errors)}`);
      return res.data?.startLearning ?? null;
    });
  },
  async interim(stack: Stack, manager: SignedIn, learningId: string, score: number, note?: string): Promise<string> {
    // The evaluation sheet is opened by LearningStarted: retried while it is not there yet.
    const made = await waitFor(`an interim evaluation of ${learningId}`, async () => {
      const res = await stack.gql(INTERIM, { input: { learningId, score, ...(note !== undefined && { note }) } }, manager.token);
      if (res.errors && !/NOT_FOUND|NOT_IN_PROGRESS|NOT_STARTED/.test(JSON.stringify(res.errors))) throw new Error(`registerInterimEvaluation failed: ${JSON.stringify(res.errors)}`);
      return res.data?.registerInterimEvaluation ?? null;
    });
    return made.id as string;
  },
  async final(stack: Stack, manager: SignedIn, learningId: string, score: number): Promise<string> {
    const made = await must<{ id: string }>(stack, "registerFinalEvaluation", FINAL, { input: { learningId, score } }, manager.token);
    return made.id;
  },
  async myLearning(stack: Stack, student: SignedIn): Promise<MyLearningRow[]> {
    return must(stack, "myLearning", MY_LEARNING, {}, student.token);
  },
  async myLearningRow(stack: Stack, student: SignedIn, orderId: string): Promise<MyLearningRow | undefined> {
    return (await STUDY.myLearning(stack, student)).find((r) => r.id === orderId);
  },
  async courseOrder(stack: Stack, student: SignedIn, orderId: string): Promise<{ id: string; orderNumber: string; status: string; finalScore: number | null }> {
    return must(stack, "courseOrder", COURSE_ORDER, { id: orderId }, student.token);
  },
  async smsHistory(stack: Stack, student: SignedIn): Promise<{ kind: string; address: string; text: string; sentAt: string; caseId: string; caseLabel: string | null }[]> {
    return must(stack, "mySmsHistory", SMS_HISTORY, {}, student.token);
  },
  /** The learning record of an order, read in learning's own outbox (for a test where views is down). */
  async learningIdOfOrder(stack: Stack, orderId: string): Promise<string | null> {
    const rows = await stack.sql<{ id: string }>("learning", "SELECT payload->'data'->>'learningId' AS id FROM platform_outbox WHERE payload->>'type' = 'LearningOpened' AND payload->'data'->>'orderId' = $1", [orderId]);
    return rows[0]?.id ?? null;
  },
};
