import { envelope, type Viewer } from "@supergraph/platform";
import { buildSchema, GraphQLError, parse, type ExecutionResult } from "graphql";
import { describe, expect, it, vi } from "vitest";
import type { StreamBounds } from "./cursor.ts";
import { createLiveEngine, type GraphExecutor, type LiveSink } from "./engine.ts";
import type { EventFeed, FeedListener } from "./feed.ts";

const schema = buildSchema(`
  type Query { registration(id: ID!): Registration lecture(id: ID!): Lecture }
  type Registration { id: ID! status: String }
  type Lecture { id: ID! title: String }
  type RegistrationChange { cursor: String! status: String! occurredAt: String! registration: Registration }
  type LectureEnrolmentChange { cursor: String! enrolledCount: Int! occurredAt: String! lecture: Lecture }
  type Subscription {
    myRegistrationChanges(after: String): RegistrationChange!
    registrationChanges(id: ID!, after: String): RegistrationChange!
    lectureEnrolmentChanges(lectureId: ID!, after: String): LectureEnrolmentChange!
  }
`);
const studentId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const student: Viewer = { userId: studentId, roles: ["STUDENT"], token: "t" };
const registration = { registrationId: "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d", lectureId: "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d", studentId, paymentId: "6f1c1f9e-2f0e-4c44-9a55-0c1d2e3f4a5b" };

/**
 * A feed whose events the test hands in, in one go when it calls `emit` several times in a
 * row; what the server would say of the stream is `server`, and `asked` counts the questions.
 */
function testFeed(server: Partial<StreamBounds> = {}) {
  let listener: FeedListener | undefined;
  let seq = 0;
  const asked: number[] = [];
  const feed: EventFeed = {
    lastSeq: () => seq,
    stream: "s1",
    bounds: async () => {
      asked.push(seq);
      return { stream: "s1", first: 1, last: seq, ...server };
    },
    onEvent: (l) => {
      listener = l;
      return () => {
        listener = undefined;
      };
    },
    replay: async () => undefined,
    stop: async () => undefined,
  };
  const emit = (type: string, data: object, context = "registrations") => listener!(++seq, envelope(context, { type, subject: registration.registrationId, data }, { correlationId: "c", causationId: "c" }));
  return { feed, emit, asked };
}

const firstError = (result: unknown) => ((result as ExecutionResult).errors ?? [])[0];

describe("the live engine", () => {
  it("given a sink and two changes resolving in one turn, then the sink gets both in one write, in order; a later one alone", async () => {
    const { feed, emit } = testFeed();
    const engine = createLiveEngine(feed, async () => ({ data: { __entity: null } }));
    const writes: string[][] = [];
    const sink: LiveSink = { next: (d) => writes.push([d.json()]), nextAll: (all) => writes.push(all.map((d) => d.json())), end: () => undefined };
    await engine.subscribe({ schema, document: parse("subscription { myRegistrationChanges { status } }"), contextValue: { viewer: student, sink } });

    emit("RegistrationPaid", registration);
    emit("RegistrationCanceled", { ...registration, reason: "STUDENT_CANCELED" });
    await vi.waitFor(() => expect(writes.length).toBeGreaterThan(0));
    emit("RegistrationCanceled", { ...registration, reason: "LECTURE_CANCELED" });
    await vi.waitFor(() => expect(writes.length).toBeGreaterThan(1));

    const status = (json: string) => (JSON.parse(json) as { data: { myRegistrationChanges: { status: string } } }).data.myRegistrationChanges.status;
    expect(writes.map((w) => w.map(status))).toEqual([["PAID", "CANCELED"], ["CANCELED"]]);
    engine.stop();
  });

  it("given a group larger than a sweep's slice and changes resolving while it sweeps, then every member gets each change once, in order", async () => {
    const { feed, emit } = testFeed();
    const engine = createLiveEngine(feed, async () => ({ data: { __entity: null } }));
    const document = parse("subscription { myRegistrationChanges { cursor } }");
    const received = Array.from({ length: 1_200 }, () => [] as string[]);
    for (const got of received) {
      const sink: LiveSink = { next: (d) => got.push(d.json()), nextAll: (all) => got.push(...all.map((d) => d.json())), end: () => undefined };
      await engine.subscribe({ schema, document, contextValue: { viewer: student, sink } });
    }
    const turn = () => new Promise((resolve) => setImmediate(resolve));

    // The later changes resolve after the sweep of the first has written to some members only.
    emit("RegistrationPaid", registration);
    await turn();
    emit("RegistrationCanceled", { ...registration, reason: "STUDENT_CANCELED" });
    await turn();
    emit("RegistrationCanceled", { ...registration, reason: "LECTURE_CANCELED" });
    await vi.waitFor(() => expect(received.every((got) => got.length >= 3)).toBe(true));
    await turn();

    const cursor = (json: string) => (JSON.parse(json) as { data: { myRegistrationChanges: { cursor: string } } }).data.myRegistrationChanges.cursor;
    expect(new Set(received.map((got) => got.map(cursor).join(" ")))).toEqual(new Set(["1:s1 2:s1 3:s1"]));
    engine.stop();
  });

  it("given two changes of one registration arriving together, then one fetch serves both; a change arriving later is fetched anew", async () => {
    const { feed, emit } = testFeed();
    const fetches: unknown[] = [];
    const engine = createLiveEngine(feed, async (_query, variables) => {
      fetches.push(variables.__id);
      return { data: { __entity: { id: variables.__id, status: "CANCELED" } } };
    });
    const changes = (await engine.subscribe({
      schema,
      document: parse("subscription { myRegistrationChanges { status registration { id status } } }"),
      contextValue: { viewer: student },
    })) as AsyncIterableIterator<ExecutionResult<{ myRegistrationChanges: { status: string; registration: { status: string } } }>>;
    const next = async () => (await changes.next()).value!.data!.myRegistrationChanges;

    emit("RegistrationPaid", registration);
    emit("RegistrationCanceled", { ...registration, reason: "STUDENT_CANCELED" });
    expect([await next(), await next()]).toEqual([
      { status: "PAID", registration: { id: registration.registrationId, status: "CANCELED" } },
      { status: "CANCELED", registration: { id: registration.registrationId, status: "CANCELED" } },
    ]);
    expect(fetches).toEqual([registration.registrationId]);

    emit("RegistrationCanceled", { ...registration, reason: "LECTURE_CANCELED" });
    expect(await next()).toEqual({ status: "CANCELED", registration: { id: registration.registrationId, status: "CANCELED" } });
    expect(fetches).toHaveLength(2);
    engine.stop();
  });

  it("given each change, then its cursor is its stream sequence and the stream's tag", async () => {
    const { feed, emit } = testFeed();
    const engine = createLiveEngine(feed, async (_query, variables) => ({ data: { __entity: { id: variables.__id } } }));
    const changes = (await engine.subscribe({ schema, document: parse("subscription { myRegistrationChanges { cursor } } "), contextValue: { viewer: student } })) as AsyncIterableIterator<ExecutionResult>;

    emit("RegistrationPaid", registration);

    expect((await changes.next()).value.data).toEqual({ myRegistrationChanges: { cursor: "1:s1" } });
    engine.stop();
  });
});

describe("resuming from a cursor", () => {
  const subscribe = (engine: ReturnType<typeof createLiveEngine>, after: unknown) =>
    engine.subscribe({ schema, document: parse("subscription($after: String) { myRegistrationChanges(after: $after) { status } }"), variableValues: { after }, contextValue: { viewer: student } });
  const found: GraphExecutor = async (_query, variables) => ({ data: { __entity: { id: variables.__id, status: "PAID" } } });

  it.each(["abc", "-5", "5", "5:", ":s1", "1.5:s1", "05:s1", "99999999999999999:s1", 5])("given after %j, then it is refused as INVALID_CURSOR, asking nothing of the server", async (after) => {
    const { feed, asked } = testFeed();
    const engine = createLiveEngine(feed, found);

    expect(firstError(await subscribe(engine, after))?.extensions?.code).toBe("INVALID_CURSOR");
    expect(asked).toEqual([]);
    engine.stop();
  });

  it("given a cursor ahead of the stream's end, then the server is asked, and it is refused as CURSOR_NOT_FOUND", async () => {
    const { feed, emit, asked } = testFeed();
    const engine = createLiveEngine(feed, found);
    emit("RegistrationPaid", registration);

    const refused = firstError(await subscribe(engine, "999999999:s1"));

    expect(refused?.extensions?.code).toBe("CURSOR_NOT_FOUND");
    expect(refused?.message).toMatch(/ahead of the event stream/);
    expect(asked).toHaveLength(1);
    engine.stop();
  });

  it("given a cursor ahead of the feed but within the server's stream, then it is admitted: the feed catches up", async () => {
    const { feed, asked } = testFeed({ last: 3 });
    const engine = createLiveEngine(feed, found);

    expect(firstError(await subscribe(engine, "3:s1"))).toBeUndefined();
    expect(asked).toHaveLength(1);
    engine.stop();
  });

  it("given a cursor of another stream (one since recreated), then it is refused as CURSOR_NOT_FOUND without asking the server", async () => {
    const { feed, emit, asked } = testFeed();
    const engine = createLiveEngine(feed, found);
    emit("RegistrationPaid", registration);

    const refused = firstError(await subscribe(engine, "1:s0"));

    expect(refused?.extensions?.code).toBe("CURSOR_NOT_FOUND");
    expect(refused?.message).toMatch(/no longer exists/);
    expect(asked).toEqual([]);
    engine.stop();
  });

  it("given the server's stream is not the feed's any more, then a cursor of the feed's is refused as CURSOR_NOT_FOUND", async () => {
    const { feed, emit } = testFeed({ stream: "s2" });
    const engine = createLiveEngine(feed, found);
    emit("RegistrationPaid", registration);
    emit("RegistrationPaid", registration);

    expect(firstError(await subscribe(engine, "1:s1"))?.extensions?.code).toBe("CURSOR_NOT_FOUND");
    engine.stop();
  });

  it("given a cursor older than the oldest event the stream keeps, then it is refused as CURSOR_EXPIRED; the one just before it is admitted", async () => {
    const { feed, emit } = testFeed({ first: 3 });
    const engine = createLiveEngine(feed, found);
    for (let i = 0; i < 4; i++) emit("RegistrationPaid", registration);

    expect(firstError(await subscribe(engine, "1:s1"))?.extensions?.code).toBe("CURSOR_EXPIRED");
    expect(firstError(await subscribe(engine, "2:s1"))).toBeUndefined();
    engine.stop();
  });

  it("given a cursor to check while the stream does not answer, then it is refused LIVE_UNAVAILABLE, retryable", async () => {
    const { feed, emit } = testFeed();
    const engine = createLiveEngine({ ...feed, bounds: () => Promise.reject(new Error("no responders")) }, found);
    emit("RegistrationPaid", registration);
    emit("RegistrationPaid", registration);

    expect(firstError(await subscribe(engine, "1:s1"))?.extensions).toEqual({ code: "LIVE_UNAVAILABLE", retryable: true });
    engine.stop();
  });

  it("given the cursor of the last change the feed dispatched, then it is admitted without asking the server", async () => {
    const { feed, emit, asked } = testFeed();
    const engine = createLiveEngine(feed, found);
    emit("RegistrationPaid", registration);

    const changes = (await subscribe(engine, "1:s1")) as AsyncIterableIterator<ExecutionResult>;
    emit("RegistrationCanceled", { ...registration, reason: "STUDENT_CANCELED" });

    expect((await changes.next()).value.data).toEqual({ myRegistrationChanges: { status: "CANCELED" } });
    expect(asked).toEqual([]);
    engine.stop();
  });
});

describe("who may subscribe", () => {
  const lectureId = registration.lectureId;
  const ENROLMENT = parse("subscription($lectureId: ID!) { lectureEnrolmentChanges(lectureId: $lectureId) { enrolledCount lecture { id } } }");
  const ONE = parse("subscription($id: ID!) { registrationChanges(id: $id) { status } }");

  it("given an anonymous subscriber of a public field, then it receives the changes, fetched anonymously", async () => {
    const { feed, emit } = testFeed();
    const viewers: unknown[] = [];
    const engine = createLiveEngine(feed, async (_query, variables, viewer) => {
      viewers.push(viewer);
      return { data: { __entity: { id: variables.__id ?? variables.id } } };
    });
    const changes = (await engine.subscribe({ schema, document: ENROLMENT, variableValues: { lectureId }, contextValue: { viewer: null } })) as AsyncIterableIterator<ExecutionResult>;

    emit("EnrolmentChanged", { lectureId, enrolledCount: 1, capacity: 40 }, "lectures");

    expect((await changes.next()).value.data).toEqual({ lectureEnrolmentChanges: { enrolledCount: 1, lecture: { id: lectureId } } });
    expect(viewers).toEqual([null, null]);
    engine.stop();
  });

  it.each([
    ["myRegistrationChanges", parse("subscription { myRegistrationChanges { status } }"), {}],
    ["registrationChanges", ONE, { id: registration.registrationId }],
  ])("given an anonymous subscriber of %s, then it is refused as UNAUTHENTICATED before anything is fetched", async (_name, document, variableValues) => {
    const { feed } = testFeed();
    const fetched: unknown[] = [];
    const engine = createLiveEngine(feed, async (query) => {
      fetched.push(query);
      return { data: { __entity: null } };
    });

    expect(firstError(await engine.subscribe({ schema, document, variableValues, contextValue: { viewer: null } }))?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(fetched).toEqual([]);
    engine.stop();
  });

  it("given an id the subscriber's query does not find, then it is refused with the entity's NOT_FOUND, asked as the subscriber", async () => {
    const { feed } = testFeed();
    const asked: unknown[] = [];
    const engine = createLiveEngine(feed, async (query, variables, viewer) => {
      asked.push([query, variables, viewer]);
      return { data: { __entity: null } };
    });

    const refused = firstError(await engine.subscribe({ schema, document: ONE, variableValues: { id: "nope" }, contextValue: { viewer: student } }));

    expect(refused?.extensions?.code).toBe("REGISTRATION_NOT_FOUND");
    expect(refused?.message).toBe("No registration with that id.");
    expect(asked).toEqual([["query LiveSubscriptionCheck($id: ID!) { __entity: registration(id: $id) { __typename } }", { id: "nope" }, student]]);
    expect(engine.stats()).toEqual({ subscribers: 0, groups: 0 });
    engine.stop();
  });

  it("given the query for the id fails, then the subscription is refused with the query's error", async () => {
    const { feed } = testFeed();
    const engine = createLiveEngine(feed, async () => ({ errors: [new GraphQLError("Registrations is unavailable; retry shortly.", { extensions: { code: "SUBGRAPH_UNAVAILABLE" } })] }));

    const refused = firstError(await engine.subscribe({ schema, document: ONE, variableValues: { id: registration.registrationId }, contextValue: { viewer: student } }));

    expect([refused?.message, refused?.extensions?.code]).toEqual(["Registrations is unavailable; retry shortly.", "SUBGRAPH_UNAVAILABLE"]);
    engine.stop();
  });

  it("given several subscribers of one found id, then those arriving together share one check and a later one joins its group unchecked", async () => {
    const { feed } = testFeed();
    let checks = 0;
    const engine = createLiveEngine(feed, async () => {
      checks++;
      return { data: { __entity: { __typename: "Registration" } } };
    });
    const subscribe = () => engine.subscribe({ schema, document: ONE, variableValues: { id: registration.registrationId }, contextValue: { viewer: student } });

    const together = await Promise.all([subscribe(), subscribe()]);
    await subscribe();

    expect(together.map(firstError)).toEqual([undefined, undefined]);
    expect(checks).toBe(1);
    expect(engine.stats()).toEqual({ subscribers: 3, groups: 1 });
    engine.stop();
  });
});
