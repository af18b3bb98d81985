export * from "./define.ts";
export * as lectures from "./lectures.ts";
export * as payments from "./payments.ts";
export * as registrations from "./registrations.ts";
export * as parkingReservations from "./parking-reservations.ts";
export * as parkingLots from "./parking-lots.ts";
export * as ticketDeliveries from "./ticket-deliveries.ts";
