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

export const EXAMPLE_TABS = [{ query: COURSE_REGISTRATION }, { query: PARKING }];
