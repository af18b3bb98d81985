import { GraphQLError } from "graphql";

/**
 * Why a live subscription is refused before it starts (docs/client-contract.md). A refusal is
 * the subscription's only result, with the code in `extensions.code`; the socket stays open.
 */
export const LiveRefusal = {
  /** A subscription that needs a signed-in user, on a connection without a token. */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** `after` is not a cursor this API gives out. */
  INVALID_CURSOR: "INVALID_CURSOR",
  /** `after` is no position of the event stream: ahead of its end, or from a stream since recreated. */
  CURSOR_NOT_FOUND: "CURSOR_NOT_FOUND",
  /** The events after `after` are no longer retained: a resume would miss some. */
  CURSOR_EXPIRED: "CURSOR_EXPIRED",
} as const;
export type LiveRefusal = (typeof LiveRefusal)[keyof typeof LiveRefusal];

export const refusal = (code: string, message: string, extensions: Record<string, unknown> = {}) => new GraphQLError(message, { extensions: { code, ...extensions } });

/**
 * A resume position: the event's stream sequence and the stream it belongs to. The stream is
 * named by its creation time, so a cursor from a stream since deleted and made anew (whose
 * sequences start again at 1) is told apart from a position of the current one.
 */
export interface Cursor {
  readonly seq: number;
  readonly stream: string;
}

/** `<sequence>:<stream>`, e.g. `42:mij3k2x1a`: the sequence first, increasing within a stream. */
export const formatCursor = (seq: number, stream: string) => `${seq}:${stream}`;

/** The stream tag of cursors: its creation time (ISO-8601, from JetStream) in base 36 milliseconds. */
export function streamTag(created: string): string {
  const ms = Date.parse(created);
  if (Number.isNaN(ms)) throw new Error(`the event stream's creation time ${JSON.stringify(created)} is no date`);
  return ms.toString(36);
}

const CURSOR = /^(0|[1-9]\d{0,15}):([0-9a-z]{1,12})$/;

/** `after` as given: none (null or absent), a cursor, or the refusal of one this API never gave out. */
export function readCursor(after: unknown): Cursor | null | GraphQLError {
  if (after === undefined || after === null) return null;
  const match = typeof after === "string" ? CURSOR.exec(after) : null;
  const seq = match ? Number(match[1]) : NaN;
  if (!match || !Number.isSafeInteger(seq)) {
    return refusal(LiveRefusal.INVALID_CURSOR, `\`after\` must be the \`cursor\` of a change this API sent (like "42:mij3k2x1a"), not ${JSON.stringify(after).slice(0, 60)}. Subscribe without \`after\` to start from now.`);
  }
  return { seq, stream: match[2]! };
}

/** What the stream holds now: its tag and the sequences of its oldest and newest retained events. */
export interface StreamBounds {
  readonly stream: string;
  /** Oldest retained sequence; the last sequence + 1 when the stream holds nothing. */
  readonly first: number;
  readonly last: number;
}

/** Whether a resume from `cursor` can deliver every change after it: null when it can, else the refusal. */
export function cursorRefusal(cursor: Cursor, bounds: StreamBounds): GraphQLError | null {
  const again = "Subscribe without `after` and read the current state with a query.";
  if (cursor.stream !== bounds.stream) return refusal(LiveRefusal.CURSOR_NOT_FOUND, `That cursor is from an event stream that no longer exists. ${again}`);
  if (cursor.seq > bounds.last) return refusal(LiveRefusal.CURSOR_NOT_FOUND, `That cursor is ahead of the event stream (last position ${bounds.last}). ${again}`);
  if (cursor.seq < bounds.first - 1) return refusal(LiveRefusal.CURSOR_EXPIRED, `The changes after that cursor are no longer kept (the oldest kept is at ${bounds.first}). ${again}`);
  return null;
}
