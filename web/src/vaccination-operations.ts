import { gql } from "urql";
import type { CertificateApplicationStatus, CertificateIssueStatus, InjectionStatus, VaccinationBookingStatus } from "./generated/graphql.ts";

/** The vaccination operations of the web client, as the router's schema (schema/supergraph.graphql) has them. */

const BOOKING_FIELDS = `
  id
  vaccineName
  date
  status
`;

const APPLICATION_FIELDS = `
  id
  status
  booking {
    id
  }
  certificate {
    number
    issuedAt
  }
`;

export const VACCINES = gql`
  query Vaccines {
    vaccines {
      id
      name
      stock
      booked
      available
    }
  }
`;

/** The customer's "my page": the read model in views. */
export const MY_VACCINATIONS = gql`
  query MyVaccinations {
    myVaccinations {
      id
      vaccineName
      date
      status
      injectionStatus
      injectedAt
      applications {
        id
        status
        certificate {
          number
          issuedAt
        }
      }
    }
  }
`;

export const BOOK_VACCINATION = gql`
  mutation BookVaccination($input: BookVaccinationInput!) {
    bookVaccination(input: $input) {
      ${BOOKING_FIELDS}
    }
  }
`;

export const CANCEL_VACCINATION_BOOKING = gql`
  mutation CancelVaccinationBooking($id: ID!) {
    cancelVaccinationBooking(id: $id) {
      ${BOOKING_FIELDS}
    }
  }
`;

export const APPLY_FOR_CERTIFICATE = gql`
  mutation ApplyForCertificate($bookingId: ID!) {
    applyForCertificate(bookingId: $bookingId) {
      ${APPLICATION_FIELDS}
    }
  }
`;

export const CANCEL_CERTIFICATE_APPLICATION = gql`
  mutation CancelCertificateApplication($id: ID!) {
    cancelCertificateApplication(id: $id) {
      ${APPLICATION_FIELDS}
    }
  }
`;

export const MY_VACCINATION_BOOKING_CHANGES = gql`
  subscription MyVaccinationBookingChanges {
    myVaccinationBookingChanges {
      cursor
      status
      booking {
        ${BOOKING_FIELDS}
        injection {
          id
          status
        }
      }
    }
  }
`;

export const MY_CERTIFICATE_APPLICATION_CHANGES = gql`
  subscription MyCertificateApplicationChanges {
    myCertificateApplicationChanges {
      cursor
      status
      certificateNumber
      application {
        ${APPLICATION_FIELDS}
      }
    }
  }
`;

export const REGISTER_VACCINE = gql`
  mutation RegisterVaccine($input: RegisterVaccineInput!) {
    registerVaccine(input: $input) {
      id
      name
      stock
      booked
      available
    }
  }
`;

export const ADD_VACCINE_STOCK = gql`
  mutation AddVaccineStock($id: ID!, $quantity: Int!) {
    addVaccineStock(id: $id, quantity: $quantity) {
      id
      stock
      booked
      available
    }
  }
`;

export const INJECTIONS_TO_GIVE = gql`
  query InjectionsToGive {
    injectionsToGive {
      id
      date
      status
      customer {
        id
        name
      }
      vaccine {
        id
        name
      }
      booking {
        id
      }
    }
  }
`;

export const COMPLETE_INJECTION = gql`
  mutation CompleteInjection($id: ID!) {
    completeInjection(id: $id) {
      id
      status
    }
  }
`;

export const PENDING_CERTIFICATE_ISSUES = gql`
  query PendingCertificateIssues {
    pendingCertificateIssues {
      id
      status
      requestedAt
      customer {
        id
        name
      }
      application {
        id
        vaccineName
      }
    }
  }
`;

export const ISSUE_CERTIFICATE = gql`
  mutation IssueCertificate($issueId: ID!) {
    issueCertificate(issueId: $issueId) {
      id
      status
      certificate {
        number
        issuedAt
      }
    }
  }
`;

export interface VaccineRow {
  id: string;
  name: string;
  stock: number;
  booked: number;
  available: number;
}

export interface Certificate {
  number: string;
  issuedAt: string;
}

/** An application as one answer of the graph gave it (views, a mutation or a live change). */
export interface ApplicationAnswer {
  id: string;
  status: CertificateApplicationStatus;
  certificate: Certificate | null;
  /** The booking it is for; views' rows nest applications in their booking instead. */
  booking?: { id: string };
}

/** A booking as one answer of the graph gave it; views' rows add the injection and the applications. */
export interface BookingAnswer {
  id: string;
  vaccineName: string;
  date: string;
  status: VaccinationBookingStatus;
  injectionStatus?: InjectionStatus | null;
  injection?: { id: string; status: InjectionStatus } | null;
  applications?: ApplicationAnswer[];
}

export interface BookingChange {
  cursor: string;
  status: VaccinationBookingStatus;
  booking: BookingAnswer;
}

export interface ApplicationChange {
  cursor: string;
  status: CertificateApplicationStatus;
  certificateNumber: string | null;
  application: ApplicationAnswer & { booking: { id: string } };
}

export interface InjectionToGive {
  id: string;
  date: string;
  status: InjectionStatus;
  customer: { id: string; name: string } | null;
  vaccine: { id: string; name: string } | null;
  booking: { id: string };
}

export interface PendingIssue {
  id: string;
  status: CertificateIssueStatus;
  requestedAt: string;
  customer: { id: string; name: string } | null;
  application: { id: string; vaccineName: string } | null;
}
