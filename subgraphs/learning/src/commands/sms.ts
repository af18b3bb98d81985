import type { LearningEvent } from "@supergraph/contracts/learning";
import { notificationRequested, type NotificationRequestEvent } from "@supergraph/contracts/notifications";
import type { DomainEvent } from "@supergraph/platform";

/**
 * Learning's events with the SMS they ask notifications to send the student (learning
 * started, learning canceled), recorded in the same outbox transaction as the change.
 */
export function withSms(events: readonly LearningEvent[]): DomainEvent[] {
  return events.flatMap((event) => [event, ...smsOf(event)]);
}

function smsOf(event: LearningEvent): NotificationRequestEvent[] {
  switch (event.type) {
    case "LearningStarted": {
      const { orderId, orderNumber, studentId, phoneNumber, managerName } = event.data;
      const text = `Your learning for order ${orderNumber} has started; your learning manager is ${managerName}.`;
      return [notificationRequested({ recipientId: studentId, channel: "SMS", address: phoneNumber, kind: "LEARNING_STARTED", text, caseId: orderId, caseLabel: orderNumber })];
    }
    case "LearningCanceled": {
      const { orderId, orderNumber, studentId, phoneNumber } = event.data;
      const text = `Your learning for order ${orderNumber} is canceled.`;
      return [notificationRequested({ recipientId: studentId, channel: "SMS", address: phoneNumber, kind: "LEARNING_CANCELED", text, caseId: orderId, caseLabel: orderNumber })];
    }
    case "LearningOpened":
    case "LearningEvaluated":
    case "LearningCompleted":
      return [];
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}
