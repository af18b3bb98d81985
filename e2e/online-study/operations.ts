/** The online study operations the e2e tests send through the router, as a client would (S2 and S3 append theirs below). */

// --- course-orders and learning (S1) ---
const ORDER_FIELDS = `id orderNumber status courseCode courseTitle phoneNumber orderedAt beginDate endDate finalScore finalScoreRecordedAt canceledAt`;
const LEARNING_FIELDS = `id status orderNumber courseTitle managerName interimEvaluations lastInterimScore finalScore openedAt startedAt completedAt canceledAt`;

export const COURSE_SEARCH = `query($search: String) { courses(search: $search) { id code title durationDays } }`;
export const ORDER_COURSE = `mutation($input: OrderCourseInput!) { orderCourse(input: $input) { ${ORDER_FIELDS} course { id code title } student { id } } }`;
export const CANCEL_ORDER = `mutation($id: ID!) { cancelCourseOrder(id: $id) { id status canceledAt } }`;
export const ORDER_BY_ID = `query($id: ID!) { courseOrder(id: $id) { ${ORDER_FIELDS} learning { id status managerName } } }`;
export const MY_ORDERS = `query { myCourseOrders { id orderNumber status } }`;
export const LEARNING_BY_ID = `query($id: ID!) { learningRecord(id: $id) { ${LEARNING_FIELDS} manager { id } student { id } order { id orderNumber status finalScore } } }`;
export const MY_LEARNING_RECORDS = `query { myLearningRecords { id status order { id } } }`;
export const LEARNING_QUEUE = `query { learningQueue { id status orderNumber order { id } manager { id } } }`;
export const START_LEARNING = `mutation($input: StartLearningInput!) { startLearning(input: $input) { ${LEARNING_FIELDS} manager { id } } }`;
export const LEARNING_OF_ORDER = `query($id: ID!) { courseOrder(id: $id) { id status finalScore learning { ${LEARNING_FIELDS} manager { id } } } }`;

// --- evaluations and notifications (S2) ---
const EVALUATION_FIELDS = `id learningId orderId kind score note status registeredAt manager { id }`;
export const EVALUATION_SHEET = `query($learningId: ID!) { evaluationSheet(learningId: $learningId) { id learningId orderId status openedAt canceledAt student { id } manager { id } evaluations { ${EVALUATION_FIELDS} } finalEvaluation { id score } } }`;
export const EVALUATIONS = `query($learningId: ID!) { evaluations(learningId: $learningId) { ${EVALUATION_FIELDS} } }`;
export const REGISTER_INTERIM = `mutation($input: RegisterInterimEvaluationInput!) { registerInterimEvaluation(input: $input) { ${EVALUATION_FIELDS} } }`;
export const REGISTER_FINAL = `mutation($input: RegisterFinalEvaluationInput!) { registerFinalEvaluation(input: $input) { ${EVALUATION_FIELDS} } }`;
/** The learning with its sheet (learning's and evaluations' fields in one query). */
export const LEARNING_WITH_SHEET = `query($id: ID!) { learningRecord(id: $id) { id status finalScore evaluationSheet { id status finalEvaluation { id score } } } }`;
const SMS_FIELDS = `id channel address kind text caseId caseLabel requestedBy status failedAttempts lastError requestedAt sentAt recipient { id }`;
export const MY_SMS = `query { mySmsHistory { ${SMS_FIELDS} } }`;
export const SMS_OF = `query($userId: ID!) { smsHistory(userId: $userId) { ${SMS_FIELDS} } }`;
