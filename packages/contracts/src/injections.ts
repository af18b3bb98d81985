import { z } from "zod";
import { defineEvents, type EventsOf } from "./define.ts";

/*
 * The injections context's contract: a record per booking, the injection manager's
 * InjectionCompleted, and the sync call `injections.injectionStatus` the certificate
 * application makes before it accepts an application.
 */

const Injection = z.object({
  injectionId: z.uuid(),
  bookingId: z.uuid(),
  customerId: z.uuid(),
  vaccineId: z.uuid(),
});

/** A booking got its injection record, waiting for the customer's visit. */
export const InjectionScheduled = Injection.extend({ date: z.string() });

/** The injection manager gave the injection (the original's Injected). */
export const InjectionCompleted = Injection.extend({ managerId: z.uuid() });

/** The booking was canceled before its injection: nothing to give. */
export const InjectionCanceled = Injection;

/** The events the injections context publishes. */
export const injectionEvents = defineEvents("injections", { InjectionScheduled, InjectionCompleted, InjectionCanceled });

export type InjectionEvent = EventsOf<typeof injectionEvents>;

/**
 * Sync call `injections.injectionStatus`: whether an injection was given, named by its id or by its
 * booking's id (`bookingId`, added for certificate-applications, which knows the booking); one of the two.
 */
export const InjectionStatusRequest = z
  .object({ injectionId: z.uuid().optional(), bookingId: z.uuid().optional() })
  .refine((r) => (r.injectionId === undefined) !== (r.bookingId === undefined), { message: "give exactly one of injectionId and bookingId" });
export type InjectionStatusRequest = z.infer<typeof InjectionStatusRequest>;

export interface InjectionStatusResult {
  injectionId: string;
  bookingId: string;
  customerId: string;
  /** True once the injection manager marked it done. */
  completed: boolean;
  /** When it was given (ISO-8601), once it was. */
  completedAt: string | null;
}

/** Error codes of the injection-status call, shared by caller and callee. */
export const InjectionStatusErrorCode = {
  /** Raised by the caller when injections is down, slow or its breaker is open. */
  UNAVAILABLE: "INJECTIONS_UNAVAILABLE",
  /** No injection with that id (or for that booking). */
  INJECTION_NOT_FOUND: "INJECTION_NOT_FOUND",
  /** The request was malformed (a caller's bug). */
  INVALID: "INVALID_INJECTION_STATUS_REQUEST",
} as const;
