import type { z } from "zod";
import type { EventContract } from "./define.ts";

/**
 * How subscribers ask for an entity's changes; the router serves each kind the same way for
 * every entity, so a context's new subscription is a declaration, not router code.
 * - `mine`: the signed-in user's own entities (no argument), routed by owner;
 * - `byId`: one entity by id, delivered to its owner or an ADMIN;
 * - `publicById`: one entity by id, delivered to anyone, without a token too (an entity public like a lecture).
 */
export type LiveSubscriptionKind = "mine" | "byId" | "publicById";

export interface LiveSubscription {
  readonly kind: LiveSubscriptionKind;
  /** The id argument's name (`byId`, `publicById`). */
  readonly argument?: string;
  /** Its docstring in the schema. */
  readonly description: string;
}

/** What one event changed: which entity, whose it is (null: public), and the change's own fields. */
export interface LiveChange<Field extends string = string> {
  readonly id: string;
  readonly ownerId: string | null;
  readonly fields: Readonly<Record<Field, unknown>>;
}

/** An event of the owner's contract that changes the entity, and the change it makes. */
export interface LiveSource<Field extends string = string> {
  readonly contract: EventContract;
  readonly change: (data: any) => LiveChange<Field>;
}

/**
 * A subscribable entity, declared by the context that owns it: the events of its contract
 * that change the entity, what a change carries, and the subscriptions clients may open.
 * The router assembles its live fields and its `live` schema from these alone.
 */
export interface LiveStatusDeclaration<Field extends string = string> {
  /** The context that owns the entity and serves the query that fetches it. */
  readonly owner: string;
  readonly entity: {
    /** The entity's GraphQL type (a key stub in the live schema). */
    readonly type: string;
    /** The owner's root query fetching it by id, and that query's id argument. */
    readonly query: string;
    readonly idArgument: string;
    /** The change type's field holding the entity as it is now, and its docstring. */
    readonly field: string;
    readonly description: string;
  };
  readonly change: {
    /** The change type's name and docstring. */
    readonly type: string;
    readonly description: string;
    /** The fields a change takes from its event: GraphQL type (an owner's enum, a scalar) and docstring. */
    readonly fields: Readonly<Record<Field, { readonly type: string; readonly description: string }>>;
  };
  readonly sources: readonly LiveSource<NoInfer<Field>>[];
  /** Subscription fields by name. */
  readonly subscriptions: Readonly<Record<string, LiveSubscription>>;
}

/** The change an event of `contract` makes, its data typed by the contract's schema. */
export function changedBy<C extends EventContract, Field extends string>(contract: C, change: (data: z.infer<C["schema"]>) => LiveChange<Field>): LiveSource<Field> {
  if (contract.publisher === "*") throw new Error(`${contract.type} is a request event: only what a context publishes about its own entities changes them`);
  return { contract, change };
}

/** Checks a declaration once, where it is written, so a mistake fails every test that loads it. */
export function defineLiveStatus<Field extends string>(declaration: LiveStatusDeclaration<Field>): LiveStatusDeclaration<Field> {
  for (const [name, subscription] of Object.entries(declaration.subscriptions)) {
    const needsArgument = subscription.kind !== "mine";
    if (needsArgument !== (subscription.argument !== undefined)) {
      throw new Error(`${name}: a ${subscription.kind} subscription ${needsArgument ? "needs" : "takes no"} id argument`);
    }
  }
  const foreign = declaration.sources.find((s) => s.contract.publisher !== declaration.owner);
  if (foreign) throw new Error(`${declaration.entity.type} changes by ${foreign.contract.publisher}'s ${foreign.contract.type}: its owner ${declaration.owner} declares only its own events`);
  return declaration;
}
