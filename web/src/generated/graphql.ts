// Generated from schema/supergraph.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
/** Why a registration was canceled. */
export const CancellationReason = {
  /** The student canceled it. */
  STUDENT_CANCELED: 'STUDENT_CANCELED',
  /** The instructor canceled the lecture. */
  LECTURE_CANCELED: 'LECTURE_CANCELED'
} as const;

export type CancellationReason = typeof CancellationReason[keyof typeof CancellationReason];
/** Business failures of the certificate-applications context, returned as `extensions.code` of an error. */
export const CertificateApplicationsErrorCode = {
  /** No vaccination booking with that id that is yours (malformed, unknown, another customer's, or not known here yet). */
  VACCINATION_BOOKING_NOT_FOUND: 'VACCINATION_BOOKING_NOT_FOUND',
  /** The booking's injection has not been given (or was canceled with its booking); nothing was stored. */
  INJECTION_NOT_COMPLETED: 'INJECTION_NOT_COMPLETED',
  /** Retryable: injections is down, slow or held off by its breaker; nothing was stored. `extensions.retryAfterMs` may say when. */
  INJECTIONS_UNAVAILABLE: 'INJECTIONS_UNAVAILABLE',
  /** Retryable: too many applications at once; nothing was stored. */
  APPLICATIONS_BUSY: 'APPLICATIONS_BUSY',
  /** The injection already has a live (APPLIED or ISSUED) certificate application. */
  APPLICATION_ALREADY_EXISTS: 'APPLICATION_ALREADY_EXISTS',
  /** No certificate application with that id that you may see. */
  CERTIFICATE_APPLICATION_NOT_FOUND: 'CERTIFICATE_APPLICATION_NOT_FOUND',
  /** The certificate was issued: the application can no longer be canceled. */
  APPLICATION_ALREADY_ISSUED: 'APPLICATION_ALREADY_ISSUED',
  /** The application is already canceled. */
  APPLICATION_ALREADY_CANCELED: 'APPLICATION_ALREADY_CANCELED'
} as const;

export type CertificateApplicationsErrorCode = typeof CertificateApplicationsErrorCode[keyof typeof CertificateApplicationsErrorCode];
/** Where a certificate application is: APPLIED, then ISSUED or CANCELED. */
export const CertificateApplicationStatus = {
  /** Applied; the certificate manager has its issue request. */
  APPLIED: 'APPLIED',
  /** The certificate was issued; the application can no longer be canceled. */
  ISSUED: 'ISSUED',
  /** Canceled by the customer before the certificate was issued. */
  CANCELED: 'CANCELED'
} as const;

export type CertificateApplicationStatus = typeof CertificateApplicationStatus[keyof typeof CertificateApplicationStatus];
/** Business failures of the certificate-issues context, returned as `extensions.code` of an error. */
export const CertificateIssuesErrorCode = {
  /** No issue request with that id (malformed or unknown). */
  CERTIFICATE_ISSUE_NOT_FOUND: 'CERTIFICATE_ISSUE_NOT_FOUND',
  /** The application was canceled before the certificate was issued: nothing to issue. */
  ISSUE_REQUEST_CANCELED: 'ISSUE_REQUEST_CANCELED',
  /** The certificate of that request is already issued. */
  CERTIFICATE_ALREADY_ISSUED: 'CERTIFICATE_ALREADY_ISSUED'
} as const;

export type CertificateIssuesErrorCode = typeof CertificateIssuesErrorCode[keyof typeof CertificateIssuesErrorCode];
/** Where an issue request is: REQUESTED, then ISSUED or CANCELED. */
export const CertificateIssueStatus = {
  /** Waiting for the certificate manager. */
  REQUESTED: 'REQUESTED',
  /** The certificate manager issued the certificate. */
  ISSUED: 'ISSUED',
  /** Its application was canceled before the certificate was issued. */
  CANCELED: 'CANCELED'
} as const;

export type CertificateIssueStatus = typeof CertificateIssueStatus[keyof typeof CertificateIssueStatus];
/** Whether a coupon can be used. */
export const CouponStatus = {
  /** Valid: the order was delivered and is not refunded (or its refund was canceled). */
  ISSUED: 'ISSUED',
  /** Revoked: the order has a refund (pending or final). */
  REVOKED: 'REVOKED'
} as const;

export type CouponStatus = typeof CouponStatus[keyof typeof CouponStatus];
/** Business failures of the course-orders context, returned as `extensions.code` of an error. */
export const CourseOrdersErrorCode = {
  /** No course with that id. */
  COURSE_NOT_FOUND: 'COURSE_NOT_FOUND',
  /** No course order with that id (or not yours). */
  COURSE_ORDER_NOT_FOUND: 'COURSE_ORDER_NOT_FOUND',
  /** The phone number is not 8 to 15 digits, optionally after a +. */
  INVALID_PHONE_NUMBER: 'INVALID_PHONE_NUMBER',
  /** A date is not a real YYYY-MM-DD day, the begin date is in the past, or the end date is before the begin date. */
  INVALID_DATES: 'INVALID_DATES',
  /** The order was canceled already. */
  COURSE_ORDER_ALREADY_CANCELED: 'COURSE_ORDER_ALREADY_CANCELED',
  /** The order's final score is recorded: it can no longer be canceled. */
  FINAL_SCORE_RECORDED: 'FINAL_SCORE_RECORDED',
  /** The order was canceled: no final score can be recorded for it (record-final-score call). */
  COURSE_ORDER_CANCELED: 'COURSE_ORDER_CANCELED',
  /** Another evaluation's final score is recorded for the order (record-final-score call). */
  FINAL_SCORE_ALREADY_RECORDED: 'FINAL_SCORE_ALREADY_RECORDED',
  /** The score is not a whole number from 0 to 100 (record-final-score call). */
  INVALID_SCORE: 'INVALID_SCORE',
  /** The record-final-score call's request was malformed. */
  INVALID_RECORD_FINAL_SCORE_REQUEST: 'INVALID_RECORD_FINAL_SCORE_REQUEST'
} as const;

export type CourseOrdersErrorCode = typeof CourseOrdersErrorCode[keyof typeof CourseOrdersErrorCode];
/** Where a course order is in its life. */
export const CourseOrderStatus = {
  /** Ordered: its learning is opened, then started by a learning manager. */
  ORDERED: 'ORDERED',
  /** Canceled by the student; its learning and evaluations are canceled in turn. */
  CANCELED: 'CANCELED'
} as const;

export type CourseOrderStatus = typeof CourseOrderStatus[keyof typeof CourseOrderStatus];
/**
 * Business failures of the deliveries context, returned as `extensions.code` of an error (the
 * first four are also the refusals of the `deliveries.turnIntoRefundDelivery` sync call).
 */
export const DeliveriesErrorCode = {
  /** No delivery with that id (or for that order) that you may see. */
  DELIVERY_NOT_FOUND: 'DELIVERY_NOT_FOUND',
  /** The delivery is not DELIVERED (still on its way, or canceled): it cannot become a refund delivery. */
  DELIVERY_NOT_DELIVERED: 'DELIVERY_NOT_DELIVERED',
  /** Another refund turned the delivery into a refund delivery already. */
  DELIVERY_ALREADY_REFUNDED: 'DELIVERY_ALREADY_REFUNDED',
  /** The delivery was delivered already. */
  DELIVERY_ALREADY_DELIVERED: 'DELIVERY_ALREADY_DELIVERED',
  /** The delivery was canceled with its order. */
  DELIVERY_CANCELED: 'DELIVERY_CANCELED',
  /** The delivery is not a refund delivery (REFUNDED): there is no return run to cancel or complete. */
  DELIVERY_NOT_REFUNDED: 'DELIVERY_NOT_REFUNDED'
} as const;

export type DeliveriesErrorCode = typeof DeliveriesErrorCode[keyof typeof DeliveriesErrorCode];
/** Where a delivery is: DELIVERING -> DELIVERED -> REFUNDED -> RETURNED (or back to DELIVERED); CANCELED before delivery. */
export const DeliveryStatus = {
  /** On its way to the customer. */
  DELIVERING: 'DELIVERING',
  /** Delivered by a courier (again, after a refund delivery was canceled). */
  DELIVERED: 'DELIVERED',
  /** Turned into a refund delivery: the courier is to fetch the pizza back. */
  REFUNDED: 'REFUNDED',
  /** The courier brought the pizza back: the refund is final. */
  RETURNED: 'RETURNED',
  /** The order was canceled before it was delivered. */
  CANCELED: 'CANCELED'
} as const;

export type DeliveryStatus = typeof DeliveryStatus[keyof typeof DeliveryStatus];
/** Where a booking's dose is: RESERVED, then RELEASED (booking canceled or never stored) or CONSUMED (injected). */
export const DoseStatus = {
  /** Reserved by the booking: counted in booked. */
  RESERVED: 'RESERVED',
  /** Released: the booking was canceled, or never stored; a reservation arriving after this is refused. */
  RELEASED: 'RELEASED',
  /** Injected: out of the stock and of booked. */
  CONSUMED: 'CONSUMED'
} as const;

export type DoseStatus = typeof DoseStatus[keyof typeof DoseStatus];
/** What kind of evaluation it is. */
export const EvaluationKind = {
  /** An evaluation while learning is in progress; any number of them. */
  INTERIM: 'INTERIM',
  /** The one final evaluation: its score is the course order's final score. */
  FINAL: 'FINAL'
} as const;

export type EvaluationKind = typeof EvaluationKind[keyof typeof EvaluationKind];
/** Business failures of the evaluations context, returned as `extensions.code` of an error. */
export const EvaluationsErrorCode = {
  /** No evaluation sheet for that learning that you may see: unknown, not started yet, or evaluations has not heard it started yet (retry shortly). */
  EVALUATION_SHEET_NOT_FOUND: 'EVALUATION_SHEET_NOT_FOUND',
  /** Only the learning's assigned learning manager (or an ADMIN) registers its evaluations. */
  NOT_ASSIGNED_MANAGER: 'NOT_ASSIGNED_MANAGER',
  /** The score is not an integer 0 to 100. */
  INVALID_SCORE: 'INVALID_SCORE',
  /** The note is longer than 1000 characters. */
  INVALID_NOTE: 'INVALID_NOTE',
  /** The learning was canceled: nothing can be evaluated any more. */
  LEARNING_CANCELED: 'LEARNING_CANCELED',
  /** The final evaluation is registered already (with another score): the learning is evaluated. */
  FINAL_EVALUATION_ALREADY_REGISTERED: 'FINAL_EVALUATION_ALREADY_REGISTERED',
  /** course-orders knows no such course order: the final evaluation was not stored. */
  COURSE_ORDER_NOT_FOUND: 'COURSE_ORDER_NOT_FOUND',
  /** The course order was canceled: the final evaluation was not stored. */
  COURSE_ORDER_CANCELED: 'COURSE_ORDER_CANCELED',
  /** The course order holds another evaluation's final score: the final evaluation was not stored. */
  FINAL_SCORE_ALREADY_RECORDED: 'FINAL_SCORE_ALREADY_RECORDED',
  /** Retryable: course-orders is down, slower than the timeout or held off by its breaker; the final evaluation was not stored. `extensions.retryAfterMs` may say when. Retrying registers the same evaluation (idempotent). */
  COURSE_ORDERS_UNAVAILABLE: 'COURSE_ORDERS_UNAVAILABLE',
  /** Retryable: too many final evaluations at once; nothing was stored. */
  EVALUATIONS_BUSY: 'EVALUATIONS_BUSY'
} as const;

export type EvaluationsErrorCode = typeof EvaluationsErrorCode[keyof typeof EvaluationsErrorCode];
/** Where an evaluation sheet is: OPEN, then FINAL or CANCELED. */
export const EvaluationSheetStatus = {
  /** The learning is in progress: interim evaluations and the final one may be registered. */
  OPEN: 'OPEN',
  /** The final evaluation is registered (its score is the course order's final score); nothing more is registered. */
  FINAL: 'FINAL',
  /** The learning was canceled with its course order; its evaluations are canceled. */
  CANCELED: 'CANCELED'
} as const;

export type EvaluationSheetStatus = typeof EvaluationSheetStatus[keyof typeof EvaluationSheetStatus];
/** Where an evaluation is. */
export const EvaluationStatus = {
  /** Registered and standing. */
  REGISTERED: 'REGISTERED',
  /** Canceled with its learning (the course order was canceled). */
  CANCELED: 'CANCELED'
} as const;

export type EvaluationStatus = typeof EvaluationStatus[keyof typeof EvaluationStatus];
/** Business failures of the identity context, returned as `extensions.code` of an error. */
export const IdentityErrorCode = {
  /** Another user already signed up with that email. */
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  /** Wrong email or password; which of the two is not told. */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** The password does not have 8 to 256 characters. */
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  /** The email is not an email address. */
  INVALID_EMAIL: 'INVALID_EMAIL',
  /** The name is blank or longer than 100 characters. */
  INVALID_NAME: 'INVALID_NAME',
  /** Signing up with that role (as `role` or in `roles`) is not allowed here (ADMIN, where the deployment forbids it). */
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED'
} as const;

export type IdentityErrorCode = typeof IdentityErrorCode[keyof typeof IdentityErrorCode];
/** Business failures of the injections context, returned as `extensions.code` of an error. */
export const InjectionsErrorCode = {
  /** No injection with that id that you may see. */
  INJECTION_NOT_FOUND: 'INJECTION_NOT_FOUND',
  /** The injection was given already. */
  INJECTION_ALREADY_COMPLETED: 'INJECTION_ALREADY_COMPLETED',
  /** The booking was canceled: there is nothing to give. */
  INJECTION_CANCELED: 'INJECTION_CANCELED',
  /** The date is not a calendar date written YYYY-MM-DD. */
  INVALID_DATE: 'INVALID_DATE'
} as const;

export type InjectionsErrorCode = typeof InjectionsErrorCode[keyof typeof InjectionsErrorCode];
/** Where an injection is: SCHEDULED, then COMPLETED (given) or CANCELED (its booking was). */
export const InjectionStatus = {
  /** Waiting for the customer's visit. */
  SCHEDULED: 'SCHEDULED',
  /** Given by the injection manager. */
  COMPLETED: 'COMPLETED',
  /** Its booking was canceled before the visit. */
  CANCELED: 'CANCELED'
} as const;

export type InjectionStatus = typeof InjectionStatus[keyof typeof InjectionStatus];
/** Business failures of the learning context, returned as `extensions.code` of an error. */
export const LearningErrorCode = {
  /** No learning record with that id (or not one you may see). */
  LEARNING_RECORD_NOT_FOUND: 'LEARNING_RECORD_NOT_FOUND',
  /** The learning was started already (it starts once). */
  LEARNING_ALREADY_STARTED: 'LEARNING_ALREADY_STARTED',
  /** The learning was canceled with its order. */
  LEARNING_CANCELED: 'LEARNING_CANCELED',
  /** The manager's name is empty or longer than 100 characters, or an ADMIN named no manager (managerId). */
  INVALID_MANAGER: 'INVALID_MANAGER',
  /** Learning has too many mutations in hand: nothing was done; try again shortly (retryable). */
  LEARNING_OVERLOADED: 'LEARNING_OVERLOADED'
} as const;

export type LearningErrorCode = typeof LearningErrorCode[keyof typeof LearningErrorCode];
/** Where a learning record is in its life. */
export const LearningStatus = {
  /** Opened with its order: waiting for a learning manager to start it. */
  AWAITING_MANAGER: 'AWAITING_MANAGER',
  /** Started by its learning manager; interim evaluations may be registered. */
  IN_PROGRESS: 'IN_PROGRESS',
  /** The final evaluation is registered (its score recorded in the order). */
  COMPLETED: 'COMPLETED',
  /** The order was canceled; so is its learning. */
  CANCELED: 'CANCELED'
} as const;

export type LearningStatus = typeof LearningStatus[keyof typeof LearningStatus];
/** Business failures of the lectures context, returned as `extensions.code` of an error. */
export const LectureErrorCode = {
  /** No lecture with that id. */
  LECTURE_NOT_FOUND: 'LECTURE_NOT_FOUND',
  /** Only the lecture's instructor (or an admin) may do this. */
  NOT_LECTURE_OWNER: 'NOT_LECTURE_OWNER',
  /** The lecture is already canceled. */
  LECTURE_ALREADY_CANCELED: 'LECTURE_ALREADY_CANCELED',
  /** Title, price or capacity out of range. */
  INVALID_LECTURE: 'INVALID_LECTURE'
} as const;

export type LectureErrorCode = typeof LectureErrorCode[keyof typeof LectureErrorCode];
/** Whether a lecture takes registrations. */
export const LectureStatus = {
  /** Open for registration. */
  OPEN: 'OPEN',
  /** Canceled by its instructor; its registrations are canceled. */
  CANCELED: 'CANCELED'
} as const;

export type LectureStatus = typeof LectureStatus[keyof typeof LectureStatus];
/** How a notification is sent. */
export const NotificationChannel = {
  /** A text message to a phone number. */
  SMS: 'SMS'
} as const;

export type NotificationChannel = typeof NotificationChannel[keyof typeof NotificationChannel];
/** Business failures of the notifications context, returned as `extensions.code` of an error. */
export const NotificationsErrorCode = {
  /** The user id is not a uuid. */
  INVALID_USER_ID: 'INVALID_USER_ID'
} as const;

export type NotificationsErrorCode = typeof NotificationsErrorCode[keyof typeof NotificationsErrorCode];
/** Where a notification is: PENDING, then SENT, or FAILED (parked) until an operator replays it. */
export const NotificationStatus = {
  /** Recorded; being sent (failed attempts are retried with backoff). */
  PENDING: 'PENDING',
  /** The provider took it. */
  SENT: 'SENT',
  /** The provider kept failing: its request is parked as a dead letter for operators to replay (then it may still become SENT). */
  FAILED: 'FAILED'
} as const;

export type NotificationStatus = typeof NotificationStatus[keyof typeof NotificationStatus];
/** Business failures of the parking-availability context, returned as `extensions.code` of an error. */
export const ParkingAvailabilityErrorCode = {
  /** A date is not a calendar day written YYYY-MM-DD. */
  INVALID_DATE: 'INVALID_DATE',
  /** The range ends before it starts, or spans more than 62 days. */
  INVALID_DATE_RANGE: 'INVALID_DATE_RANGE'
} as const;

export type ParkingAvailabilityErrorCode = typeof ParkingAvailabilityErrorCode[keyof typeof ParkingAvailabilityErrorCode];
/** Business failures of the parking-lots context, returned as `extensions.code` of an error. */
export const ParkingLotsErrorCode = {
  /** The date is not a calendar date written YYYY-MM-DD. */
  INVALID_DATE: 'INVALID_DATE'
} as const;

export type ParkingLotsErrorCode = typeof ParkingLotsErrorCode[keyof typeof ParkingLotsErrorCode];
/** What the lot decided on a reservation. */
export const ParkingLotStatus = {
  /** A space of the day is the reservation's. */
  OCCUPIED: 'OCCUPIED',
  /** The day was full when the reservation came: no space. */
  FULLY_OCCUPIED: 'FULLY_OCCUPIED',
  /** Its space was released: the reservation was canceled and its ticket delivery canceled first. */
  VACATED: 'VACATED',
  /** The reservation was canceled before the lot saw it: no space was ever given, none will be. */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type ParkingLotStatus = typeof ParkingLotStatus[keyof typeof ParkingLotStatus];
/** Business failures of the parking-reservations context, returned as `extensions.code` of an error. */
export const ParkingReservationsErrorCode = {
  /** The date is not a calendar date written YYYY-MM-DD. */
  INVALID_DATE: 'INVALID_DATE',
  /** The date is before today (UTC): tickets are reserved for today or later. */
  DATE_IN_PAST: 'DATE_IN_PAST',
  /** You already have a live reservation (reserved, allocated or delivered) for that date. */
  ALREADY_RESERVED: 'ALREADY_RESERVED',
  /** No ticket reservation with that id that you may see. */
  TICKET_RESERVATION_NOT_FOUND: 'TICKET_RESERVATION_NOT_FOUND',
  /** The reservation is already canceled. */
  TICKET_RESERVATION_ALREADY_CANCELED: 'TICKET_RESERVATION_ALREADY_CANCELED'
} as const;

export type ParkingReservationsErrorCode = typeof ParkingReservationsErrorCode[keyof typeof ParkingReservationsErrorCode];
/**
 * Business failures of payments, returned as `extensions.code` of an error by the operation
 * that charged (payments are charged by other contexts through the `payments.charge` sync call,
 * e.g. `registerForLecture`, and called off by their `PaymentCancellationRequested` events, not by
 * a mutation here).
 */
export const PaymentErrorCode = {
  /** The payment processor declined the charge; nothing was taken. */
  PAYMENT_DECLINED: 'PAYMENT_DECLINED',
  /** The payment for this reference was called off (what it paid for was canceled or given up); it cannot be charged any more. */
  PAYMENT_VOIDED: 'PAYMENT_VOIDED',
  /**
   * Payments is down, slow or overloaded, so its circuit breaker is open: nothing was charged
   * and the operation did not happen. Raised by the calling context; retry shortly.
   * The error then also carries `extensions.retryable: true`.
   */
  PAYMENT_UNAVAILABLE: 'PAYMENT_UNAVAILABLE',
  /** The charge request was malformed (a caller's bug); nothing was charged. */
  INVALID_CHARGE: 'INVALID_CHARGE'
} as const;

export type PaymentErrorCode = typeof PaymentErrorCode[keyof typeof PaymentErrorCode];
/** What a payment is for; its reference is the id of that thing. */
export const PaymentPurpose = {
  /** Registration for a lecture; the reference is the registration id. */
  COURSE_REGISTRATION: 'COURSE_REGISTRATION',
  /** A pizza order; the reference is the order id. */
  PIZZA_ORDER: 'PIZZA_ORDER'
} as const;

export type PaymentPurpose = typeof PaymentPurpose[keyof typeof PaymentPurpose];
/** Whether a payment's money is taken. */
export const PaymentStatus = {
  /** The processor took the money. */
  COMPLETED: 'COMPLETED',
  /** The money was given back, because what it paid for was canceled. */
  CANCELED: 'CANCELED',
  /** Nothing was charged: what it would have paid for was given up first, so a late charge for the reference is refused. */
  VOIDED: 'VOIDED'
} as const;

export type PaymentStatus = typeof PaymentStatus[keyof typeof PaymentStatus];
/** Business failures of the pizza-orders context, returned as `extensions.code` of an error. */
export const PizzaOrdersErrorCode = {
  /** An order needs at least one line. */
  EMPTY_ORDER: 'EMPTY_ORDER',
  /** A line's quantity is not a whole number from 1 to 20 (lines of one pizza type merged count together). */
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  /** A line names no pizza type on the menu (the id is malformed or unknown). */
  PIZZA_NOT_FOUND: 'PIZZA_NOT_FOUND',
  /** No pizza order with that id that you may see. */
  PIZZA_ORDER_NOT_FOUND: 'PIZZA_ORDER_NOT_FOUND',
  /** Only a PLACED order can be paid (it is paid or canceled already). */
  ORDER_NOT_PLACED: 'ORDER_NOT_PLACED',
  /** The order is canceled already. */
  ORDER_ALREADY_CANCELED: 'ORDER_ALREADY_CANCELED',
  /** The order was delivered: it can no longer be canceled. */
  ORDER_ALREADY_DELIVERED: 'ORDER_ALREADY_DELIVERED',
  /** The payment processor declined the charge; the order stays PLACED and may be paid again. */
  PAYMENT_DECLINED: 'PAYMENT_DECLINED',
  /** Retryable: payments is down, slow or held off by its breaker; the order stays PLACED and was not charged twice. `extensions.retryAfterMs` may say when. */
  PAYMENT_UNAVAILABLE: 'PAYMENT_UNAVAILABLE',
  /** Retryable: too many payments at once; the order stays PLACED. */
  PIZZA_ORDERS_BUSY: 'PIZZA_ORDERS_BUSY'
} as const;

export type PizzaOrdersErrorCode = typeof PizzaOrdersErrorCode[keyof typeof PizzaOrdersErrorCode];
/** Where a pizza order is: PLACED, then PAID; CANCELED from either, before the delivery. */
export const PizzaOrderStatus = {
  /** Placed and priced; waiting to be paid. */
  PLACED: 'PLACED',
  /** Paid: payments charged it (reference = the order id); its delivery starts. */
  PAID: 'PAID',
  /** Canceled by the customer before the delivery; any charge is refunded (or voided) by events. */
  CANCELED: 'CANCELED'
} as const;

export type PizzaOrderStatus = typeof PizzaOrderStatus[keyof typeof PizzaOrderStatus];
/** Where a pizza refund is: PENDING, then COMPLETED (final) or CANCELED. */
export const PizzaRefundStatus = {
  /** Taken: the delivery is the courier's return run; nothing is given back yet. */
  PENDING: 'PENDING',
  /** Final: the courier completed the return run (the pizza is back) and the order's payment is refunded. */
  COMPLETED: 'COMPLETED',
  /** The courier canceled the return run: the delivery is DELIVERED again and nothing is given back. */
  CANCELED: 'CANCELED'
} as const;

export type PizzaRefundStatus = typeof PizzaRefundStatus[keyof typeof PizzaRefundStatus];
/** Business failures of the refunds context, returned as `extensions.code` of an error. */
export const RefundsErrorCode = {
  /** No pizza order with that id that is yours (the id is malformed, unknown, another customer's, or not paid yet: deliveries knows only paid orders). */
  ORDER_NOT_FOUND: 'ORDER_NOT_FOUND',
  /** The order is not delivered (still on its way, or canceled): only a delivered order is refunded; nothing was stored. */
  ORDER_NOT_DELIVERED: 'ORDER_NOT_DELIVERED',
  /** The order has a refund already (pending or final); nothing was stored. */
  REFUND_ALREADY_EXISTS: 'REFUND_ALREADY_EXISTS',
  /** The reason is empty or longer than 500 characters. */
  INVALID_REFUND_REASON: 'INVALID_REFUND_REASON',
  /** Retryable: deliveries is down, slow or held off by its breaker; no refund was stored. `extensions.retryAfterMs` may say when. */
  DELIVERIES_UNAVAILABLE: 'DELIVERIES_UNAVAILABLE',
  /** Retryable: too many refunds at once; no refund was stored. */
  REFUNDS_BUSY: 'REFUNDS_BUSY'
} as const;

export type RefundsErrorCode = typeof RefundsErrorCode[keyof typeof RefundsErrorCode];
/** Where the refund of a canceled registration stands (the payment's own status is payments'). */
export const RefundStatus = {
  /** Asked of payments with the cancellation; the money is not back yet. `paymentChanges` pushes its payment's CANCELED when it is. */
  PENDING: 'PENDING',
  /** Payments gave the money back: the payment is CANCELED. */
  REFUNDED: 'REFUNDED'
} as const;

export type RefundStatus = typeof RefundStatus[keyof typeof RefundStatus];
/** Business failures of the registrations context, returned as `extensions.code` of an error. */
export const RegistrationErrorCode = {
  /** No open lecture with that id (unknown to the portal). */
  LECTURE_NOT_FOUND: 'LECTURE_NOT_FOUND',
  /** The lecture was canceled by its instructor. */
  LECTURE_CANCELED: 'LECTURE_CANCELED',
  /** Every seat of the lecture is taken. */
  LECTURE_FULL: 'LECTURE_FULL',
  /** The student already has a live registration for the lecture. */
  ALREADY_REGISTERED: 'ALREADY_REGISTERED',
  /** No registration with that id that you may see. */
  REGISTRATION_NOT_FOUND: 'REGISTRATION_NOT_FOUND',
  /** The registration is already canceled. */
  REGISTRATION_ALREADY_CANCELED: 'REGISTRATION_ALREADY_CANCELED',
  /** Payment is down, slow or overloaded; nothing was registered. Retry shortly (`extensions.retryable` is true). */
  PAYMENT_UNAVAILABLE: 'PAYMENT_UNAVAILABLE',
  /** Too many registrations arrived at once; nothing was registered. Retry shortly (`extensions.retryable` is true). */
  REGISTRATIONS_BUSY: 'REGISTRATIONS_BUSY',
  /** The payment processor declined the charge; nothing was registered. */
  PAYMENT_DECLINED: 'PAYMENT_DECLINED'
} as const;

export type RegistrationErrorCode = typeof RegistrationErrorCode[keyof typeof RegistrationErrorCode];
/**
 * Where a registration stands. A registration is written only once its payment was charged, so
 * it is PAID from its first answer and its first live change on: no client ever sees it unpaid.
 */
export const RegistrationStatus = {
  /** Registered and its payment taken. */
  PAID: 'PAID',
  /** Canceled and its seat freed; its payment is refunded after, asynchronously (see `refund`). */
  CANCELED: 'CANCELED'
} as const;

export type RegistrationStatus = typeof RegistrationStatus[keyof typeof RegistrationStatus];
/** What a user may do on the portal. */
export const Role = {
  /** Registers for lectures, orders courses, pizza, parking tickets and vaccinations. */
  STUDENT: 'STUDENT',
  /** Opens and cancels lectures. */
  INSTRUCTOR: 'INSTRUCTOR',
  /** Reserves daily parking tickets for the company car park and cancels them. */
  EMPLOYEE: 'EMPLOYEE',
  /** Hands out the car park's daily tickets: sees the tickets to deliver and marks them delivered. */
  PARKING_MANAGER: 'PARKING_MANAGER',
  /** Orders pizza and asks for refunds; books vaccinations and applies for their certificates. */
  CUSTOMER: 'CUSTOMER',
  /** Registers vaccines and adds to their stock. */
  VACCINE_MANAGER: 'VACCINE_MANAGER',
  /** Marks a booked customer's injection done when they visit. */
  INJECTION_MANAGER: 'INJECTION_MANAGER',
  /** Issues vaccination certificates. */
  CERTIFICATE_MANAGER: 'CERTIFICATE_MANAGER',
  /** Takes charge of students' course orders: starts their learning and registers interim and final evaluations. */
  LEARNING_MANAGER: 'LEARNING_MANAGER',
  /** Delivers paid pizza orders, runs refund deliveries and may cancel a refund delivery. */
  COURIER: 'COURIER',
  /** Reads and acts on anyone's data. */
  ADMIN: 'ADMIN'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** Business failures of the ticket-deliveries context, returned as `extensions.code` of an error. */
export const TicketDeliveriesErrorCode = {
  /** No ticket delivery with that id that you may see. */
  TICKET_DELIVERY_NOT_FOUND: 'TICKET_DELIVERY_NOT_FOUND',
  /** The ticket was already delivered. */
  TICKET_ALREADY_DELIVERED: 'TICKET_ALREADY_DELIVERED',
  /** The ticket delivery was canceled with its reservation: there is nothing to deliver. */
  TICKET_DELIVERY_CANCELED: 'TICKET_DELIVERY_CANCELED',
  /** The date is not a calendar date written YYYY-MM-DD. */
  INVALID_DATE: 'INVALID_DATE',
  /** The cancel-delivery call was not a valid request (a caller's bug). */
  INVALID_CANCEL_DELIVERY: 'INVALID_CANCEL_DELIVERY'
} as const;

export type TicketDeliveriesErrorCode = typeof TicketDeliveriesErrorCode[keyof typeof TicketDeliveriesErrorCode];
/** Where a ticket delivery is in its life. */
export const TicketDeliveryStatus = {
  /** In the parking manager's list, not delivered yet. */
  TO_DELIVER: 'TO_DELIVER',
  /** Delivered to the employee (Shipped). */
  SHIPPED: 'SHIPPED',
  /** Canceled with its reservation: the ticket is void and its space may be given out again. */
  CANCELED: 'CANCELED'
} as const;

export type TicketDeliveryStatus = typeof TicketDeliveryStatus[keyof typeof TicketDeliveryStatus];
/**
 * Where a ticket reservation is in its life: RESERVED, then ALLOCATED or REFUSED_FULL (the lot's
 * decision), then TICKET_DELIVERED (the parking manager handed the ticket over); CANCELED from
 * any of them when the employee cancels.
 */
export const TicketReservationStatus = {
  /** Taken; the parking lot has not decided yet (it decides even when it was down at the time, once back). */
  RESERVED: 'RESERVED',
  /** The lot gave it a space for the day; its ticket is in the parking manager's list. */
  ALLOCATED: 'ALLOCATED',
  /** The day's spaces were all taken: no space, no ticket. It no longer counts as the employee's reservation of the day. */
  REFUSED_FULL: 'REFUSED_FULL',
  /** The parking manager delivered the ticket. */
  TICKET_DELIVERED: 'TICKET_DELIVERED',
  /** Canceled by the employee; its ticket delivery is canceled before its space is released. */
  CANCELED: 'CANCELED'
} as const;

export type TicketReservationStatus = typeof TicketReservationStatus[keyof typeof TicketReservationStatus];
/** Business failures of the vaccination-bookings context, returned as `extensions.code` of an error. */
export const VaccinationBookingsErrorCode = {
  /** The date is not a calendar date written YYYY-MM-DD. */
  INVALID_DATE: 'INVALID_DATE',
  /** The date is before today (UTC). */
  DATE_IN_PAST: 'DATE_IN_PAST',
  /** No vaccine with that id (the id is malformed, or vaccines knows none). */
  VACCINE_NOT_FOUND: 'VACCINE_NOT_FOUND',
  /** No dose of the vaccine is left to book (stock - booked < 1); nothing was stored. */
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  /** You already have a booking that is not injected or canceled. */
  ALREADY_BOOKED: 'ALREADY_BOOKED',
  /** Retryable: vaccines is down, slow or held off by its breaker; nothing was stored. `extensions.retryAfterMs` may say when. */
  VACCINES_UNAVAILABLE: 'VACCINES_UNAVAILABLE',
  /** Retryable: too many bookings at once; nothing was stored. */
  BOOKINGS_BUSY: 'BOOKINGS_BUSY',
  /** No vaccination booking with that id that you may see. */
  VACCINATION_BOOKING_NOT_FOUND: 'VACCINATION_BOOKING_NOT_FOUND',
  /** The booking is already canceled. */
  BOOKING_ALREADY_CANCELED: 'BOOKING_ALREADY_CANCELED',
  /** The injection was given: the booking can no longer be canceled. */
  BOOKING_ALREADY_INJECTED: 'BOOKING_ALREADY_INJECTED'
} as const;

export type VaccinationBookingsErrorCode = typeof VaccinationBookingsErrorCode[keyof typeof VaccinationBookingsErrorCode];
/** Where a vaccination booking is: BOOKED, then INJECTED or CANCELED. */
export const VaccinationBookingStatus = {
  /** Booked, its dose reserved; waiting for the visit. */
  BOOKED: 'BOOKED',
  /** The injection was given; its dose left the stock. */
  INJECTED: 'INJECTED',
  /** Canceled by the customer before the injection; its dose is released. */
  CANCELED: 'CANCELED'
} as const;

export type VaccinationBookingStatus = typeof VaccinationBookingStatus[keyof typeof VaccinationBookingStatus];
/**
 * Business failures of the vaccines context, returned as `extensions.code` of an error (the
 * dose calls' refusals reach the customer through vaccination-bookings, which documents them too).
 */
export const VaccinesErrorCode = {
  /** No vaccine with that id. */
  VACCINE_NOT_FOUND: 'VACCINE_NOT_FOUND',
  /** The name is empty or longer than 100 characters. */
  INVALID_VACCINE_NAME: 'INVALID_VACCINE_NAME',
  /** A vaccine of that name is registered already. */
  VACCINE_ALREADY_REGISTERED: 'VACCINE_ALREADY_REGISTERED',
  /** The quantity is not a whole number from 1 to 1,000,000 (a first stock may be 0). */
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  /** No dose left to book: stock - booked < 1 (reserve-a-dose call). */
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  /** The booking's dose was released before this reservation arrived (reserve-a-dose call). */
  DOSE_RELEASED: 'DOSE_RELEASED',
  /** The dose call's request was malformed. */
  INVALID_DOSE_REQUEST: 'INVALID_DOSE_REQUEST'
} as const;

export type VaccinesErrorCode = typeof VaccinesErrorCode[keyof typeof VaccinesErrorCode];