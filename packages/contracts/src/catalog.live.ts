import { certificateApplicationLiveStatus } from "./certificate-applications.live.ts";
import { couponLiveStatus } from "./coupons.live.ts";
import type { LiveStatusDeclaration } from "./define.live.ts";
import { deliveryLiveStatus } from "./deliveries.live.ts";
import { learningLiveStatus } from "./learning.live.ts";
import { lectureEnrolmentLiveStatus } from "./lectures.live.ts";
import { ticketReservationLiveStatus } from "./parking-reservations.live.ts";
import { paymentLiveStatus } from "./payments.live.ts";
import { pizzaOrderLiveStatus } from "./pizza-orders.live.ts";
import { pizzaRefundLiveStatus } from "./refunds.live.ts";
import { registrationLiveStatus } from "./registrations.live.ts";
import { vaccinationBookingLiveStatus } from "./vaccination-bookings.live.ts";
import { caseTimelineLiveStatus } from "./views.live.ts";

/**
 * Every subscribable entity, as its owner declares it: the router serves these and nothing
 * else. A context that makes an entity subscribable adds its declaration here.
 */
export const LIVE_STATUS: readonly LiveStatusDeclaration[] = [
  registrationLiveStatus,
  paymentLiveStatus,
  lectureEnrolmentLiveStatus,
  ticketReservationLiveStatus,
  vaccinationBookingLiveStatus,
  certificateApplicationLiveStatus,
  learningLiveStatus,
  pizzaOrderLiveStatus,
  deliveryLiveStatus,
  pizzaRefundLiveStatus,
  couponLiveStatus,
  caseTimelineLiveStatus,
];
