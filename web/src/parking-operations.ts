import { gql } from "urql";
import type { TicketDeliveryStatus, TicketReservationStatus } from "./generated/graphql.ts";

/** The parking operations of the web client, as the router's schema (schema/supergraph.graphql) has them. */

const RESERVATION_FIELDS = `
  id
  date
  status
  parkingLotId
  deliveryId
`;

export const MY_TICKET_RESERVATIONS = gql`
  query MyTicketReservations {
    myTicketReservations {
      ${RESERVATION_FIELDS}
    }
  }
`;

export const RESERVE_PARKING_TICKET = gql`
  mutation ReserveParkingTicket($date: String!) {
    reserveParkingTicket(date: $date) {
      ${RESERVATION_FIELDS}
    }
  }
`;

export const CANCEL_TICKET_RESERVATION = gql`
  mutation CancelTicketReservation($id: ID!) {
    cancelTicketReservation(id: $id) {
      ${RESERVATION_FIELDS}
    }
  }
`;

export const MY_TICKET_RESERVATION_CHANGES = gql`
  subscription MyTicketReservationChanges {
    myTicketReservationChanges {
      cursor
      status
      reservation {
        ${RESERVATION_FIELDS}
      }
    }
  }
`;

/** Public: the free spaces residents see, also shown to an employee choosing a day. */
export const PARKING_AVAILABILITY = gql`
  query ParkingAvailability($date: String!) {
    parkingAvailability(date: $date) {
      date
      capacity
      freeSpaces
    }
  }
`;

export const TICKETS_TO_DELIVER = gql`
  query TicketsToDeliver {
    ticketsToDeliver {
      id
      date
      status
      employee {
        id
        name
      }
      reservation {
        id
      }
    }
  }
`;

export const DELIVER_TICKET = gql`
  mutation DeliverTicket($id: ID!) {
    deliverTicket(id: $id) {
      id
      status
    }
  }
`;

export interface TicketReservation {
  id: string;
  date: string;
  status: TicketReservationStatus;
  parkingLotId: string | null;
  deliveryId: string | null;
}

export interface TicketReservationStatusChange {
  cursor: string;
  status: TicketReservationStatus;
  reservation: TicketReservation;
}

export interface DayAvailability {
  date: string;
  capacity: number | null;
  freeSpaces: number | null;
}

export interface TicketToDeliver {
  id: string;
  date: string;
  status: TicketDeliveryStatus;
  employee: { id: string; name: string } | null;
  reservation: { id: string };
}
