import { randomUUID } from "node:crypto";

/**
 * A domain event as it travels: CloudEvents 1.0 attribute names plus the case it belongs
 * to (`correlationid`) and what caused it (`causationid`).
 */
export interface EventEnvelope<Type extends string = string, Data = unknown> {
  readonly specversion: "1.0";
  readonly id: string;
  /** The emitting context, e.g. `/contexts/registrations`. */
  readonly source: string;
  /** Past-tense event name, e.g. `RegistrationCanceled`. */
  readonly type: Type;
  /** The entity the event is about (its id). */
  readonly subject: string;
  readonly time: string;
  readonly datacontenttype: "application/json";
  /** The case: the registration, order or booking id the event belongs to. */
  readonly correlationid: string;
  /** The event or command that caused this one. */
  readonly causationid: string;
  readonly data: Data;
}

/** What a domain decision yields; the platform wraps it into an envelope when it is stored. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly subject: string;
  readonly data: Data;
}

/** Where an event comes from: the command's own id, or the event being handled. */
export interface Causation {
  readonly correlationId: string;
  readonly causationId: string;
}

/** A causation for a fresh command: the case is the entity the command creates or acts on. */
export function commandCausation(correlationId: string, commandId: string = randomUUID()): Causation {
  return { correlationId, causationId: commandId };
}

/** A causation for effects of a handled event: same case, caused by that event. */
export function causedBy(event: EventEnvelope): Causation {
  return { correlationId: event.correlationid, causationId: event.id };
}

export function envelope<T extends string, D>(
  context: string,
  event: DomainEvent<T, D>,
  causation: Causation,
  now: Date = new Date(),
): EventEnvelope<T, D> {
  return {
    specversion: "1.0",
    id: randomUUID(),
    source: `/contexts/${context}`,
    type: event.type,
    subject: event.subject,
    time: now.toISOString(),
    datacontenttype: "application/json",
    correlationid: causation.correlationId,
    causationid: causation.causationId,
    data: event.data,
  };
}

const required = ["id", "source", "type", "subject", "time", "correlationid", "causationid"] as const;

/** A decoder used without `stream` keeps no state between calls: one serves every message. */
const utf8 = new TextDecoder();

/** Parses bytes into an envelope, or says why they are not one. */
export function parseEnvelope(bytes: Uint8Array): EventEnvelope | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch {
    return { error: "not JSON" };
  }
  if (typeof value !== "object" || value === null) return { error: "not an object" };
  const record = value as Record<string, unknown>;
  for (const key of required) {
    if (typeof record[key] !== "string" || record[key] === "") return { error: `missing attribute ${key}` };
  }
  if (typeof record.data !== "object" || record.data === null) return { error: "missing data" };
  return record as unknown as EventEnvelope;
}
