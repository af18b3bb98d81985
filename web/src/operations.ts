import { gql } from "urql";
import type { LectureStatus, PaymentStatus, RefundStatus, RegistrationStatus, Role } from "./generated/graphql.ts";

/** The operations of the web client, as the router's schema (schema/supergraph.graphql) has them. */
export const SIGN_IN = gql`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      user {
        id
        name
        roles
      }
    }
  }
`;

/** A row of the student's registrations: both statuses and the refund, always read together. */
export const REGISTRATION_ROW = gql`
  fragment RegistrationRow on Registration {
    id
    status
    refund
    lecture {
      id
      title
    }
    payment {
      id
      status
    }
  }
`;

export const OPEN_LECTURES = gql`
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

export const MY_REGISTRATIONS = gql`
  query MyRegistrations {
    myRegistrations {
      ...RegistrationRow
    }
  }
  ${REGISTRATION_ROW}
`;

export const REGISTER = gql`
  mutation Register($lectureId: ID!) {
    registerForLecture(lectureId: $lectureId) {
      ...RegistrationRow
    }
  }
  ${REGISTRATION_ROW}
`;

/** Its answer is the whole row: CANCELED with `refund: PENDING` until payments has refunded it. */
export const CANCEL_REGISTRATION = gql`
  mutation CancelRegistration($id: ID!) {
    cancelRegistration(id: $id) {
      ...RegistrationRow
    }
  }
  ${REGISTRATION_ROW}
`;

/** One registration re-read as a whole row (both statuses through the graph in one query). */
export const REGISTRATION = gql`
  query Registration($id: ID!) {
    registration(id: $id) {
      ...RegistrationRow
    }
  }
  ${REGISTRATION_ROW}
`;

export const MY_REGISTRATION_CHANGES = gql`
  subscription MyRegistrationChanges {
    myRegistrationChanges {
      cursor
      status
      occurredAt
      registration {
        ...RegistrationRow
      }
    }
  }
  ${REGISTRATION_ROW}
`;

/**
 * A registration's payment is refunded after the registration is canceled (a saga step): its
 * push says when, and the row is then re-read whole (REGISTRATION), not patched from it.
 */
export const PAYMENT_CHANGES = gql`
  subscription PaymentChanges($id: ID!) {
    paymentChanges(id: $id) {
      cursor
      status
      occurredAt
      payment {
        id
        status
      }
    }
  }
`;

export const MY_LECTURES = gql`
  query MyLectures {
    myLectures {
      id
      title
      status
      capacity
      enrolledCount
    }
  }
`;

export const OPEN_LECTURE = gql`
  mutation OpenLecture($input: OpenLectureInput!) {
    openLecture(input: $input) {
      id
      title
      status
      capacity
      enrolledCount
    }
  }
`;

export const LECTURE_ENROLMENT_CHANGES = gql`
  subscription LectureEnrolmentChanges($lectureId: ID!) {
    lectureEnrolmentChanges(lectureId: $lectureId) {
      cursor
      enrolledCount
      occurredAt
      lecture {
        id
        title
      }
    }
  }
`;

// The supergraph's enums, generated from schema/supergraph.graphql (scripts/codegen.ts).
export type { LectureStatus, PaymentStatus, RefundStatus, RegistrationStatus, Role };

export interface User {
  id: string;
  name: string;
  roles: Role[];
}

export interface OpenLecture {
  id: string;
  title: string;
  price: number;
  capacity: number;
  enrolledCount: number;
}

/** A row of the student's registrations, as one answer of the graph has it (never pieced together from two). */
export interface Registration {
  id: string;
  status: RegistrationStatus;
  /** Null while PAID (or while payments cannot be reached); PENDING until payments refunded a canceled one. */
  refund: RefundStatus | null;
  /** Null while the lectures context cannot be reached. */
  lecture: { id: string; title: string } | null;
  /** Null while the payments context cannot be reached. */
  payment: { id: string; status: PaymentStatus } | null;
}

export interface RegistrationStatusChange {
  cursor: string;
  status: RegistrationStatus;
  occurredAt: string;
  registration: Registration;
}

export interface PaymentStatusChange {
  cursor: string;
  status: PaymentStatus;
  occurredAt: string;
  payment: { id: string; status: PaymentStatus };
}

export interface InstructorLecture {
  id: string;
  title: string;
  status: LectureStatus;
  capacity: number;
  enrolledCount: number;
}

export interface LectureEnrolmentChange {
  cursor: string;
  enrolledCount: number;
  occurredAt: string;
  lecture: { id: string; title: string };
}
