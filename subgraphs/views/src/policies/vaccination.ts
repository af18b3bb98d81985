import { certificateApplicationEvents } from "@supergraph/contracts/certificate-applications";
import { certificateIssueEvents } from "@supergraph/contracts/certificate-issues";
import { injectionEvents } from "@supergraph/contracts/injections";
import { vaccinationBookingEvents } from "@supergraph/contracts/vaccination-bookings";
import type { EventContract } from "@supergraph/contracts/define";
import { on, policy, type EnvelopeOf } from "@supergraph/platform";
import { applyApplicationChange, applyBookingChange, type ApplicationChange, type BookingChange } from "../infra/vaccination-rows.ts";

/*
 * The vaccination "my page" read model: the customer's bookings with their injection, their
 * certificate applications and the certificates, built only from the events of
 * vaccination-bookings, injections, certificate-applications and certificate-issues (views calls
 * no other context). While injections or certificate-issues is down, a booking or an
 * application shows what its own context said; the others' events complete it once they are back.
 */

/** A policy that applies to its booking's row what its event says. */
function bookingPolicy<C extends EventContract>(name: string, contract: C, change: (data: EnvelopeOf<C>["data"], at: Date) => BookingChange) {
  return policy(name, on(contract), {
    async handle(event, tx) {
      await applyBookingChange(tx, change(event.data, new Date(event.time)));
    },
  });
}

/** A policy that applies to its application's row what its event says. */
function applicationPolicy<C extends EventContract>(name: string, contract: C, change: (data: EnvelopeOf<C>["data"], at: Date) => ApplicationChange) {
  return policy(name, on(contract), {
    async handle(event, tx) {
      await applyApplicationChange(tx, change(event.data, new Date(event.time)));
    },
  });
}

const bookingOf = (d: { bookingId: string; customerId: string; vaccineId: string }) => ({ bookingId: d.bookingId, customerId: d.customerId, vaccineId: d.vaccineId });

export const vaccinationPolicies = [
  bookingPolicy("vaccination-booked", vaccinationBookingEvents.VaccinationBooked, (d, at) => ({
    ...bookingOf(d),
    vaccineName: d.vaccineName,
    date: d.date,
    status: "BOOKED",
    bookedAt: at,
  })),
  bookingPolicy("vaccination-booking-canceled", vaccinationBookingEvents.VaccinationBookingCanceled, (d, at) => ({ ...bookingOf(d), status: "CANCELED", canceledAt: at })),
  bookingPolicy("vaccination-booking-injected", vaccinationBookingEvents.VaccinationBookingInjected, (d) => ({ ...bookingOf(d), status: "INJECTED", injectionId: d.injectionId })),
  bookingPolicy("vaccination-injection-scheduled", injectionEvents.InjectionScheduled, (d) => ({ ...bookingOf(d), injectionId: d.injectionId, injectionStatus: "SCHEDULED" })),
  bookingPolicy("vaccination-injection-completed", injectionEvents.InjectionCompleted, (d, at) => ({
    ...bookingOf(d),
    injectionId: d.injectionId,
    injectionStatus: "COMPLETED",
    injectedAt: at,
  })),
  // An injection is canceled only because its booking was.
  bookingPolicy("vaccination-injection-canceled", injectionEvents.InjectionCanceled, (d) => ({ ...bookingOf(d), injectionId: d.injectionId, injectionStatus: "CANCELED" })),
  applicationPolicy("vaccination-certificate-applied", certificateApplicationEvents.CertificateApplied, (d) => ({
    applicationId: d.applicationId,
    customerId: d.customerId,
    bookingId: d.bookingId,
    injectionId: d.injectionId,
    vaccineName: d.vaccineName,
    status: "APPLIED",
    appliedAt: new Date(d.appliedAt),
  })),
  applicationPolicy("vaccination-certificate-application-canceled", certificateApplicationEvents.CertificateApplicationCanceled, (d) => ({
    applicationId: d.applicationId,
    customerId: d.customerId,
    bookingId: d.bookingId,
    injectionId: d.injectionId,
    status: "CANCELED",
    canceledAt: new Date(d.canceledAt),
  })),
  applicationPolicy("vaccination-certificate-application-issued", certificateApplicationEvents.CertificateApplicationIssued, (d) => ({
    applicationId: d.applicationId,
    customerId: d.customerId,
    bookingId: d.bookingId,
    status: "ISSUED",
    certificateNumber: d.certificateNumber,
    issuedAt: new Date(d.issuedAt),
  })),
  applicationPolicy("vaccination-certificate-issue-requested", certificateIssueEvents.CertificateIssueRequested, (d) => ({
    applicationId: d.applicationId,
    customerId: d.customerId,
    bookingId: d.bookingId,
    status: "APPLIED",
    issueId: d.issueId,
  })),
  // The certificate manager's issue: the page shows the certificate even before
  // certificate-applications applied it to the application (each context's events have their own
  // consumer). A cancel certificate-applications accepted first stands (CANCELED is last in the
  // enum's order): the page then shows the canceled application with the certificate issued meanwhile.
  applicationPolicy("vaccination-certificate-issued", certificateIssueEvents.CertificateIssued, (d) => ({
    applicationId: d.applicationId,
    customerId: d.customerId,
    bookingId: d.bookingId,
    status: "ISSUED",
    issueId: d.issueId,
    certificateNumber: d.certificateNumber,
    issuedAt: new Date(d.issuedAt),
  })),
  // An issue request is canceled only because its application was.
  applicationPolicy("vaccination-certificate-issue-canceled", certificateIssueEvents.CertificateIssueCanceled, (d) => ({
    applicationId: d.applicationId,
    customerId: d.customerId,
    status: "CANCELED",
    issueId: d.issueId,
    canceledAt: new Date(d.canceledAt),
  })),
];
