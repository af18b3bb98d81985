import { paymentCancellationRequested, type PaymentRequest } from "@supergraph/contracts/payments";
import type { RegistrationEvent } from "@supergraph/contracts/registrations";
import type { DomainEvent } from "@supergraph/platform";

/**
 * Registrations' events with what they ask of payments, in payments' own contract: a canceled
 * registration, or an attempt given up after an uncertain charge, calls off the payment whose
 * reference is the registration id. The request is recorded in the same transaction as the
 * change that makes it, so it reaches payments even when payments is down at the time.
 */
export function withPaymentRequests(events: readonly RegistrationEvent[]): DomainEvent[] {
  return events.flatMap((event) => [event, ...paymentRequestsOf(event)]);
}

function paymentRequestsOf(event: RegistrationEvent): PaymentRequest[] {
  switch (event.type) {
    case "RegistrationCanceled": {
      const { registrationId, studentId, reason } = event.data;
      return [paymentCancellationRequested({ reference: registrationId, purpose: "COURSE_REGISTRATION", payerId: studentId, reason })];
    }
    case "RegistrationAbandoned": {
      const { registrationId, studentId } = event.data;
      return [paymentCancellationRequested({ reference: registrationId, purpose: "COURSE_REGISTRATION", payerId: studentId, reason: "REGISTRATION_ABANDONED" })];
    }
    case "CourseRegistered":
    case "RegistrationPaid":
      return [];
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}
