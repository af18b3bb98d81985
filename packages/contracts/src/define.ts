import type { z } from "zod";

/** Only {@link defineEvents} makes contracts, so no policy can name its event by free strings. */
declare const defined: unique symbol;

/**
 * One event type a context publishes: who publishes it, its type name and its data schema.
 * Consumers name the events they react to through these (`on(lectureEvents.LectureOpened)`),
 * never through free strings, so a misspelt event is a type error, not a consumer that never fires.
 */
export interface EventContract<Publisher extends string = string, Type extends string = string, Schema extends z.ZodType = z.ZodType> {
  /** The publishing context, or "*" for a request event that any context may publish (its owner consumes it). */
  readonly publisher: Publisher;
  readonly type: Type;
  readonly schema: Schema;
  readonly [defined]: true;
}

/**
 * The event contracts of one publisher, keyed by type name:
 * `defineEvents("lectures", { LectureOpened: z.object({...}) }).LectureOpened.type === "LectureOpened"`.
 */
export function defineEvents<P extends string, S extends Record<string, z.ZodType>>(
  publisher: P,
  schemas: S,
): { readonly [T in keyof S & string]: EventContract<P, T, S[T]> } {
  const contracts: Record<string, EventContract> = {};
  for (const [type, schema] of Object.entries(schemas)) contracts[type] = Object.freeze({ publisher, type, schema }) as unknown as EventContract;
  return Object.freeze(contracts) as { readonly [T in keyof S & string]: EventContract<P, T, S[T]> };
}

/** An event of a contract as a context records it: { type, subject, data }. */
export type EventOf<C extends EventContract> = { type: C["type"]; subject: string; data: z.infer<C["schema"]> };

/** The union of a contract map's events, e.g. EventsOf<typeof lectureEvents>. */
export type EventsOf<M extends Record<string, EventContract>> = { [K in keyof M]: EventOf<M[K]> }[keyof M];
