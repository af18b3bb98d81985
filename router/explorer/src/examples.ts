/*
 * The explorer's example operations, one tab per system and a sixth across them ("One graph"),
 * shown the first time the explorer opens (GraphiQL keeps the user's own tabs after that). Each tab is a document of named
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

# Course registration. Sign in as a student (alice@example.com / password123) to
# register, as an instructor (carol@example.com) to open a lecture. Prices are in cents.

# Run it before registering, in its own tab, to see PAID and CANCELED pushed, with
# fields of lectures and payments in the payload; pass a change's cursor as $after to resume.
subscription MyRegistrationChanges($after: String) {
  myRegistrationChanges(after: $after) {
    cursor
    status
    registration { id lecture { title } payment { status } }
  }
}

# Registers and pays in one step (registrations charges through payments).
mutation RegisterForLecture($lectureId: ID! = "<lecture id>") {
  registerForLecture(lectureId: $lectureId) { id status amount lecture { title } payment { status } }
}

# The student's status screen: one read model in views, kept after cancellation.
query MyRegistrationBoard {
  myRegistrationBoard { id lectureTitle status paymentStatus refund amount }
}

# Cancels and refunds (a compensating step by events: payments refunds, lectures counts down).
mutation CancelRegistration($id: ID! = "<registration id>") {
  cancelRegistration(id: $id) { id status cancellationReason refund }
}

# Instructor: open a lecture, then watch its enrolment count live.
mutation OpenLecture {
  openLecture(input: { title: "Graphs for everyone", price: 4900, capacity: 12 }) { id title status capacity enrolledCount }
}

subscription LectureEnrolmentChanges($lectureId: ID! = "<lecture id>") {
  lectureEnrolmentChanges(lectureId: $lectureId) { cursor enrolledCount lecture { title } }
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

export const VACCINATION = `# Vaccination. Sign in as the customer (cora@example.com / password123) to book,
# apply for the certificate and read "my page"; as the vaccine manager
# (vince@example.com) to register vaccines and add stock, the injection manager
# (ines@example.com) to give injections, the certificate manager (cecil@example.com)
# to issue certificates. Dates are YYYY-MM-DD, today or later (UTC).

query Vaccines {
  vaccines { id name stock booked available }
}

mutation BookVaccination($vaccineId: ID! = "<vaccine id>") {
  bookVaccination(input: { vaccineId: $vaccineId, date: "2030-01-02" }) { id date status vaccineName }
}

# Run these before booking, each in its own tab: BOOKED, INJECTED or CANCELED,
# then APPLIED and ISSUED with the certificate (a field of certificate-issues)
# pushed; pass a change's cursor as $after to resume.
subscription MyVaccinationBookingChanges($after: String) {
  myVaccinationBookingChanges(after: $after) {
    cursor
    status
    booking { id date status vaccine { name booked } injection { status completedAt } }
  }
}

subscription MyCertificateApplicationChanges($after: String) {
  myCertificateApplicationChanges(after: $after) {
    cursor
    status
    certificateNumber
    application { id status booking { id } certificate { number issuedAt } }
  }
}

# My page: one read model in views (bookings, injections, applications, certificates).
query MyVaccinations {
  myVaccinations {
    id date vaccineName status injectionStatus injectedAt
    applications { id status appliedAt canceledAt issueRequested certificate { number issuedAt } }
  }
}

mutation CancelVaccinationBooking($id: ID! = "<booking id>") {
  cancelVaccinationBooking(id: $id) { id status canceledAt }
}

# Once the injection was given (refused INJECTION_NOT_COMPLETED before).
mutation ApplyForCertificate($bookingId: ID! = "<booking id>") {
  applyForCertificate(bookingId: $bookingId) { id status appliedAt }
}

mutation CancelCertificateApplication($id: ID! = "<application id>") {
  cancelCertificateApplication(id: $id) { id status canceledAt }
}

# Vaccine manager.
mutation RegisterVaccine {
  registerVaccine(input: { name: "Novavax", stock: 20 }) { id name stock booked available }
}

mutation AddVaccineStock($id: ID! = "<vaccine id>") {
  addVaccineStock(id: $id, quantity: 10) { id stock booked available }
}

# Injection manager: the injections to give, then give one.
query InjectionsToGive {
  injectionsToGive { id date status customer { name } vaccine { name } booking { id } }
}

mutation CompleteInjection($id: ID! = "<injection id>") {
  completeInjection(id: $id) { id status completedAt booking { id status } }
}

# Certificate manager: the issue requests, then issue one.
query PendingCertificateIssues {
  pendingCertificateIssues { id status requestedAt customer { name } application { id vaccineName } }
}

mutation IssueCertificate($issueId: ID! = "<issue id>") {
  issueCertificate(issueId: $issueId) { id status certificate { number issuedAt } }
}
`;

export const PIZZA = `# Pizza. Sign in as the customer (cora@example.com / password123) to order, pay,
# follow and refund; as the courier (cody@example.com) to deliver and to cancel or
# complete a refund's return run. Amounts are in cents; the menu is public.

query PizzaMenu {
  pizzaMenu { id name description price }
}

mutation PlacePizzaOrder($input: PlacePizzaOrderInput! = { lines: [{ pizzaId: "a0000000-0000-4000-8000-000000000001", quantity: 2 }] }) {
  placePizzaOrder(input: $input) { id status amount lines { name quantity unitPrice } }
}

# Charges the order through payments synchronously (500 ms, behind a breaker):
# PAYMENT_UNAVAILABLE is retryable and leaves the order PLACED.
mutation PayPizzaOrder($id: ID! = "<order id>") {
  payPizzaOrder(id: $id) { id status payment { id status } }
}

# Run these before ordering, each in its own tab, to see PLACED, PAID (or CANCELED);
# DELIVERING, DELIVERED, REFUNDED, RETURNED; and the refund's PENDING, COMPLETED or
# CANCELED pushed, with fields of other subgraphs; pass a change's cursor as $after to resume.
subscription MyPizzaOrderChanges($after: String) {
  myPizzaOrderChanges(after: $after) { cursor status order { id status amount delivery { id status } } }
}

subscription MyDeliveryChanges($after: String) {
  myDeliveryChanges(after: $after) { cursor status delivery { id status order { id amount coupon { code status } } } }
}

subscription MyPizzaRefundChanges($after: String) {
  myPizzaRefundChanges(after: $after) { cursor status refund { id status reason final order { id } } }
}

# The customer's status screen: one read model in views (order, payment, delivery,
# coupon and refund with its reason), kept after cancellation.
query MyPizzaOrderBoard {
  myPizzaOrderBoard {
    id amount status paymentStatus deliveryStatus couponCode couponStatus
    lines { name quantity }
    refund { id status reason }
  }
}

mutation CancelPizzaOrder($id: ID! = "<order id>") {
  cancelPizzaOrder(id: $id) { id status }
}

# Once delivered: the refund first turns the delivery into a return run (a sync call
# to deliveries, 500 ms, behind a breaker); it is final when the courier completes it.
mutation RequestPizzaRefund($input: RequestPizzaRefundInput! = { orderId: "<order id>", reason: "It arrived cold" }) {
  requestPizzaRefund(input: $input) { id status reason }
}

# Courier: deliveries on their way and return runs, then act on one.
query DeliveryQueue {
  deliveryQueue { id status order { id amount lines { name quantity } } }
}

mutation MarkDelivered($id: ID! = "<delivery id>") {
  markDelivered(id: $id) { id status }
}

mutation CompleteRefundDelivery($id: ID! = "<delivery id>") {
  completeRefundDelivery(id: $id) { id status }
}

mutation CancelRefundDelivery($id: ID! = "<delivery id>") {
  cancelRefundDelivery(id: $id) { id status }
}
`;

export const ONE_GRAPH = `# One graph for one person across the five systems. Sign in as sam@example.com /
# password123 (a student, an employee and a customer: cases in every system).

# Composed: identity's User, each owner adding the user's cases as a field of it;
# the gateway plans one fetch per subgraph touched, with fields of other subgraphs too.
query Me {
  me {
    name roles
    registrations { id status lecture { title } payment { status } }
    courseOrders { id orderNumber courseTitle status learning { status } }
    pizzaOrders { id status amount payment { status } delivery { status } }
    ticketReservations { id date status }
    vaccinationBookings { id date vaccineName status }
    certificateApplications { id status certificate { number issuedAt } }
  }
}

# The same screen from the systems' read models in views, in one fetch (eventually consistent).
query MyOverview {
  myOverview {
    courseRegistrations { id lectureTitle status paymentStatus }
    courseOrders { orderNumber courseTitle orderStatus learningStatus }
    pizzaOrders { id status paymentStatus deliveryStatus }
    parkingReservations { id date status }
    vaccinations { id date vaccineName status }
  }
}

# One case across every context (a case id is the id of a registration, course order, pizza
# order, parking reservation or vaccination booking above), in causal order; a parked
# event shows as a notice waiting for an operator.
query CaseTimeline($caseId: ID! = "<case id>") {
  caseTimeline(caseId: $caseId) {
    caseId hasParked
    events { id context type time causedBy parked parkedDetail { consumer eventType reason } }
  }
}

# Run it in its own tab, then act on the case: a push for each batch of its events.
subscription CaseTimelineChanges($caseId: ID! = "<case id>") {
  caseTimelineChanges(caseId: $caseId) { cursor }
}
`;

export const EXAMPLE_TABS = [{ query: COURSE_REGISTRATION }, { query: PARKING }, { query: PIZZA }, { query: ONLINE_STUDY }, { query: VACCINATION }, { query: ONE_GRAPH }];
