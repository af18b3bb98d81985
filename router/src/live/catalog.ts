import { LIVE_STATUS } from "@supergraph/contracts/catalog.live";
import type { LiveStatusDeclaration, LiveSubscriptionKind } from "@supergraph/contracts/define.live";
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
 * A subscription field the router serves (router/live.graphql): which events feed it, how an
 * event becomes a change, which subscribers may see it, and how its entity is fetched through
 * the graph. Assembled from the owners' declarations; nothing here names a context.
 */
export interface LiveField {
  readonly field: string;
  /** `<context>.<EventType>` → the change it makes (or null to ignore the event). */
  readonly sources: Readonly<Record<string, (event: EventEnvelope<string, any>) => Omit<Change, "cursor" | "occurredAt"> | null>>;
  /** The change type's field holding the entity, and the root query that fetches it by id. */
  readonly entity: { readonly field: string; readonly query: string; readonly idArgument: string };
  /**
   * Public changes are fetched once for every subscriber, anonymous ones included; owned ones
   * with each owner's token, so they need a signed-in subscriber.
   */
  readonly visibility: "public" | "owner";
  /**
   * The subscription's id argument (`byId`, `publicById`), whose entity must be one the
   * subscriber's own query for it finds, and what refuses it when it is not.
   */
  readonly subject?: { readonly argument: string; readonly notFound: { readonly code: string; readonly message: string } };
  /**
   * Where changes are routed: a subscriber with these arguments only ever receives changes
   * whose `changeRoute` equals its `route`, so an event is matched against those groups
   * alone, not against every subscriber of the field.
   */
  route(args: Record<string, unknown>, viewer: Viewer | null): string;
  changeRoute(change: Change): string;
  /** Whether a subscriber with these arguments (on the change's route) receives the change; null: anonymous. */
  matches(change: Change, args: Record<string, unknown>, viewer: Viewer | null): boolean;
}

/** How each kind of subscription routes and filters changes: the same for every entity. */
const KINDS: Record<LiveSubscriptionKind, (argument: string) => Pick<LiveField, "route" | "changeRoute" | "matches" | "visibility">> = {
  mine: () => ({
    visibility: "owner",
    route: (_args, viewer) => viewer?.userId ?? "",
    changeRoute: (change) => change.ownerId ?? "",
    // Only the owner's own: an admin's "mine" is theirs too.
    matches: (change, _args, viewer) => viewer !== null && change.ownerId === viewer.userId,
  }),
  byId: (argument) => ({
    visibility: "owner",
    route: (args) => String(args[argument]),
    changeRoute: (change) => change.entityId,
    matches: (change, args, viewer) => viewer !== null && change.entityId === args[argument] && (change.ownerId === viewer.userId || viewer.roles.includes("ADMIN")),
  }),
  publicById: (argument) => ({
    visibility: "public",
    route: (args) => String(args[argument]),
    changeRoute: (change) => change.entityId,
    matches: (change, args) => change.entityId === args[argument],
  }),
};

/**
 * The refusal of a subscription to an entity its subscriber's query does not find (unknown, or
 * not theirs: the same answer, so nothing leaks): `<ENTITY>_NOT_FOUND`, worded as the owners
 * word theirs ("No registration with that id.", registrations' REGISTRATION_NOT_FOUND).
 */
export function notFound(entityType: string): { code: string; message: string } {
  const words = entityType.replace(/([a-z0-9])([A-Z])/g, "$1 $2");
  return { code: `${words.replace(/ /g, "_").toUpperCase()}_NOT_FOUND`, message: `No ${words.toLowerCase()} with that id.` };
}

/** The live fields of some declarations: each subscription of each subscribable entity. */
export function liveFields(declarations: readonly LiveStatusDeclaration[]): LiveField[] {
  return declarations.flatMap((declaration) => {
    const sources: LiveField["sources"] = Object.fromEntries(
      declaration.sources.map(({ contract, change }) => [
        `${contract.publisher}.${contract.type}`,
        (event: EventEnvelope<string, any>) => {
          const { id, ownerId, fields } = change(event.data);
          return { entityId: id, ownerId, fields };
        },
      ]),
    );
    const { field, query, idArgument, type } = declaration.entity;
    return Object.entries(declaration.subscriptions).map(([name, subscription]) => ({
      field: name,
      sources,
      entity: { field, query, idArgument },
      ...(subscription.argument === undefined ? {} : { subject: { argument: subscription.argument, notFound: notFound(type) } }),
      ...KINDS[subscription.kind](subscription.argument ?? ""),
    }));
  });
}

/** Every live field the router serves, from the owners' declarations (@supergraph/contracts/catalog.live). */
export const LIVE_FIELDS: readonly LiveField[] = liveFields(LIVE_STATUS);

/** `<context>.<EventType>` of an event, from its CloudEvents source `/contexts/<context>`. */
export function sourceKey(event: EventEnvelope): string {
  return `${event.source.slice(event.source.lastIndexOf("/") + 1)}.${event.type}`;
}
