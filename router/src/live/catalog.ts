import type { EventEnvelope, Viewer } from "@supergraph/platform";

/** One event turned into the change a subscription delivers. */
export interface Change {
  /** Stream sequence of the event: the resume cursor. */
  readonly cursor: string;
  readonly occurredAt: string;
  /** Id of the entity the change is about. */
  readonly entityId: string;
  /** The user the entity belongs to (null: public). */
  readonly ownerId: string | null;
  /** Fields of the change type that come from the event itself (status, enrolledCount). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/**
 * A subscription field of router/live.graphql: which events feed it, how an event becomes
 * a change, which subscribers may see it, and how its entity is fetched through the graph.
 */
export interface LiveField {
  readonly field: string;
  /** `<context>.<EventType>` → the change it makes (or null to ignore the event). */
  readonly sources: Readonly<Record<string, (event: EventEnvelope<string, any>) => Omit<Change, "cursor" | "occurredAt"> | null>>;
  /** The change type's field holding the entity, and the root query that fetches it by id. */
  readonly entity: { readonly field: string; readonly query: string; readonly idArgument: string };
  /** Public changes are fetched once for every subscriber; owned ones with each owner's token. */
  readonly visibility: "public" | "owner";
  /**
   * Where changes are routed: a subscriber with these arguments only ever receives changes
   * whose `changeRoute` equals its `route`, so an event is matched against those groups
   * alone, not against every subscriber of the field.
   */
  route(args: Record<string, unknown>, viewer: Viewer): string;
  changeRoute(change: Change): string;
  /** Whether a subscriber with these arguments (on the change's route) receives the change. */
  matches(change: Change, args: Record<string, unknown>, viewer: Viewer): boolean;
}

const byOwner = { route: (_args: Record<string, unknown>, viewer: Viewer) => viewer.userId, changeRoute: (change: Change) => change.ownerId ?? "" };
const byEntity = (argument: string) => ({ route: (args: Record<string, unknown>) => String(args[argument]), changeRoute: (change: Change) => change.entityId });

const mayRead = (change: Change, viewer: Viewer) => change.ownerId === viewer.userId || viewer.roles.includes("ADMIN");

const registrationSources: LiveField["sources"] = {
  "registrations.CourseRegistered": (e) => ({ entityId: e.data.registrationId, ownerId: e.data.studentId, fields: { status: "REGISTERED" } }),
  "registrations.RegistrationPaid": (e) => ({ entityId: e.data.registrationId, ownerId: e.data.studentId, fields: { status: "PAID" } }),
  "registrations.RegistrationCanceled": (e) => ({ entityId: e.data.registrationId, ownerId: e.data.studentId, fields: { status: "CANCELED" } }),
};

export const LIVE_FIELDS: readonly LiveField[] = [
  {
    field: "myRegistrationChanges",
    sources: registrationSources,
    entity: { field: "registration", query: "registration", idArgument: "id" },
    visibility: "owner",
    ...byOwner,
    matches: (change, _args, viewer) => change.ownerId === viewer.userId,
  },
  {
    field: "registrationChanges",
    sources: registrationSources,
    entity: { field: "registration", query: "registration", idArgument: "id" },
    visibility: "owner",
    ...byEntity("id"),
    matches: (change, args, viewer) => change.entityId === args.id && mayRead(change, viewer),
  },
  {
    field: "paymentChanges",
    sources: {
      "payments.PaymentCompleted": (e) => ({ entityId: e.data.paymentId, ownerId: e.data.payerId, fields: { status: "COMPLETED" } }),
      "payments.PaymentCanceled": (e) => ({ entityId: e.data.paymentId, ownerId: e.data.payerId, fields: { status: "CANCELED" } }),
    },
    entity: { field: "payment", query: "payment", idArgument: "id" },
    visibility: "owner",
    ...byEntity("id"),
    matches: (change, args, viewer) => change.entityId === args.id && mayRead(change, viewer),
  },
  {
    field: "lectureEnrolmentChanges",
    sources: {
      "lectures.EnrolmentChanged": (e) => ({ entityId: e.data.lectureId, ownerId: null, fields: { enrolledCount: e.data.enrolledCount } }),
    },
    entity: { field: "lecture", query: "lecture", idArgument: "id" },
    visibility: "public",
    ...byEntity("lectureId"),
    matches: (change, args) => change.entityId === args.lectureId,
  },
];

/** `<context>.<EventType>` of an event, from its CloudEvents source `/contexts/<context>`. */
export function sourceKey(event: EventEnvelope): string {
  return `${event.source.slice(event.source.lastIndexOf("/") + 1)}.${event.type}`;
}
