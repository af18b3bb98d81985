import { randomUUID } from "node:crypto";
import { commandCausation, envelope, type Causation, type DomainEvent, type EventBus, type EventEnvelope } from "@supergraph/platform";

/** Publishes an event as `context`'s outbox relay would: on its subject, the event id as JetStream message id. */
export async function publishEvent(bus: EventBus, context: string, event: DomainEvent, causation: Causation): Promise<EventEnvelope> {
  const published = envelope(context, event, causation);
  await bus.js.publish(bus.names.eventSubject(context, published.type), JSON.stringify(published), { msgID: published.id });
  return published;
}

/** A CourseRegistered for `lectureId`, with fresh registration, student and payment ids, as registrations would publish it. */
export function publishCourseRegistered(bus: EventBus, lectureId: string): Promise<EventEnvelope> {
  const registrationId = randomUUID();
  const data = { registrationId, lectureId, studentId: randomUUID(), paymentId: randomUUID(), amount: 1_000 };
  return publishEvent(bus, "registrations", { type: "CourseRegistered", subject: registrationId, data }, commandCausation(registrationId));
}
