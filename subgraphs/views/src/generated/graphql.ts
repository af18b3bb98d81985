// Generated from subgraphs/views/schema.graphql by `npx tsx scripts/codegen.ts`: do not edit.
// scripts/codegen.test.ts fails when this file is stale.
import type { GraphQLResolveInfo } from 'graphql';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A registration as the student's status screen shows it: built only from events, answered
 * by this subgraph alone (no call to another context). A row is shown once the registration's own
 * event (CourseRegistered) arrived, so what that event carries is never null; what other contexts'
 * events bring (the lecture's title) may be, until they arrive.
 */
export type RegistrationSummary = {
  __typename?: 'RegistrationSummary';
  /**
   * The registration's id: the id of the case, as every read model's `id` is (so a normalising
   * client cache keys it `RegistrationSummary:<id>`; `Registration:<id>` is the same registration
   * as registrations owns it).
   */
  id: Scalars['ID']['output'];
  /** Lecture id. */
  lectureId: Scalars['ID']['output'];
  /** Title of the lecture, as last announced by the lectures context; null until the lecture's event arrived. */
  lectureTitle?: Maybe<Scalars['String']['output']>;
  /** Registration status (registrations' enum): PAID from the start, CANCELED once canceled. */
  status: RegistrationStatus;
  /** Payment id. */
  paymentId: Scalars['ID']['output'];
  /** Payment status (payments' enum): COMPLETED from the start (a registration is made once charged), CANCELED once refunded. */
  paymentStatus: PaymentStatus;
  /** Where the refund of a canceled registration stands; null while it is PAID. */
  refund?: Maybe<RefundStatus>;
  /** Amount charged, in cents. */
  amount: Scalars['Int']['output'];
  /** When the student registered (ISO-8601). */
  registeredAt: Scalars['String']['output'];
  /** When this row last changed (ISO-8601). */
  updatedAt: Scalars['String']['output'];
};

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
/** Where the refund of a canceled registration stands (the payment's own status is payments'). */
export const RefundStatus = {
  /** Asked of payments with the cancellation; the money is not back yet. `paymentChanges` pushes its payment's CANCELED when it is. */
  PENDING: 'PENDING',
  /** Payments gave the money back: the payment is CANCELED. */
  REFUNDED: 'REFUNDED'
} as const;

export type RefundStatus = typeof RefundStatus[keyof typeof RefundStatus];
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
/** Whether a lecture takes registrations. */
export const LectureStatus = {
  /** Open for registration. */
  OPEN: 'OPEN',
  /** Canceled by its instructor; its registrations are canceled. */
  CANCELED: 'CANCELED'
} as const;

export type LectureStatus = typeof LectureStatus[keyof typeof LectureStatus];
/**
 * A lecture and its enrolment as the instructor's screen shows it, built only from events. A row
 * is shown once the lecture's own event (LectureOpened) arrived, so what it carries is never null.
 */
export type LectureEnrolment = {
  __typename?: 'LectureEnrolment';
  /** The lecture's id: the id of the case (a normalising client cache keys it `LectureEnrolment:<id>`). */
  id: Scalars['ID']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Seats. */
  capacity: Scalars['Int']['output'];
  /** Lecture status (lectures' enum). */
  status: LectureStatus;
  /** Live registrations. */
  enrolledCount: Scalars['Int']['output'];
  /** When this row last changed (ISO-8601). */
  updatedAt: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in student's registrations with lecture title and payment status, newest first. */
  myRegistrationBoard: Array<RegistrationSummary>;
  /** The signed-in instructor's lectures with their enrolment. Needs role INSTRUCTOR. */
  myEnrolmentBoard: Array<LectureEnrolment>;
  /** The signed-in user's parking ticket reservations with their progress, latest date first, canceled ones included. */
  myParkingReservations: Array<TicketReservationSummary>;
  /**
   * The signed-in customer's "my page": their vaccination bookings with the injection, the
   * certificate applications and the certificates, latest date first, canceled ones included.
   */
  myVaccinations: Array<VaccinationSummary>;
  /**
   * The signed-in student's "my learning": their course orders from the moment of ordering, with
   * learning status, manager, interim and final scores, newest first, canceled ones included.
   */
  myLearning: Array<MyLearningRow>;
  /** The signed-in customer's pizza orders with their payment, delivery, coupon and refund, newest first, canceled ones included. */
  myPizzaOrderBoard: Array<PizzaOrderSummary>;
  /** The signed-in user's overview across the five systems, in one fetch of this subgraph. Needs a token. */
  myOverview: MyOverview;
  /**
   * The timeline of one case: readable by the case's owner and by an ADMIN. UNAUTHENTICATED
   * without a token; FORBIDDEN for a known case of someone else; null when no event of that case
   * has arrived (yet), for anyone. FORBIDDEN thus tells a stranger that a case with that id
   * exists, nothing of what is in it (case ids are random UUIDs, not guessable).
   */
  caseTimeline?: Maybe<CaseTimeline>;
};


export type QueryCaseTimelineArgs = {
  caseId: Scalars['ID']['input'];
};

/**
 * A parking ticket reservation as the employee's status screen shows it: built only from the
 * events of parking-reservations, parking-lots and ticket-deliveries, answered by this subgraph
 * alone, and kept after cancellation. A row is shown once the reservation's own event
 * (TicketReserved) arrived; the lot's and the delivery's events move it on (while parking-lots is
 * down, it stays RESERVED and completes once the lot is back).
 */
export type TicketReservationSummary = {
  __typename?: 'TicketReservationSummary';
  /** The reservation's id: the id of the case (`TicketReservation:<id>` is the same reservation as parking-reservations owns it). */
  id: Scalars['ID']['output'];
  /** The day the ticket is for (YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** Where the reservation stands (parking-reservations' enum), as the events so far tell it. */
  status: TicketReservationStatus;
  /** The lot's allocation for it (its ParkingLot id), once the lot decided: a space or a refusal. */
  parkingLotId?: Maybe<Scalars['ID']['output']>;
  /** The ticket delivery, once the lot's space became a ticket to deliver. */
  deliveryId?: Maybe<Scalars['ID']['output']>;
  /** Whether its ticket delivery was canceled (after a cancellation, before the space is released). */
  ticketCanceled: Scalars['Boolean']['output'];
  /** Whether its space went back to the lot (after a cancellation, once the ticket was canceled). */
  spaceReleased: Scalars['Boolean']['output'];
  /** When the employee reserved (ISO-8601). */
  reservedAt: Scalars['String']['output'];
  /** When this row last changed (ISO-8601). */
  updatedAt: Scalars['String']['output'];
};

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
/**
 * A vaccination booking as the customer's "my page" shows it: built only from the events of
 * vaccination-bookings, injections, certificate-applications and certificate-issues, answered by
 * this subgraph alone, and kept after cancellation. A row is shown once the booking's own event
 * (VaccinationBooked) arrived; the injection's and the certificate's events move it on (while
 * injections or certificate-issues is down, it shows what came so far and completes once they are back).
 */
export type VaccinationSummary = {
  __typename?: 'VaccinationSummary';
  /** The booking's id: the id of the case (`VaccinationBooking:<id>` is the same booking as vaccination-bookings owns it). */
  id: Scalars['ID']['output'];
  /** The vaccine's id (`Vaccine:<id>` in vaccines). */
  vaccineId: Scalars['ID']['output'];
  /** The vaccine's name, as booked. */
  vaccineName: Scalars['String']['output'];
  /** The day of the vaccination (YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** Where the booking stands (vaccination-bookings' enum), as the events so far tell it. */
  status: VaccinationBookingStatus;
  /** When the customer booked (ISO-8601). */
  bookedAt: Scalars['String']['output'];
  /** When the customer canceled (ISO-8601), if they did. */
  canceledAt?: Maybe<Scalars['String']['output']>;
  /** The booking's injection record, once injections scheduled it. */
  injectionId?: Maybe<Scalars['ID']['output']>;
  /** Where the injection stands (injections' enum); null until injections scheduled it. */
  injectionStatus?: Maybe<InjectionStatus>;
  /** When the injection was given (ISO-8601), once it was. */
  injectedAt?: Maybe<Scalars['String']['output']>;
  /** The customer's certificate applications for this booking, oldest first, canceled ones included. */
  applications: Array<CertificateApplicationSummary>;
  /** When this row, or one of its applications, last changed (ISO-8601). */
  updatedAt: Scalars['String']['output'];
};

/** Where a vaccination booking is: BOOKED (its dose reserved), then INJECTED or CANCELED. */
export const VaccinationBookingStatus = {
  /** Booked, its dose reserved; waiting for the visit. */
  BOOKED: 'BOOKED',
  /** The injection was given; its dose left the stock. */
  INJECTED: 'INJECTED',
  /** Canceled by the customer before the injection; its dose is released. */
  CANCELED: 'CANCELED'
} as const;

export type VaccinationBookingStatus = typeof VaccinationBookingStatus[keyof typeof VaccinationBookingStatus];
/** Where a booking's injection is. */
export const InjectionStatus = {
  /** Waiting for the customer's visit. */
  SCHEDULED: 'SCHEDULED',
  /** Given by the injection manager. */
  COMPLETED: 'COMPLETED',
  /** Its booking was canceled before the visit. */
  CANCELED: 'CANCELED'
} as const;

export type InjectionStatus = typeof InjectionStatus[keyof typeof InjectionStatus];
/**
 * A certificate application as "my page" shows it, with its certificate once issued. Shown once
 * the application's own event (CertificateApplied) arrived.
 */
export type CertificateApplicationSummary = {
  __typename?: 'CertificateApplicationSummary';
  /** The application's id: the id of the case (`CertificateApplication:<id>` in certificate-applications). */
  id: Scalars['ID']['output'];
  /** Where the application stands (certificate-applications' enum), as the events so far tell it. */
  status: CertificateApplicationStatus;
  /** When the customer applied (ISO-8601). */
  appliedAt: Scalars['String']['output'];
  /** When the customer canceled it (ISO-8601), if they did. */
  canceledAt?: Maybe<Scalars['String']['output']>;
  /** Whether the certificate manager has it to issue (certificate-issues recorded its issue request). */
  issueRequested: Scalars['Boolean']['output'];
  /** The certificate, once the certificate manager issued it. */
  certificate?: Maybe<VaccinationCertificate>;
};

/** Where a certificate application is: APPLIED, then ISSUED or CANCELED. */
export const CertificateApplicationStatus = {
  /** Applied for; waiting for the certificate manager. */
  APPLIED: 'APPLIED',
  /** The certificate was issued. */
  ISSUED: 'ISSUED',
  /** Canceled by the customer before it was issued. */
  CANCELED: 'CANCELED'
} as const;

export type CertificateApplicationStatus = typeof CertificateApplicationStatus[keyof typeof CertificateApplicationStatus];
/** A vaccination certificate as issued by the certificate manager. */
export type VaccinationCertificate = {
  __typename?: 'VaccinationCertificate';
  /** The certificate's number. */
  number: Scalars['String']['output'];
  /** When it was issued (ISO-8601). */
  issuedAt: Scalars['String']['output'];
};

/**
 * A course order as the student's "my learning" shows it: built only from the events of
 * course-orders and learning, answered by this subgraph alone, and kept after cancellation. A row
 * is shown from the moment of ordering (once the order's own event, CourseOrdered, arrived); the
 * learning record's events move it on: a manager assigned, interim scores, the final score,
 * cancellation (while learning is down, it shows the order alone and completes once learning is back).
 */
export type MyLearningRow = {
  __typename?: 'MyLearningRow';
  /** The course order's id: the id of the case (`CourseOrder:<id>` is the same order as course-orders owns it). */
  id: Scalars['ID']['output'];
  /** The order's human-readable number, e.g. CO-2026-000123. */
  orderNumber: Scalars['String']['output'];
  /** The ordered course's id. */
  courseId: Scalars['ID']['output'];
  /** The ordered course's code. */
  courseCode: Scalars['String']['output'];
  /** The ordered course's title. */
  courseTitle: Scalars['String']['output'];
  /** The first day of the course (YYYY-MM-DD). */
  beginDate: Scalars['String']['output'];
  /** The last day of the course (YYYY-MM-DD). */
  endDate: Scalars['String']['output'];
  /** When the student ordered (ISO-8601). */
  orderedAt: Scalars['String']['output'];
  /** Where the order stands (course-orders' enum), as the events so far tell it. */
  orderStatus: CourseOrderStatus;
  /** The order's learning record (`LearningRecord:<id>` in learning), once learning opened it. */
  learningId?: Maybe<Scalars['ID']['output']>;
  /** Where the learning stands (learning's enum); null until learning opened the record. */
  learningStatus?: Maybe<LearningStatus>;
  /** The learning manager's user id, once one started the learning. */
  managerId?: Maybe<Scalars['ID']['output']>;
  /** The learning manager's name, once one started the learning. */
  managerName?: Maybe<Scalars['String']['output']>;
  /** When the learning started (ISO-8601), once it did. */
  startedAt?: Maybe<Scalars['String']['output']>;
  /** The interim evaluations' scores, oldest first. */
  interimScores: Array<LearningInterimScore>;
  /** The final score (0-100), once it was recorded. */
  finalScore?: Maybe<Scalars['Int']['output']>;
  /** When the learning was completed by its final evaluation (ISO-8601), once it was. */
  completedAt?: Maybe<Scalars['String']['output']>;
  /** Whether the student canceled the order. */
  canceled: Scalars['Boolean']['output'];
  /** When the student canceled the order (ISO-8601), if they did. */
  canceledAt?: Maybe<Scalars['String']['output']>;
  /** When this row, or one of its scores, last changed (ISO-8601). */
  updatedAt: Scalars['String']['output'];
};

/** One interim evaluation of a learning, as "my learning" shows it. */
export type LearningInterimScore = {
  __typename?: 'LearningInterimScore';
  /** The evaluation's id (evaluations owns it). */
  evaluationId: Scalars['ID']['output'];
  /** Score, 0-100. */
  score: Scalars['Int']['output'];
  /** The learning manager's note, if they wrote one. */
  note?: Maybe<Scalars['String']['output']>;
  /** When learning applied it (ISO-8601). */
  evaluatedAt: Scalars['String']['output'];
};

/** Where a course order is: ORDERED, then CANCELED by the student (refused once its final score is recorded). */
export const CourseOrderStatus = {
  /** Ordered; its learning is opened for a learning manager. */
  ORDERED: 'ORDERED',
  /** Canceled by the student; its learning and evaluations are canceled by events. */
  CANCELED: 'CANCELED'
} as const;

export type CourseOrderStatus = typeof CourseOrderStatus[keyof typeof CourseOrderStatus];
/** Where a learning record is: AWAITING_MANAGER, IN_PROGRESS, then COMPLETED or CANCELED. */
export const LearningStatus = {
  /** Opened for the order; waiting for a learning manager. */
  AWAITING_MANAGER: 'AWAITING_MANAGER',
  /** A learning manager started it; interim evaluations may be registered. */
  IN_PROGRESS: 'IN_PROGRESS',
  /** The final evaluation was registered (its score recorded on the order). */
  COMPLETED: 'COMPLETED',
  /** The order was canceled before the final evaluation. */
  CANCELED: 'CANCELED'
} as const;

export type LearningStatus = typeof LearningStatus[keyof typeof LearningStatus];
/**
 * A pizza order as its customer's status screen shows it: built only from the events of
 * pizza-orders, payments (purpose PIZZA_ORDER), deliveries, coupons and refunds, answered by this
 * subgraph alone (one fetch, no call to another context), and kept after cancellation. A row is
 * shown once the order's own event (PizzaOrderPlaced) arrived; the other contexts' events fill in
 * the rest as they arrive (while coupons is down, say, the coupon stays null and appears once it is
 * back and has caught up).
 */
export type PizzaOrderSummary = {
  __typename?: 'PizzaOrderSummary';
  /** The order's id: the id of the case (`PizzaOrder:<id>` is the same order as pizza-orders owns it). */
  id: Scalars['ID']['output'];
  /** What was ordered, as priced when the order was placed. */
  lines: Array<PizzaOrderSummaryLine>;
  /** The order's amount in cents. */
  amount: Scalars['Int']['output'];
  /** Where the order stands (pizza-orders' enum). */
  status: PizzaOrderStatus;
  /** When the customer ordered (ISO-8601). */
  placedAt: Scalars['String']['output'];
  /** The order's payment, once charged. */
  paymentId?: Maybe<Scalars['ID']['output']>;
  /** The payment's status (payments' enum): null until charged, COMPLETED once paid, CANCELED once its money went back (a canceled order or a final refund). */
  paymentStatus?: Maybe<PaymentStatus>;
  /** The order's delivery, once it started (the order was paid). */
  deliveryId?: Maybe<Scalars['ID']['output']>;
  /** Where the delivery stands (deliveries' enum); null until it started. */
  deliveryStatus?: Maybe<DeliveryStatus>;
  /** When the courier delivered it (ISO-8601). */
  deliveredAt?: Maybe<Scalars['String']['output']>;
  /** The coupon issued for the delivered order. */
  couponId?: Maybe<Scalars['ID']['output']>;
  /** The coupon's code; null until CouponIssued arrived. */
  couponCode?: Maybe<Scalars['String']['output']>;
  /** Whether the coupon is valid (coupons' enum); null while there is none. */
  couponStatus?: Maybe<CouponStatus>;
  /** The order's latest refund with its reason; null while none was asked for and granted. */
  refund?: Maybe<PizzaRefundSummary>;
  /** When this row last changed (ISO-8601). */
  updatedAt: Scalars['String']['output'];
};

/** One line of an order as it was priced when placed. */
export type PizzaOrderSummaryLine = {
  __typename?: 'PizzaOrderSummaryLine';
  /** The pizza type. */
  pizzaId: Scalars['ID']['output'];
  /** Its name on the menu when ordered. */
  name: Scalars['String']['output'];
  /** How many, 1 to 20. */
  quantity: Scalars['Int']['output'];
  /** Its price in cents when ordered. */
  unitPrice: Scalars['Int']['output'];
};

/** An order's refund as the status screen shows it (`PizzaRefund:<id>` is the same refund as refunds owns it). */
export type PizzaRefundSummary = {
  __typename?: 'PizzaRefundSummary';
  /** The refund's id. */
  id: Scalars['ID']['output'];
  /** Where the refund stands (refunds' enum): PENDING while its return run is under way, COMPLETED (final: the money goes back) or CANCELED. */
  status: PizzaRefundStatus;
  /** The customer's reason; null only until the refund's own event (PizzaRefunded) arrived. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When the refund was taken (ISO-8601); null until PizzaRefunded arrived. */
  refundedAt?: Maybe<Scalars['String']['output']>;
};

/** Where a pizza order stands: PLACED, then PAID; CANCELED by the customer before its delivery. */
export const PizzaOrderStatus = {
  /** Placed and priced; waiting to be paid. */
  PLACED: 'PLACED',
  /** Paid: payments charged it (reference = the order id); its delivery starts. */
  PAID: 'PAID',
  /** Canceled by the customer before the delivery; any charge is refunded (or voided) by events. */
  CANCELED: 'CANCELED'
} as const;

export type PizzaOrderStatus = typeof PizzaOrderStatus[keyof typeof PizzaOrderStatus];
/** Where a delivery stands. */
export const DeliveryStatus = {
  /** On its way. */
  DELIVERING: 'DELIVERING',
  /** The courier delivered it (again after a canceled return run). */
  DELIVERED: 'DELIVERED',
  /** A refund turned it into a return run; the courier has not finished it. */
  REFUNDED: 'REFUNDED',
  /** The courier brought the pizza back: the refund is final. */
  RETURNED: 'RETURNED',
  /** The order was canceled before its delivery. */
  CANCELED: 'CANCELED'
} as const;

export type DeliveryStatus = typeof DeliveryStatus[keyof typeof DeliveryStatus];
/** Whether an order's coupon is valid. */
export const CouponStatus = {
  /** Issued for the delivered order (again after a canceled refund). */
  ISSUED: 'ISSUED',
  /** Revoked because the order was refunded. */
  REVOKED: 'REVOKED'
} as const;

export type CouponStatus = typeof CouponStatus[keyof typeof CouponStatus];
/** Where a pizza refund stands. */
export const PizzaRefundStatus = {
  /** Taken: the delivery is its return run; the money is not back. */
  PENDING: 'PENDING',
  /** The courier brought the pizza back: final, the payment is refunded. */
  COMPLETED: 'COMPLETED',
  /** The courier canceled the return run: nothing is given back. */
  CANCELED: 'CANCELED'
} as const;

export type PizzaRefundStatus = typeof PizzaRefundStatus[keyof typeof PizzaRefundStatus];
/**
 * The signed-in user's cases across the five systems, the same screen as the composed
 * `me { registrations courseOrders pizzaOrders ticketReservations vaccinationBookings }`, answered
 * by this subgraph alone (one fetch) from the systems' read models. Each list is the user's rows
 * of that system's read model, in its own order; a user without a role in a system has it empty.
 */
export type MyOverview = {
  __typename?: 'MyOverview';
  /** The user this overview is for. */
  userId: Scalars['ID']['output'];
  /** Course registrations with their payment and refund (as `myRegistrationBoard`). */
  courseRegistrations: Array<RegistrationSummary>;
  /** Course orders with their learning status and scores (as `myLearning`). */
  courseOrders: Array<MyLearningRow>;
  /** Pizza orders with their payment, delivery, coupon and refund (as `myPizzaOrderBoard`). */
  pizzaOrders: Array<PizzaOrderSummary>;
  /** Daily parking ticket reservations (as `myParkingReservations`). */
  parkingReservations: Array<TicketReservationSummary>;
  /** Vaccination bookings with their injection, applications and certificates (as `myVaccinations`). */
  vaccinations: Array<VaccinationSummary>;
};

/**
 * One event of a case as the timeline shows it: which context recorded it, which event, when,
 * and what caused it. Built from every context's events (their `correlationid` names the case,
 * their `causationid` the event or command that caused them).
 */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** The event's id (its CloudEvents `id`). */
  id: Scalars['ID']['output'];
  /** The context that recorded it, e.g. `registrations`. */
  context: Scalars['String']['output'];
  /** The event type, e.g. `RegistrationPaid`. */
  type: Scalars['String']['output'];
  /** The entity the event is about (its id). */
  subject: Scalars['String']['output'];
  /** When the context recorded it (ISO 8601). */
  time: Scalars['String']['output'];
  /** The event or command that caused it: an event id of this timeline, or a command's id. */
  causationId: Scalars['String']['output'];
  /** The event of this timeline that caused it, when the cause is an event of this timeline (null: a command, or an event not stored here). */
  causedBy?: Maybe<Scalars['ID']['output']>;
  /** True for a platform notice that a consumer gave up on an event of this case and parked it as a dead letter (`EventParked`): what it would have done waits for an operator's replay. */
  parked: Scalars['Boolean']['output'];
  /** For a parked notice: the consumer that parked it, the event it parked and why; null otherwise. */
  parkedDetail?: Maybe<ParkedEvent>;
};

/** What a consumer parked: shown in the timeline so a user or an operator sees why a step has not happened. */
export type ParkedEvent = {
  __typename?: 'ParkedEvent';
  /** The durable consumer, `<context>-<policy>`, that gave up. */
  consumer: Scalars['String']['output'];
  /** The parked event's id. */
  eventId: Scalars['ID']['output'];
  /** The parked event's type. */
  eventType: Scalars['String']['output'];
  /** Why it was parked (the handler's last error). */
  reason: Scalars['String']['output'];
};

/**
 * Every event of one case across every context, in causal order (an event after the one that
 * caused it; otherwise by time, then id). The case is the id its events carry as `correlationid`:
 * a registration, a course order, a pizza order, a parking reservation, a vaccination booking.
 * Eventually consistent: an event shows once views has stored it.
 */
export type CaseTimeline = {
  __typename?: 'CaseTimeline';
  /** The case's id (the same as `caseId`; the key the live engine and a normalising cache use). */
  id: Scalars['ID']['output'];
  /** The case's id. */
  caseId: Scalars['ID']['output'];
  /** The user whose case it is: the owner field (studentId, customerId, employeeId, ownerId, payerId) of its earliest event that has one; null when none has (then only ADMINs may read it). */
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** The events, in causal order. */
  events: Array<CaseEvent>;
  /**
   * True while a parked notice (`EventParked`) of the case has had no effect since: the context
   * that parked the event has recorded nothing caused by that event after the notice (an
   * operator's replay that leads somewhere, e.g. the refund's payment being canceled, turns it
   * false). A replayed handler that records no event of its own leaves it true.
   */
  hasParked: Scalars['Boolean']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  CaseTimeline: CaseTimeline;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CaseTimeline:
    ( { __typename: 'CaseTimeline' }
    & GraphQLRecursivePick<FederationTypes['CaseTimeline'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  RegistrationSummary: ResolverTypeWrapper<RegistrationSummary>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  RegistrationStatus: RegistrationStatus;
  RefundStatus: RefundStatus;
  PaymentStatus: PaymentStatus;
  LectureStatus: LectureStatus;
  LectureEnrolment: ResolverTypeWrapper<LectureEnrolment>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TicketReservationSummary: ResolverTypeWrapper<TicketReservationSummary>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  TicketReservationStatus: TicketReservationStatus;
  VaccinationSummary: ResolverTypeWrapper<VaccinationSummary>;
  VaccinationBookingStatus: VaccinationBookingStatus;
  InjectionStatus: InjectionStatus;
  CertificateApplicationSummary: ResolverTypeWrapper<CertificateApplicationSummary>;
  CertificateApplicationStatus: CertificateApplicationStatus;
  VaccinationCertificate: ResolverTypeWrapper<VaccinationCertificate>;
  MyLearningRow: ResolverTypeWrapper<MyLearningRow>;
  LearningInterimScore: ResolverTypeWrapper<LearningInterimScore>;
  CourseOrderStatus: CourseOrderStatus;
  LearningStatus: LearningStatus;
  PizzaOrderSummary: ResolverTypeWrapper<PizzaOrderSummary>;
  PizzaOrderSummaryLine: ResolverTypeWrapper<PizzaOrderSummaryLine>;
  PizzaRefundSummary: ResolverTypeWrapper<PizzaRefundSummary>;
  PizzaOrderStatus: PizzaOrderStatus;
  DeliveryStatus: DeliveryStatus;
  CouponStatus: CouponStatus;
  PizzaRefundStatus: PizzaRefundStatus;
  MyOverview: ResolverTypeWrapper<MyOverview>;
  CaseEvent: ResolverTypeWrapper<CaseEvent>;
  ParkedEvent: ResolverTypeWrapper<ParkedEvent>;
  CaseTimeline: ResolverTypeWrapper<CaseTimeline>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  RegistrationSummary: RegistrationSummary;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  LectureEnrolment: LectureEnrolment;
  Query: Record<PropertyKey, never>;
  TicketReservationSummary: TicketReservationSummary;
  Boolean: Scalars['Boolean']['output'];
  VaccinationSummary: VaccinationSummary;
  CertificateApplicationSummary: CertificateApplicationSummary;
  VaccinationCertificate: VaccinationCertificate;
  MyLearningRow: MyLearningRow;
  LearningInterimScore: LearningInterimScore;
  PizzaOrderSummary: PizzaOrderSummary;
  PizzaOrderSummaryLine: PizzaOrderSummaryLine;
  PizzaRefundSummary: PizzaRefundSummary;
  MyOverview: MyOverview;
  CaseEvent: CaseEvent;
  ParkedEvent: ParkedEvent;
  CaseTimeline: CaseTimeline | FederationReferenceTypes['CaseTimeline'];
};

export type RegistrationSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['RegistrationSummary'] = ResolversParentTypes['RegistrationSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lectureId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lectureTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  paymentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentStatus?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  refund?: Resolver<Maybe<ResolversTypes['RefundStatus']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LectureEnrolmentResolvers<ContextType = any, ParentType extends ResolversParentTypes['LectureEnrolment'] = ResolversParentTypes['LectureEnrolment']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LectureStatus'], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myRegistrationBoard?: Resolver<Array<ResolversTypes['RegistrationSummary']>, ParentType, ContextType>;
  myEnrolmentBoard?: Resolver<Array<ResolversTypes['LectureEnrolment']>, ParentType, ContextType>;
  myParkingReservations?: Resolver<Array<ResolversTypes['TicketReservationSummary']>, ParentType, ContextType>;
  myVaccinations?: Resolver<Array<ResolversTypes['VaccinationSummary']>, ParentType, ContextType>;
  myLearning?: Resolver<Array<ResolversTypes['MyLearningRow']>, ParentType, ContextType>;
  myPizzaOrderBoard?: Resolver<Array<ResolversTypes['PizzaOrderSummary']>, ParentType, ContextType>;
  myOverview?: Resolver<ResolversTypes['MyOverview'], ParentType, ContextType>;
  caseTimeline?: Resolver<Maybe<ResolversTypes['CaseTimeline']>, ParentType, ContextType, RequireFields<QueryCaseTimelineArgs, 'caseId'>>;
};

export type TicketReservationSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['TicketReservationSummary'] = ResolversParentTypes['TicketReservationSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketReservationStatus'], ParentType, ContextType>;
  parkingLotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  deliveryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ticketCanceled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  spaceReleased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reservedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VaccinationSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['VaccinationSummary'] = ResolversParentTypes['VaccinationSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vaccineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vaccineName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VaccinationBookingStatus'], ParentType, ContextType>;
  bookedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  injectionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  injectionStatus?: Resolver<Maybe<ResolversTypes['InjectionStatus']>, ParentType, ContextType>;
  injectedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applications?: Resolver<Array<ResolversTypes['CertificateApplicationSummary']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CertificateApplicationSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['CertificateApplicationSummary'] = ResolversParentTypes['CertificateApplicationSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CertificateApplicationStatus'], ParentType, ContextType>;
  appliedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issueRequested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  certificate?: Resolver<Maybe<ResolversTypes['VaccinationCertificate']>, ParentType, ContextType>;
};

export type VaccinationCertificateResolvers<ContextType = any, ParentType extends ResolversParentTypes['VaccinationCertificate'] = ResolversParentTypes['VaccinationCertificate']> = {
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MyLearningRowResolvers<ContextType = any, ParentType extends ResolversParentTypes['MyLearningRow'] = ResolversParentTypes['MyLearningRow']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  courseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  beginDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderStatus?: Resolver<ResolversTypes['CourseOrderStatus'], ParentType, ContextType>;
  learningId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  learningStatus?: Resolver<Maybe<ResolversTypes['LearningStatus']>, ParentType, ContextType>;
  managerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  managerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interimScores?: Resolver<Array<ResolversTypes['LearningInterimScore']>, ParentType, ContextType>;
  finalScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canceled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LearningInterimScoreResolvers<ContextType = any, ParentType extends ResolversParentTypes['LearningInterimScore'] = ResolversParentTypes['LearningInterimScore']> = {
  evaluationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PizzaOrderSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['PizzaOrderSummary'] = ResolversParentTypes['PizzaOrderSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PizzaOrderSummaryLine']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PizzaOrderStatus'], ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  paymentStatus?: Resolver<Maybe<ResolversTypes['PaymentStatus']>, ParentType, ContextType>;
  deliveryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  deliveryStatus?: Resolver<Maybe<ResolversTypes['DeliveryStatus']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  couponId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  couponCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  couponStatus?: Resolver<Maybe<ResolversTypes['CouponStatus']>, ParentType, ContextType>;
  refund?: Resolver<Maybe<ResolversTypes['PizzaRefundSummary']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PizzaOrderSummaryLineResolvers<ContextType = any, ParentType extends ResolversParentTypes['PizzaOrderSummaryLine'] = ResolversParentTypes['PizzaOrderSummaryLine']> = {
  pizzaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PizzaRefundSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['PizzaRefundSummary'] = ResolversParentTypes['PizzaRefundSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PizzaRefundStatus'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refundedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MyOverviewResolvers<ContextType = any, ParentType extends ResolversParentTypes['MyOverview'] = ResolversParentTypes['MyOverview']> = {
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  courseRegistrations?: Resolver<Array<ResolversTypes['RegistrationSummary']>, ParentType, ContextType>;
  courseOrders?: Resolver<Array<ResolversTypes['MyLearningRow']>, ParentType, ContextType>;
  pizzaOrders?: Resolver<Array<ResolversTypes['PizzaOrderSummary']>, ParentType, ContextType>;
  parkingReservations?: Resolver<Array<ResolversTypes['TicketReservationSummary']>, ParentType, ContextType>;
  vaccinations?: Resolver<Array<ResolversTypes['VaccinationSummary']>, ParentType, ContextType>;
};

export type CaseEventResolvers<ContextType = any, ParentType extends ResolversParentTypes['CaseEvent'] = ResolversParentTypes['CaseEvent']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  context?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  causationId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  causedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  parked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parkedDetail?: Resolver<Maybe<ResolversTypes['ParkedEvent']>, ParentType, ContextType>;
};

export type ParkedEventResolvers<ContextType = any, ParentType extends ResolversParentTypes['ParkedEvent'] = ResolversParentTypes['ParkedEvent']> = {
  consumer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseTimelineResolvers<ContextType = any, ParentType extends ResolversParentTypes['CaseTimeline'] = ResolversParentTypes['CaseTimeline'], FederationReferenceType extends FederationReferenceTypes['CaseTimeline'] = FederationReferenceTypes['CaseTimeline']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CaseTimeline']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['CaseEvent']>, ParentType, ContextType>;
  hasParked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  RegistrationSummary?: RegistrationSummaryResolvers<ContextType>;
  LectureEnrolment?: LectureEnrolmentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TicketReservationSummary?: TicketReservationSummaryResolvers<ContextType>;
  VaccinationSummary?: VaccinationSummaryResolvers<ContextType>;
  CertificateApplicationSummary?: CertificateApplicationSummaryResolvers<ContextType>;
  VaccinationCertificate?: VaccinationCertificateResolvers<ContextType>;
  MyLearningRow?: MyLearningRowResolvers<ContextType>;
  LearningInterimScore?: LearningInterimScoreResolvers<ContextType>;
  PizzaOrderSummary?: PizzaOrderSummaryResolvers<ContextType>;
  PizzaOrderSummaryLine?: PizzaOrderSummaryLineResolvers<ContextType>;
  PizzaRefundSummary?: PizzaRefundSummaryResolvers<ContextType>;
  MyOverview?: MyOverviewResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  ParkedEvent?: ParkedEventResolvers<ContextType>;
  CaseTimeline?: CaseTimelineResolvers<ContextType>;
};

