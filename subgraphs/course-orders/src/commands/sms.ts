import type { CourseOrderEvent } from "@supergraph/contracts/course-orders";
import { notificationRequested, type NotificationRequestEvent } from "@supergraph/contracts/notifications";
import type { DomainEvent } from "@supergraph/platform";

/**
 * Course orders' events with the SMS they ask notifications to send the student, in
 * notifications' own contract: recorded in the same transaction as the change, so the SMS
 * is requested even while notifications is down, and once per event.
 */
export function withSms(events: readonly CourseOrderEvent[]): DomainEvent[] {
  return events.flatMap((event) => [event, ...smsOf(event)]);
}

function smsOf(event: CourseOrderEvent): NotificationRequestEvent[] {
  switch (event.type) {
    case "CourseOrdered": {
      const { orderId, orderNumber, studentId, phoneNumber, courseTitle, beginDate, endDate } = event.data;
      const text = `Your course order ${orderNumber} for "${courseTitle}" (${beginDate} to ${endDate}) is received.`;
      return [notificationRequested({ recipientId: studentId, channel: "SMS", address: phoneNumber, kind: "COURSE_ORDERED", text, caseId: orderId, caseLabel: orderNumber })];
    }
    case "CourseOrderCanceled": {
      const { orderId, orderNumber, studentId, phoneNumber } = event.data;
      const text = `Your course order ${orderNumber} is canceled.`;
      return [notificationRequested({ recipientId: studentId, channel: "SMS", address: phoneNumber, kind: "COURSE_ORDER_CANCELED", text, caseId: orderId, caseLabel: orderNumber })];
    }
    case "FinalScoreRecorded":
      return [];
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}
