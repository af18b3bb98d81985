/*
 * The explorer's example operations, one tab per system, shown the first time the explorer
 * opens (GraphiQL keeps the user's own tabs after that). Each tab is a document of named
 * operations: put the cursor in one, or pick it from the run button's list.
 */

export const COURSE_REGISTRATION = `# The supergraph's explorer, served by the router and working offline.
# Sign in above (or paste a token) for operations that need a user;
# subscriptions run over graphql-ws on the same /graphql endpoint.

query OpenLectures {
  lectures(status: OPEN) {
    id
    title
    price
    capacity
    enrolledCount
  }
}
`;

export const PARKING = `# Daily parking tickets. Sign in as an employee (erin@example.com / password123)
# to reserve, as the parking manager (pat@example.com) to deliver; free spaces
# are public (no sign-in). Dates are YYYY-MM-DD, today or later (UTC).

# Public: free spaces of each day, as residents see them.
query FreeParkingSpaces($from: String! = "2030-01-01", $to: String! = "2030-01-07") {
  freeParkingSpaces(from: $from, to: $to) { date capacity occupied freeSpaces }
}

mutation ReserveParkingTicket($date: String! = "2030-01-02") {
  reserveParkingTicket(date: $date) { id date status }
}

# Run it before reserving, in its own tab, to see RESERVED then ALLOCATED or REFUSED_FULL,
# TICKET_DELIVERED and CANCELED pushed; pass a change's cursor as $after to resume.
subscription MyTicketReservationChanges($after: String) {
  myTicketReservationChanges(after: $after) {
    cursor
    status
    reservation { id date status parkingLotId deliveryId employee { name } }
  }
}

# The employee's status screen: one read model in views, kept after cancellation.
query MyParkingReservations {
  myParkingReservations { id date status parkingLotId deliveryId ticketCanceled spaceReleased }
}

mutation CancelTicketReservation($id: ID! = "<reservation id>") {
  cancelTicketReservation(id: $id) { id status }
}

# Parking manager: the tickets to deliver, then deliver one.
query TicketsToDeliver {
  ticketsToDeliver { id date status employee { name } reservation { id } }
}

mutation DeliverTicket($id: ID! = "<ticket delivery id>") {
  deliverTicket(id: $id) { id status }
}
`;

export const ONLINE_STUDY = `# Online study. Sign in as a student (alice@example.com / password123) to order
# and follow "my learning", as the learning manager (lena@example.com) to start
# learning and evaluate. Dates are YYYY-MM-DD, today or later (UTC).

# Public: the course catalog, all of it or by title or code.
query Courses($search: String) {
  courses(search: $search) { id code title durationDays }
}

mutation OrderCourse($courseId: ID! = "<course id>") {
  orderCourse(input: { courseId: $courseId, phoneNumber: "010-1234-5678", beginDate: "2030-01-02", endDate: "2030-02-01" }) {
    id orderNumber status
  }
}

# Run it before ordering, in its own tab, to see AWAITING_MANAGER, IN_PROGRESS,
# interim scores and COMPLETED pushed, with the order's final score; pass a
# change's cursor as $after to resume.
subscription MyLearningChanges($after: String) {
  myLearningChanges(after: $after) {
    cursor
    status
    score
    learning { id status managerName order { orderNumber finalScore } }
  }
}

# The student's "my learning": one read model in views, from the moment of ordering.
query MyLearning {
  myLearning {
    orderNumber courseTitle beginDate endDate orderStatus learningStatus managerName
    interimScores { score note } finalScore canceled
  }
}

query MySmsHistory {
  mySmsHistory { kind address text sentAt caseLabel }
}

mutation CancelCourseOrder($id: ID! = "<course order id>") {
  cancelCourseOrder(id: $id) { id status }
}

# Learning manager: the queue, then start one (it becomes yours) and evaluate it.
query LearningQueue {
  learningQueue { id status orderNumber courseTitle student { name } }
}

mutation StartLearning($learningId: ID! = "<learning record id>") {
  startLearning(input: { learningId: $learningId, managerName: "Lena Learning Manager" }) { id status }
}

mutation RegisterInterimEvaluation($learningId: ID! = "<learning record id>") {
  registerInterimEvaluation(input: { learningId: $learningId, score: 70, note: "a good start" }) { id score }
}

# Records the final score in course-orders first (a sync call): refused, down or
# slow, nothing is stored and the error says so (retryable when it was availability).
mutation RegisterFinalEvaluation($learningId: ID! = "<learning record id>") {
  registerFinalEvaluation(input: { learningId: $learningId, score: 90 }) { id score }
}
`;

export const EXAMPLE_TABS = [{ query: COURSE_REGISTRATION }, { query: PARKING }, { query: ONLINE_STUDY }];
