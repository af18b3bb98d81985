import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The vaccines context's contract: vaccines with their stock and booked doses, and the sync
 * calls `vaccines.reserveDose` and `vaccines.releaseDose` a booking makes. Two quantities: a
 * booking reserves a dose (booked + 1, refused when stock - booked < 1), a cancel releases it
 * (booked - 1), an injection consumes it (stock - 1 and booked - 1).
 */

/** The quantities of a vaccine after a change. */
const Quantities = z.object({
  vaccineId: z.uuid(),
  /** Doses in stock (injected ones are gone from it). */
  stock: z.number().int().nonnegative(),
  /** Doses reserved by bookings not yet injected. */
  booked: z.number().int().nonnegative(),
});

/** A vaccine manager registered a vaccine with its first stock. */
export const VaccineRegistered = Quantities.extend({ name: z.string(), managerId: z.uuid() });

/** A vaccine manager added doses to a vaccine's stock. */
export const StockAdded = Quantities.extend({ quantity: z.number().int().positive(), managerId: z.uuid() });

const Dose = Quantities.extend({ bookingId: z.uuid() });

/** A booking reserved a dose (booked + 1). */
export const DoseReserved = Dose;
/** A booking's dose was released: the booking was canceled or never stored (booked - 1). */
export const DoseReleased = Dose;
/** A booking's dose was injected (stock - 1, booked - 1). */
export const DoseConsumed = Dose;

/** The events the vaccines context publishes. */
export const vaccineEvents = defineEvents("vaccines", { VaccineRegistered, StockAdded, DoseReserved, DoseReleased, DoseConsumed });

export type VaccineEvent = EventsOf<typeof vaccineEvents>;

/**
 * Sync call `vaccines.reserveDose`: reserves one dose of the vaccine for the booking,
 * idempotent by booking id (a retry answers the same reservation and books nothing twice);
 * refused with OUT_OF_STOCK when stock - booked < 1, and with DOSE_RELEASED when the booking's
 * dose was released already (a reservation that arrives after its booking gave up).
 */
export const ReserveDoseRequest = z.object({ bookingId: z.uuid(), vaccineId: z.uuid() });
export type ReserveDoseRequest = z.infer<typeof ReserveDoseRequest>;

export interface ReserveDoseResult {
  vaccineId: string;
  /** The vaccine's name, kept with the booking. */
  vaccineName: string;
}

/**
 * Sync call `vaccines.releaseDose`: releases the booking's dose, idempotent by booking id. A
 * booking with no dose reserved yet is marked released, so a reservation arriving later is
 * refused (DOSE_RELEASED) and never leaves a dose booked for nobody.
 */
export const ReleaseDoseRequest = z.object({ bookingId: z.uuid(), vaccineId: z.uuid() });
export type ReleaseDoseRequest = z.infer<typeof ReleaseDoseRequest>;

export interface ReleaseDoseResult {
  /** Whether this call released it (false: it was released, or consumed, before). */
  released: boolean;
}

/** Error codes of the dose calls, shared by caller and callee. */
export const DoseErrorCode = {
  /** Raised by the caller when vaccines is down, slow or its breaker is open. */
  UNAVAILABLE: "VACCINES_UNAVAILABLE",
  /** No vaccine with that id. */
  VACCINE_NOT_FOUND: "VACCINE_NOT_FOUND",
  /** stock - booked < 1: no dose left to book. */
  OUT_OF_STOCK: "OUT_OF_STOCK",
  /** The booking's dose was released before this reservation arrived. */
  DOSE_RELEASED: "DOSE_RELEASED",
  /** The request was malformed (a caller's bug). */
  INVALID: "INVALID_DOSE_REQUEST",
} as const;
