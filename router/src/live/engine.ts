import {
  activeContext,
  CORRELATION_ATTRIBUTE,
  EVENT_TYPE_ATTRIBUTE,
  failed as spanFailed,
  runIn,
  SpanKind,
  TRACING_OFF,
  withSpan,
  type Context,
  type Tracing,
  type Viewer,
} from "@supergraph/platform";
import {
  execute,
  getOperationAST,
  GraphQLError,
  print,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import { getArgumentValues } from "graphql/execution/values.js";
import { LIVE_FIELDS, sourceKey, type Change, type LiveField } from "./catalog.ts";
import { cursorRefusal, formatCursor, LiveRefusal, readCursor, refusal, type Cursor } from "./cursor.ts";
import { entityQuery } from "./entity-query.ts";
import type { EventFeed, FeedListener } from "./feed.ts";
import { PushIterator } from "./push-iterator.ts";

/** Runs an operation through the gateway as `viewer` (null: anonymously). */
export type GraphExecutor = (query: string, variables: Record<string, unknown>, viewer: Viewer | null) => Promise<ExecutionResult>;

export interface LiveContext {
  readonly viewer: Viewer | null;
  /**
   * Where a push transport (graphql-ws) takes the subscription's results, instead of pulling
   * them from the iterator `subscribe` answers (which it then only returns, to end it).
   */
  readonly sink?: LiveSink;
}

/** A subscriber's socket: results written straight to it, and the end the engine decides. */
export interface LiveSink {
  /** A result shared by a group: serialized once, framed once per operation id, not per subscriber. */
  next(delivery: Delivery): void;
  /** Several results in one turn: written together (one system call), not one write each. */
  nextAll(deliveries: readonly Delivery[]): void;
  /** The engine ended the subscription (its replay failed): the transport says `complete`. */
  end(): void;
}

/** A group's result for one change, serialized once, and framed once per run of members with the same operation id. */
export class Delivery {
  private serialized: string | undefined;
  /**
   * The last frame made and its operation id: members with the same id (every graphql-ws
   * client's first operation is "1") share it, and no map of a frame per id grows with them.
   */
  private framedFor: string | undefined;
  private framed: Buffer | undefined;
  constructor(readonly result: ExecutionResult) {}

  json(): string {
    return (this.serialized ??= JSON.stringify(this.result));
  }

  /** The graphql-ws `next` message for operation `id`, made by `make` (or shared with the last member's). */
  frame(id: string, make: (message: string) => Buffer): Buffer {
    if (this.framed && this.framedFor === id) return this.framed;
    this.framedFor = id;
    return (this.framed = make(`{"id":${JSON.stringify(id)},"type":"next","payload":${this.json()}}`));
  }
}

interface ChangeSource extends Change {
  readonly __change: true;
}

/** A subscriber's results must not be delivered when its entity is not visible to it. */
const INVISIBLE = Symbol("invisible");

/**
 * Members a sweep writes to per turn of the event loop: a few milliseconds of socket writes,
 * so a group of thousands does not hold the loop (and the next event's fetch) for its whole
 * sweep.
 */
const SWEEP_SLICE = 500;

/**
 * Subscribers with the same operation, variables and visibility scope share a group: each
 * event is executed once per group (one upstream fetch), and the same result goes to every
 * member. Members deliver in stream order, each sequence at most once.
 */
class Group {
  readonly members = new Set<Member>();
  private chain: Promise<unknown> = Promise.resolve();
  /**
   * Results not yet offered to every member, in stream order. A sweep offers them to the
   * members a slice at a time; results that resolve while it runs join it, so the members it
   * has not reached get them in the same write, and those it passed get them in the next
   * sweep. When events bunch (one transaction's, or events coming faster than a sweep of a
   * large group), a socket gets one write for several, not one per event.
   */
  private unswept: [number, Delivery | typeof INVISIBLE][] = [];
  /** The sweep under way: the members it has yet to reach, and how many results its first slice had (every member gets those). */
  private sweep: { members: Iterator<Member>; results?: number } | undefined;
  private readonly queries = new Map<string, { text: string; variables: string[] }>();
  /** Changes handed to this group so far; a change's arrival is its number. */
  private arrivals = 0;
  /**
   * Entity fetches that changes arrived by `upTo` may share. A fetch starts after every change
   * it serves arrived, so it sees at least what each of them committed: two changes of one
   * transaction (CourseRegistered and RegistrationPaid) cost one fetch, not two.
   */
  private readonly fetches = new Map<string, { upTo: number; result: Promise<ExecutionResult> }>();

  constructor(
    readonly key: string,
    readonly live: LiveField,
    readonly args: Record<string, unknown>,
    readonly subscriber: Viewer | null,
    private readonly runAs: Viewer | null,
    private readonly exec: ExecutionArgs,
    private readonly graph: GraphExecutor,
  ) {}

  matches(change: Change): boolean {
    return this.live.matches(change, this.args, this.subscriber);
  }

  /** A live change's result, for every member: written by the next sweep, or by the one under way to the members it has not reached. */
  resolve(seq: number, delivery: Delivery | typeof INVISIBLE): void {
    this.unswept.push([seq, delivery]);
    if (this.sweep) return;
    this.sweep = { members: this.members.values() };
    setImmediate(() => this.sweepSlice());
  }

  /**
   * Offers the unswept results to the next slice of members; members admit each sequence
   * once, so one a sweep reached is not written twice. Between slices the event loop reads
   * the feed and the gateway's answers, so the next event's result can join the sweep.
   */
  private sweepSlice(): void {
    const sweep = this.sweep!;
    // Results of this turn and earlier: the first slice starts at the first member.
    sweep.results ??= this.unswept.length;
    for (let n = 0; n < SWEEP_SLICE; n++) {
      const next = sweep.members.next();
      if (next.done) {
        // Every member has the results the sweep began with; ones that came later need another for the members swept before them.
        this.unswept = this.unswept.slice(sweep.results);
        this.sweep = this.unswept.length > 0 ? { members: this.members.values() } : undefined;
        if (this.sweep) setImmediate(() => this.sweepSlice());
        return;
      }
      next.value.live(this.unswept);
    }
    setImmediate(() => this.sweepSlice());
  }

  /** The payload for a change, computed once however many members wait for it. */
  run(change: Change): Promise<Delivery | typeof INVISIBLE> {
    const arrival = ++this.arrivals;
    const result = this.chain.then(() => this.execute(change, arrival));
    this.chain = result.catch(() => undefined);
    return result;
  }

  /** The entity for a change: a fetch started after the change arrived, shared by the changes waiting with it. */
  private async fetchEntity(key: string, text: string, variables: Record<string, unknown>, change: Change, arrival: number): Promise<ExecutionResult> {
    const shared = `${key}\u0000${change.entityId}`;
    const started = this.fetches.get(shared);
    if (started && started.upTo >= arrival) return started.result;
    // Changes that come in the same read from NATS (one transaction's events) arrive first.
    await new Promise((resolve) => setImmediate(resolve));
    const result = this.graph(text, { ...variables, __id: change.entityId }, this.runAs);
    this.fetches.set(shared, { upTo: this.arrivals, result });
    return result;
  }

  private async execute(change: Change, arrival: number): Promise<Delivery | typeof INVISIBLE> {
    const source: ChangeSource = { ...change, __change: true };
    let invisible = false;
    const fieldResolver: GraphQLFieldResolver<unknown, LiveContext> = async (parent, _args, _ctx, info) => {
      if (info.parentType === info.schema.getSubscriptionType()) return source;
      if ((parent as ChangeSource).__change) {
        if (info.fieldName !== this.live.entity.field) return (parent as Record<string, unknown>)[info.fieldName] ?? (source.fields[info.fieldName] as unknown);
        const key = `${info.path.key}`;
        let query = this.queries.get(key);
        if (!query) this.queries.set(key, (query = entityQuery(info, this.live.entity.query, this.live.entity.idArgument)));
        const variables = Object.fromEntries(query.variables.map((v) => [v, this.exec.variableValues?.[v]]));
        const fetched = await this.fetchEntity(key, query.text, variables, change, arrival);
        if (fetched.errors?.length) throw new GraphQLError(fetched.errors[0]!.message, { extensions: fetched.errors[0]!.extensions });
        const entity = (fetched.data as { __entity?: unknown } | null | undefined)?.__entity;
        if (entity == null) invisible = true;
        return entity;
      }
      // Objects fetched through the gateway are keyed by response key (alias).
      return (parent as Record<string, unknown>)[info.path.key as string];
    };
    const result = (await execute({ ...this.exec, rootValue: {}, fieldResolver })) as ExecutionResult;
    // Changes run in arrival order: a fetch no later change may share is dropped.
    for (const [shared, fetch] of this.fetches) if (fetch.upTo <= arrival) this.fetches.delete(shared);
    return invisible ? INVISIBLE : new Delivery(result);
  }
}

/** What a failed execution delivers: the error, as a result. */
const failed = (error: Error) => new Delivery({ errors: [new GraphQLError(error.message)] });

/**
 * One subscriber. Live changes arrive from its group already in stream order and are
 * written at once; a subscriber resuming from a cursor gets the replayed ones first (in
 * order, through `tail`) while live ones wait in `parked`. Each sequence is delivered once.
 */
class Member {
  private tail: Promise<void> = Promise.resolve();
  private lastSeq: number;
  private parked: [number, Delivery | typeof INVISIBLE][] | null;

  constructor(
    readonly iterator: PushIterator<ExecutionResult>,
    readonly sink: LiveSink | undefined,
    after: number,
    catchingUp: boolean,
  ) {
    this.lastSeq = after;
    this.parked = catchingUp ? [] : null;
  }

  /** The delivery of `seq` if it is new and visible to this member (each sequence once). */
  private admit(seq: number, delivery: Delivery | typeof INVISIBLE): Delivery | undefined {
    if (seq <= this.lastSeq) return undefined;
    this.lastSeq = seq;
    return delivery === INVISIBLE ? undefined : delivery;
  }

  private deliver(seq: number, delivery: Delivery | typeof INVISIBLE): void {
    const admitted = this.admit(seq, delivery);
    if (!admitted) return;
    if (this.sink) this.sink.next(admitted);
    else this.iterator.push(admitted.result);
  }

  /** Live changes, in stream order: to a sink in one write when there are several. */
  live(changes: readonly [number, Delivery | typeof INVISIBLE][]): void {
    if (this.parked) {
      // A later sweep offers again what an earlier one did; the parked keep each sequence once.
      for (const change of changes) if (change[0] > (this.parked.at(-1)?.[0] ?? this.lastSeq)) this.parked.push(change);
    } else if (changes.length === 1 || !this.sink) for (const [seq, delivery] of changes) this.deliver(seq, delivery);
    else {
      const deliveries = changes.map(([seq, delivery]) => this.admit(seq, delivery)).filter((d): d is Delivery => d !== undefined);
      if (deliveries.length === 1) this.sink.next(deliveries[0]!);
      else if (deliveries.length > 1) this.sink.nextAll(deliveries);
    }
  }

  /** A replayed change; replayed ones are delivered in the order they are offered. */
  replayed(seq: number, payload: Promise<Delivery | typeof INVISIBLE>): void {
    this.tail = this.tail.then(async () => this.deliver(seq, await payload.catch(failed)));
  }

  /** Ends the catch-up: what arrived live meanwhile follows what was replayed. */
  caughtUp(): void {
    this.tail = this.tail.then(() => {
      const parked = this.parked ?? [];
      this.parked = null;
      for (const [seq, delivery] of parked) this.deliver(seq, delivery);
    });
  }
}

export interface LiveEngine {
  subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;
  /** Subscribers now, and distinct groups (upstream fetches per matching event). */
  stats(): { subscribers: number; groups: number };
  stop(): void;
}

export function createLiveEngine(feed: EventFeed, graph: GraphExecutor, tracing: Tracing = TRACING_OFF): LiveEngine {
  const groups = new Map<string, Group>();
  /** Groups by field, then by route: an event only meets the groups on its route. */
  const routes = new Map<string, Map<string, Set<Group>>>(LIVE_FIELDS.map((f) => [f.field, new Map()]));
  const fieldsBySource = new Map<string, LiveField[]>();
  for (const field of LIVE_FIELDS) {
    for (const source of Object.keys(field.sources)) fieldsBySource.set(source, [...(fieldsBySource.get(source) ?? []), field]);
  }
  let subscribers = 0;

  const toChange = (live: LiveField, seq: number, event: Parameters<Parameters<EventFeed["onEvent"]>[0]>[1]): Change | null => {
    try {
      const partial = live.sources[sourceKey(event)]?.(event);
      return partial ? { ...partial, cursor: formatCursor(seq, feed.stream), occurredAt: event.time } : null;
    } catch {
      return null;
    }
  };

  /**
   * A group's push of a change, in the event's trace (a span child of the context its message
   * carried) while tracing: the entity fetch through the gateway is part of it.
   */
  const push = (group: Group, change: Change, event: Parameters<FeedListener>[1], origin: Context | undefined): Promise<Delivery | typeof INVISIBLE> => {
    if (!tracing.enabled) return group.run(change);
    const parent = origin ?? activeContext();
    const span = tracing.start(`push ${group.live.field}`, SpanKind.PRODUCER, parent, {
      [CORRELATION_ATTRIBUTE]: event.correlationid,
      [EVENT_TYPE_ATTRIBUTE]: event.type,
      "supergraph.live.field": group.live.field,
      "supergraph.live.subscribers": group.members.size,
    });
    const delivered = runIn(withSpan(parent, span), () => group.run(change));
    void delivered.then(
      (delivery) => {
        span.setAttribute("supergraph.live.visible", delivery !== INVISIBLE);
        span.end();
      },
      (error: unknown) => {
        spanFailed(span, error);
        span.end();
      },
    );
    return delivered;
  };

  const unlisten = feed.onEvent((seq, event, origin) => {
    for (const live of fieldsBySource.get(sourceKey(event)) ?? []) {
      const change = toChange(live, seq, event);
      if (!change) continue;
      for (const group of routes.get(live.field)!.get(live.changeRoute(change)) ?? []) {
        if (!group.matches(change)) continue;
        // Group results resolve in stream order (run() chains them), so members get them in order.
        void push(group, change, event, origin).then(
          (delivery) => group.resolve(seq, delivery),
          (error: Error) => group.resolve(seq, failed(error)),
        );
      }
    }
  });

  /** Checks of one entity for one scope in flight, shared by the subscribers that arrive together. */
  const admissions = new Map<string, Promise<GraphQLError | null>>();

  /**
   * A subscription to one entity is admitted when the subscriber's own query for it finds it
   * (run through the graph as the subscriber, anonymously for a public one); else it gets
   * that query's error, or the entity's NOT_FOUND when the query answers null. Unknown and
   * someone else's ids answer alike, as the query does.
   */
  const admission = (live: LiveField, args: Record<string, unknown>, runAs: Viewer | null, scope: string): Promise<GraphQLError | null> => {
    const subject = live.subject;
    if (!subject) return Promise.resolve(null);
    const id = args[subject.argument];
    const key = `${scope}|${live.entity.query}|${String(id)}`;
    let admitted = admissions.get(key);
    if (!admitted) {
      const { query, idArgument } = live.entity;
      admitted = graph(`query LiveSubscriptionCheck($id: ID!) { __entity: ${query}(${idArgument}: $id) { __typename } }`, { id }, runAs)
        .then((result) => {
          const error = result.errors?.[0];
          if (error) return new GraphQLError(error.message, { extensions: error.extensions });
          const found = (result.data as { __entity?: unknown } | null | undefined)?.__entity != null;
          return found ? null : refusal(subject.notFound.code, subject.notFound.message);
        })
        .finally(() => admissions.delete(key));
      admissions.set(key, admitted);
    }
    return admitted;
  };

  /**
   * Where a resume starts: the cursor's sequence, when every change after it can be
   * delivered; else why not. Resuming where the feed is (the usual reconnect) asks nothing of
   * the server; a cursor ahead of the feed or behind it does, once, before its replay.
   */
  const resumeAt = async (cursor: Cursor): Promise<number | GraphQLError> => {
    if (cursor.stream === feed.stream && cursor.seq === feed.lastSeq()) return cursor.seq;
    let refused: GraphQLError | null;
    if (cursor.stream !== feed.stream) refused = cursorRefusal(cursor, { stream: feed.stream, first: 0, last: 0 });
    else {
      const bounds = await feed.bounds().catch(() => null);
      if (!bounds) return refusal("LIVE_UNAVAILABLE", "Live updates are not available yet (the event stream does not answer); retry shortly.", { retryable: true });
      // The stream the server holds must be the one the feed reads, or its sequences mean nothing here.
      refused = cursorRefusal(cursor, bounds.stream === feed.stream ? bounds : { ...bounds, stream: "" });
    }
    return refused ?? cursor.seq;
  };

  return {
    async subscribe(exec) {
      const operation = getOperationAST(exec.document, exec.operationName);
      const fields = operation?.selectionSet.selections.filter((s): s is FieldNode => s.kind === "Field") ?? [];
      const subscriptionType = exec.schema.getSubscriptionType();
      if (!operation || fields.length !== 1 || !subscriptionType) {
        return { errors: [new GraphQLError("A subscription selects exactly one live field.")] };
      }
      const node = fields[0]!;
      const live = LIVE_FIELDS.find((f) => f.field === node.name.value);
      const definition = subscriptionType.getFields()[node.name.value];
      const { viewer, sink } = exec.contextValue as LiveContext;
      if (!live || !definition) return { errors: [new GraphQLError(`Unknown live field ${node.name.value}.`)] };
      // An anonymous connection may watch what is public; anything owned needs its owner's token.
      if (!viewer && live.visibility !== "public") {
        return { errors: [refusal(LiveRefusal.UNAUTHENTICATED, `Sign in first: ${live.field} needs a valid bearer token.`)] };
      }
      const args = getArgumentValues(definition, node, exec.variableValues ?? {});
      const cursor = readCursor(args.after);
      if (cursor instanceof GraphQLError) return { errors: [cursor] };

      const scope = live.visibility === "public" ? "public" : `user:${viewer!.userId}`;
      const runAs = live.visibility === "public" ? null : viewer;
      const { after: _ignored, ...groupArgs } = args;
      const key = `${scope}|${exec.operationName ?? ""}|${JSON.stringify(groupArgs)}|${print(exec.document)}`;
      // A group's members were all admitted for its entity, in its scope: the next one is too.
      if (!groups.has(key)) {
        const refused = await admission(live, groupArgs, runAs, scope);
        if (refused) return { errors: [refused] };
      }
      const after = cursor === null ? null : await resumeAt(cursor);
      if (after instanceof GraphQLError) return { errors: [after] };

      const route = live.route(groupArgs, viewer);
      const routed = routes.get(live.field)!;
      let group = groups.get(key);
      if (!group) {
        group = new Group(key, live, groupArgs, viewer, runAs, { ...exec, variableValues: exec.variableValues ?? {} }, graph);
        groups.set(key, group);
        routed.set(route, (routed.get(route) ?? new Set()).add(group));
      }
      const owner = group;
      const until = feed.lastSeq();
      const iterator: PushIterator<ExecutionResult> = new PushIterator(() => {
        subscribers--;
        owner.members.delete(member);
        if (owner.members.size === 0) {
          groups.delete(owner.key);
          const onRoute = routed.get(route);
          onRoute?.delete(owner);
          if (onRoute?.size === 0) routed.delete(route);
        }
      });
      const member: Member = new Member(iterator, sink, after ?? until, after !== null && after < until);
      subscribers++;
      group.members.add(member);
      if (after !== null && after < until) {
        void feed
          .replay(after, until, (seq, event) => {
            const change = toChange(live, seq, event);
            if (change && owner.matches(change)) member.replayed(seq, owner.run(change));
          })
          .then(() => member.caughtUp())
          .catch(() => {
            void iterator.return();
            sink?.end();
          });
      }
      return iterator;
    },
    stats: () => ({ subscribers, groups: groups.size }),
    stop: () => unlisten(),
  };
}
