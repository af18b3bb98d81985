import { gql } from "urql";
import type {
  CertificateApplicationStatus,
  CourseOrderStatus,
  DeliveryStatus,
  LearningStatus,
  PaymentStatus,
  PizzaOrderStatus,
  RegistrationStatus,
  TicketReservationStatus,
  VaccinationBookingStatus,
} from "./generated/graphql.ts";

/**
 * The signed-in user's cases across the five systems, from the composed `me`: identity's User
 * with each owner's list of the user's cases as an entity field, one fetch per subgraph the
 * gateway plans. Each row's case id is the `correlationid` its events carry, so it opens the
 * case timeline.
 */
export const MY_CASES = gql`
  query MyCases {
    me {
      id
      registrations {
        id
        status
        registeredAt
        lecture {
          title
        }
        payment {
          status
        }
      }
      courseOrders {
        id
        orderNumber
        courseTitle
        status
        orderedAt
        learning {
          status
        }
      }
      pizzaOrders {
        id
        status
        amount
        placedAt
        lines {
          name
          quantity
        }
        payment {
          status
        }
        delivery {
          status
        }
      }
      ticketReservations {
        id
        date
        status
        reservedAt
      }
      vaccinationBookings {
        id
        date
        vaccineName
        status
        bookedAt
      }
      certificateApplications {
        id
        bookingId
        vaccineName
        status
        appliedAt
        certificate {
          number
        }
      }
    }
  }
`;

/**
 * The owners' pushes of the user's own cases ("mine" subscriptions, routed by owner): any of
 * them means a row of the screen moved, so it is read again. Only the cursor is selected: the
 * screen takes the rows from `me`, one answer of the graph.
 */
export const MY_CASE_PUSHES = [
  "myRegistrationChanges",
  "myLearningChanges",
  "myPizzaOrderChanges",
  "myDeliveryChanges",
  "myTicketReservationChanges",
  "myVaccinationBookingChanges",
  "myCertificateApplicationChanges",
].map((field) => ({ field, query: gql(`subscription ${field[0]!.toUpperCase()}${field.slice(1)}OnMe { ${field} { cursor } }`) }));

export interface MyCases {
  id: string;
  registrations: { id: string; status: RegistrationStatus; registeredAt: string; lecture: { title: string } | null; payment: { status: PaymentStatus } | null }[];
  courseOrders: { id: string; orderNumber: string; courseTitle: string; status: CourseOrderStatus; orderedAt: string; learning: { status: LearningStatus } | null }[];
  pizzaOrders: {
    id: string;
    status: PizzaOrderStatus;
    amount: number;
    placedAt: string;
    lines: { name: string; quantity: number }[];
    payment: { status: PaymentStatus } | null;
    delivery: { status: DeliveryStatus } | null;
  }[];
  ticketReservations: { id: string; date: string; status: TicketReservationStatus; reservedAt: string }[];
  vaccinationBookings: { id: string; date: string; vaccineName: string; status: VaccinationBookingStatus; bookedAt: string }[];
  certificateApplications: { id: string; bookingId: string; vaccineName: string; status: CertificateApplicationStatus; appliedAt: string; certificate: { number: string } | null }[];
}

/** The five systems, in the words their pages use. */
export type CaseSystem = "Course registration" | "Online study" | "Pizza" | "Parking" | "Vaccination";

/** One case of the user as the Me screen lists it. */
export interface CaseRow {
  /** The entity's id: unique on the screen (a certificate application shares its booking's case). */
  id: string;
  /** The case whose timeline "What happened?" opens. */
  caseId: string;
  system: CaseSystem;
  /** What the case is, e.g. the lecture's title or the pizzas ordered. */
  title: string;
  status: string;
  /** The payment's status, for the cases paid for (registrations, pizza orders); null when there is none yet. */
  paymentStatus: PaymentStatus | null;
  /** Whether the case has a payment at all (a dash otherwise, rather than "none yet"). */
  paid: boolean;
  /** A further owner's status shown beside it (the learning, the delivery, the certificate), or null. */
  detail: string | null;
  /** When the case began (ISO-8601): the rows are newest first. */
  since: string;
}

/** Every case of the user, newest first, whatever system it is in. */
export function caseRows(me: MyCases): CaseRow[] {
  const rows: CaseRow[] = [
    ...me.registrations.map((r) => ({
      id: r.id,
      caseId: r.id,
      system: "Course registration" as const,
      title: r.lecture?.title ?? "a lecture",
      status: r.status,
      paymentStatus: r.payment?.status ?? null,
      paid: true,
      detail: null,
      since: r.registeredAt,
    })),
    ...me.courseOrders.map((o) => ({
      id: o.id,
      caseId: o.id,
      system: "Online study" as const,
      title: `${o.courseTitle} (${o.orderNumber})`,
      status: o.status,
      paymentStatus: null,
      paid: false,
      detail: o.learning ? `learning ${o.learning.status}` : null,
      since: o.orderedAt,
    })),
    ...me.pizzaOrders.map((o) => ({
      id: o.id,
      caseId: o.id,
      system: "Pizza" as const,
      title: o.lines.map((l) => `${l.quantity} × ${l.name}`).join(", ") || "a pizza order",
      status: o.status,
      paymentStatus: o.payment?.status ?? null,
      paid: true,
      detail: o.delivery ? `delivery ${o.delivery.status}` : null,
      since: o.placedAt,
    })),
    ...me.ticketReservations.map((t) => ({
      id: t.id,
      caseId: t.id,
      system: "Parking" as const,
      title: `Parking ticket for ${t.date}`,
      status: t.status,
      paymentStatus: null,
      paid: false,
      detail: null,
      since: t.reservedAt,
    })),
    ...me.vaccinationBookings.map((b) => ({
      id: b.id,
      caseId: b.id,
      system: "Vaccination" as const,
      title: `${b.vaccineName} on ${b.date}`,
      status: b.status,
      paymentStatus: null,
      paid: false,
      detail: null,
      since: b.bookedAt,
    })),
    // The application is taken in its booking's case (the command's correlation is the booking).
    ...me.certificateApplications.map((a) => ({
      id: a.id,
      caseId: a.bookingId,
      system: "Vaccination" as const,
      title: `Certificate for ${a.vaccineName}`,
      status: a.status,
      paymentStatus: null,
      paid: false,
      detail: a.certificate ? `certificate ${a.certificate.number}` : null,
      since: a.appliedAt,
    })),
  ];
  return rows.sort((a, b) => b.since.localeCompare(a.since) || a.id.localeCompare(b.id));
}

/** How many cases the user has in each system, in the order the systems are listed (for the screen's summary). */
export function casesBySystem(rows: readonly CaseRow[]): [CaseSystem, number][] {
  const systems: CaseSystem[] = ["Course registration", "Online study", "Pizza", "Parking", "Vaccination"];
  return systems.map((s) => [s, rows.filter((r) => r.system === s).length]);
}
