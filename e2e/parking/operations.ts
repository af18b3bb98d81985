/** The parking operations the e2e tests send through the router, as a client would. */

const RESERVATION_FIELDS = `id date status parkingLotId deliveryId reservedAt allocatedAt refusedAt deliveredAt canceledAt`;

export const RESERVE = `mutation($date: String!) { reserveParkingTicket(date: $date) { ${RESERVATION_FIELDS} } }`;
export const CANCEL = `mutation($id: ID!) { cancelTicketReservation(id: $id) { id status canceledAt } }`;
export const RESERVATION = `query($id: ID!) { ticketReservation(id: $id) { ${RESERVATION_FIELDS} employee { id } ticketDelivery { id status shippedAt canceledAt } } }`;
export const MY_RESERVATIONS = `query { myTicketReservations { id date status } }`;
export const TO_DELIVER = `query($date: String) { ticketsToDeliver(date: $date) { id date status parkingLotId reservation { id status } employee { id } } }`;
export const DELIVER = `mutation($id: ID!) { deliverTicket(id: $id) { id status shippedAt shippedBy { id } reservation { id } } }`;
export const PARKING_DAY = `query($date: String!) { parkingDay(date: $date) { date capacity occupied free } }`;
/** The employee's status screen: the read model in views. */
export const BOARD = `query { myParkingReservations { id date status parkingLotId deliveryId ticketCanceled spaceReleased } }`;
export const LOT_OF_RESERVATION = `query($id: ID!) { parkingLotOfReservation(reservationId: $id) { id status date vacatedAt reservation { id } } }`;
