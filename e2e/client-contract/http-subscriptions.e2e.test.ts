import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { createClient as createSseClient } from "graphql-sse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metric, openSubscriptions, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { openLecture, register } from "../course-registration/helpers.ts";
import { CANCEL_REGISTRATION } from "../course-registration/operations.ts";

const MY_CHANGES = `subscription MyChanges($after: String) { myRegistrationChanges(after: $after) {
  cursor status registration { id status lecture { title } payment { status } } } }`;
const CHANGES_OF = `subscription ChangesOf($id: ID!) { registrationChanges(id: $id) { cursor status registration { id status } } }`;
const TOO_DEEP = `subscription { myRegistrationChanges { registration { lecture { instructor { registrations { lecture { instructor { registrations { lecture { instructor { id } } } } } } } } } } }`;

/** What one client's subscription received, however it came. */
class Received {
  readonly data: any[] = [];
  readonly errors: any[] = [];
  completed = false;
  close: () => void = () => undefined;

  async count(n: number): Promise<any[]> {
    await waitFor(`${n} results (have ${this.data.length}, errors ${JSON.stringify(this.errors)})`, () => this.data.length >= n);
    return this.data;
  }
}

/** Subscriptions over HTTP alone: Apollo's multipart protocol and GraphQL over SSE (issue 11, item 2). */
describe("subscriptions over HTTP: multipart and Server-Sent Events", () => {
  let stack: Stack;
  let instructor: SignedIn;
  let endpoint: string;
  const opened: Received[] = [];
  const subscribers = () => metric(stack.router.url, "live_subscriptions", { kind: "subscribers" });

  /** Apollo Client 4 with `HttpLink` alone: subscriptions go over multipart HTTP. */
  function overMultipart(token: string | undefined, query: string, variables: Record<string, unknown> = {}): Received {
    const got = new Received();
    const client = new ApolloClient({ link: new HttpLink({ uri: endpoint, headers: token ? { authorization: `Bearer ${token}` } : {} }), cache: new InMemoryCache() });
    const subscription = client.subscribe({ query: gql(query), variables }).subscribe({
      next: (result) => {
        if (result.data) got.data.push(result.data);
        if (result.error) got.errors.push(result.error);
      },
      error: (error) => got.errors.push(error),
      complete: () => (got.completed = true),
    });
    got.close = () => {
      subscription.unsubscribe();
      client.stop();
    };
    opened.push(got);
    return got;
  }

  /** The graphql-sse client, in distinct connections mode on /graphql unless told otherwise. */
  function overSse(token: string | undefined, query: string, variables: Record<string, unknown> = {}, mode: { url?: string; singleConnection?: boolean } = {}): Received {
    const got = new Received();
    const client = createSseClient({ url: mode.url ?? endpoint, singleConnection: mode.singleConnection ?? false, headers: token ? { authorization: `Bearer ${token}` } : {}, retryAttempts: 0 });
    const dispose = client.subscribe<any>(
      { query, variables },
      {
        next: (result) => {
          if (result.data) got.data.push(result.data);
          if (result.errors) got.errors.push(...result.errors);
        },
        error: (error) => got.errors.push(error),
        complete: () => (got.completed = true),
      },
    );
    got.close = () => {
      dispose();
      client.dispose();
    };
    opened.push(got);
    return got;
  }

  const post = (body: unknown, headers: Record<string, string>, signal?: AbortSignal) =>
    fetch(endpoint, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body), signal });

  beforeAll(async () => {
    // A short heartbeat, so the wire test sees one without waiting for the 5 s default.
    stack = await Stack.start({ router: { MULTIPART_HEARTBEAT_MS: "200" } }, { only: ["payments", "lectures", "registrations"] });
    endpoint = `${stack.router.url}/graphql`;
    instructor = await stack.signUp("INSTRUCTOR");
  });
  afterAll(async () => {
    opened.forEach((s) => s.close());
    await stack?.stop();
  });

  it("Apollo Client's HttpLink alone and the graphql-sse client receive PAID with other subgraphs' fields; another student's changes never arrive", async () => {
    const [alice, bob] = await Promise.all([stack.signUp("STUDENT"), stack.signUp("STUDENT")]);
    const lectureId = await openLecture(stack, instructor, { title: "HTTP streams" });
    const [aliceParts, aliceEvents, bobParts, bobEvents] = await openSubscriptions(stack.router.url, 4, () => [
      overMultipart(alice.token, MY_CHANGES),
      overSse(alice.token, MY_CHANGES),
      overMultipart(bob.token, MY_CHANGES),
      overSse(bob.token, MY_CHANGES),
    ]);

    const aliceId = (await register(stack, alice, lectureId)).data!.registerForLecture.id;
    for (const live of [aliceParts!, aliceEvents!]) {
      const [paid] = await live.count(1);
      // lecture.title comes from lectures, payment.status from payments: the payload is federated.
      expect(paid.myRegistrationChanges).toMatchObject({ status: "PAID", registration: { id: aliceId, status: "PAID", lecture: { title: "HTTP streams" }, payment: { status: "COMPLETED" } } });
      expect(live.errors).toEqual([]);
    }

    // Bob's own changes arrive after Alice's; none of hers ever came before them.
    const bobId = (await register(stack, bob, lectureId)).data!.registerForLecture.id;
    for (const live of [bobParts!, bobEvents!]) {
      const changes = await live.count(1);
      expect(changes.map((c) => c.myRegistrationChanges.registration.id)).toEqual([bobId]);
    }
    expect(aliceParts!.data).toHaveLength(1);
    expect(aliceEvents!.data).toHaveLength(1);
  });

  it("registrationChanges(id) streams over multipart, SSE on /graphql and graphql-sse's single connection mode on /graphql/stream", async () => {
    const carol = await stack.signUp("STUDENT");
    const lectureId = await openLecture(stack, instructor, { title: "One registration" });
    const id = (await register(stack, carol, lectureId)).data!.registerForLecture.id;
    const streams = await openSubscriptions(stack.router.url, 3, () => [
      overMultipart(carol.token, CHANGES_OF, { id }),
      overSse(carol.token, CHANGES_OF, { id }),
      overSse(carol.token, CHANGES_OF, { id }, { url: `${endpoint}/stream`, singleConnection: true }),
    ]);

    await stack.gql(CANCEL_REGISTRATION, { id }, carol.token);
    for (const live of streams) {
      const [canceled] = await live.count(1);
      expect(canceled.registrationChanges).toMatchObject({ status: "CANCELED", registration: { id, status: "CANCELED" } });
    }
  });

  it("a subscriber that comes back with its last cursor gets what it missed, in order, over both transports", async () => {
    const dave = await stack.signUp("STUDENT");
    const [first, second] = await Promise.all([openLecture(stack, instructor, { title: "Resume 1" }), openLecture(stack, instructor, { title: "Resume 2" })]);
    const live = await openSubscriptions(stack.router.url, 1, () => overMultipart(dave.token, MY_CHANGES));
    const id1 = (await register(stack, dave, first)).data!.registerForLecture.id;
    const [paid] = await live.count(1);
    const before = await subscribers();
    live.close();
    await waitFor("the closed subscription to be freed", async () => (await subscribers()) === before - 1);

    // Offline: a second registration, and the first one canceled.
    const id2 = (await register(stack, dave, second)).data!.registerForLecture.id;
    await stack.gql(CANCEL_REGISTRATION, { id: id1 }, dave.token);
    await waitFor("the missed changes to be in the stream", async () =>
      (await stack.sql<{ n: number }>("registrations", "SELECT count(*)::int AS n FROM platform_outbox WHERE published_at IS NOT NULL AND payload->'data'->>'studentId' = $1", [dave.userId]))[0]!.n >= 5,
    );

    const seen = (changes: any[]) => changes.map((c) => `${c.myRegistrationChanges.registration.id}:${c.myRegistrationChanges.status}`);
    const resumedParts = overMultipart(dave.token, MY_CHANGES, { after: paid.myRegistrationChanges.cursor });
    const missed = await resumedParts.count(2);
    expect(seen(missed)).toEqual([`${id2}:PAID`, `${id1}:CANCELED`]);
    // A cursor is the same on every transport: one got over multipart resumes over SSE.
    const resumedEvents = overSse(dave.token, MY_CHANGES, { after: missed[0].myRegistrationChanges.cursor });
    expect(seen(await resumedEvents.count(1))).toEqual([`${id1}:CANCELED`]);
  });

  it("a bad token is refused with 401 UNAUTHENTICATED, an over-deep subscription with OPERATION_LIMIT_EXCEEDED, on both transports", async () => {
    const student = await stack.signUp("STUDENT");
    const multipart = { accept: 'multipart/mixed;subscriptionSpec="1.0", application/json' };

    const forged = await post({ query: MY_CHANGES }, { ...multipart, authorization: "Bearer not.a.token" });
    expect(forged.status).toBe(401);
    expect((await forged.json()).errors[0]).toMatchObject({ message: expect.stringMatching(/Invalid bearer token/), extensions: { code: "UNAUTHENTICATED" } });
    const forgedEvents = overSse("not.a.token", MY_CHANGES);
    await waitFor("the SSE client to be refused", () => forgedEvents.errors.length > 0);
    expect(forgedEvents.errors[0].response?.status).toBe(401);

    const deep = await post({ query: TOO_DEEP }, { ...multipart, authorization: `Bearer ${student.token}` });
    expect(deep.status).toBe(400);
    expect((await deep.json()).errors).toEqual([{ message: "Operation refused: Query depth limit of 10 exceeded, found 11.", extensions: { code: "OPERATION_LIMIT_EXCEEDED" } }]);
    const deepParts = overMultipart(student.token, TOO_DEEP);
    const deepEvents = overSse(student.token, TOO_DEEP);
    await waitFor("both clients to be refused", () => deepParts.errors.length > 0 && deepEvents.errors.length > 0);
    // Apollo Client reads the 400 as GraphQL errors; graphql-sse gets them in its stream, then completes.
    expect(deepParts.errors[0].errors[0]).toMatchObject({ extensions: { code: "OPERATION_LIMIT_EXCEEDED" } });
    expect(deepEvents.errors[0]).toMatchObject({ message: expect.stringMatching(/depth/i), extensions: { code: "OPERATION_LIMIT_EXCEEDED" } });
    await waitFor("the SSE stream to complete", () => deepEvents.completed);
    expect(deepParts.data).toEqual([]);
    // An operation for a single connection's stream is refused as over plain HTTP, as graphql-sse's protocol says.
    const stream = `${endpoint}/stream`;
    const auth = { authorization: `Bearer ${student.token}` };
    expect((await fetch(stream, { method: "PUT" })).status).toBe(401); // only a signed-in client reserves a stream
    const reserved = await fetch(stream, { method: "PUT", headers: auth });
    expect(reserved.status).toBe(201);
    const deepSingle = await fetch(stream, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json", accept: "application/json", "x-graphql-event-stream-token": await reserved.text() },
      body: JSON.stringify({ query: TOO_DEEP, extensions: { operationId: "1" } }),
    });
    expect(deepSingle.status).toBe(400);
    expect((await deepSingle.json()).errors[0]).toMatchObject({ message: expect.stringMatching(/depth/), extensions: { code: "OPERATION_LIMIT_EXCEEDED" } });
  });

  it("a subscription over HTTP that accepts no streaming transport answers 406 naming the three", async () => {
    const student = await stack.signUp("STUDENT");

    for (const accept of [undefined, "application/json", "multipart/mixed;deferSpec=20220824, application/json"]) {
      const res = await post({ query: MY_CHANGES }, { ...(accept ? { accept } : {}), authorization: `Bearer ${student.token}` });
      expect(res.status, accept).toBe(406);
      const { errors } = await res.json();
      expect(errors[0].extensions.code).toBe("NOT_ACCEPTABLE");
      expect(errors[0].message).toMatch(/graphql-ws/);
      expect(errors[0].message).toMatch(/multipart\/mixed;subscriptionSpec="1\.0"/);
      expect(errors[0].message).toMatch(/text\/event-stream/);
    }
    // Queries are untouched.
    expect((await stack.gql(`{ lectures { id } }`)).status).toBe(200);
  });

  it("on the wire: multipart parts, heartbeats and the closing boundary; a client that goes away frees its subscription", async () => {
    const erin = await stack.signUp("STUDENT");
    const baseline = await subscribers();
    const aborted = new AbortController();
    const res = await openSubscriptions(stack.router.url, 1, () =>
      post({ query: MY_CHANGES }, { accept: "multipart/mixed;subscriptionSpec=1.0", authorization: `Bearer ${erin.token}` }, aborted.signal),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe('multipart/mixed;boundary="graphql";subscriptionSpec="1.0"');
    let wire = "";
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const reading = (async () => {
      for (let read = await reader.read(); !read.done; read = await reader.read()) wire += read.value;
    })().catch(() => undefined);
    await waitFor("a heartbeat part", () => wire.includes("--graphql\r\ncontent-type: application/json; charset=utf-8\r\n\r\n{}\r\n--graphql"));
    expect(wire.startsWith("\r\n--graphql\r\n")).toBe(true);

    const lectureId = await openLecture(stack, instructor, { title: "Wire" });
    const id = (await register(stack, erin, lectureId)).data!.registerForLecture.id;
    await waitFor("the PAID part", () => wire.includes('"status":"PAID"'));
    const parts = wire.split("\r\n--graphql").slice(1, -1).map((part) => JSON.parse(part.split("\r\n\r\n")[1]!));
    expect(parts.filter((p) => p.payload).map((p) => p.payload.data.myRegistrationChanges.status)).toEqual(["PAID"]);
    expect(parts.find((p) => p.payload).payload.data.myRegistrationChanges.registration.id).toBe(id);
    expect(parts.filter((p) => !p.payload).every((p) => Object.keys(p).length === 0)).toBe(true);

    aborted.abort();
    await reading;
    await waitFor("the aborted subscription to be freed", async () => (await subscribers()) === baseline);

    // A refused resume is one payload with the error, then the closing boundary.
    const refused = await post({ query: MY_CHANGES, variables: { after: "abc" } }, { accept: "multipart/mixed;subscriptionSpec=1.0", authorization: `Bearer ${erin.token}` });
    const text = await refused.text();
    expect(text.endsWith("\r\n--graphql--\r\n")).toBe(true);
    expect(JSON.parse(text.split("\r\n\r\n")[1]!.split("\r\n--graphql")[0]!).payload.errors[0].extensions.code).toEqual(expect.any(String));
  });

  it("closing every client frees every subscription (the live_subscriptions gauge and the engine's groups back to zero)", async () => {
    const frank = await stack.signUp("STUDENT");
    await openSubscriptions(stack.router.url, 3, () => [
      overMultipart(frank.token, MY_CHANGES),
      overSse(frank.token, MY_CHANGES),
      overSse(frank.token, MY_CHANGES, {}, { url: `${endpoint}/stream`, singleConnection: true }),
    ]);
    expect(await subscribers()).toBeGreaterThanOrEqual(3);

    opened.forEach((s) => s.close());

    await waitFor("every HTTP subscription to be freed", async () => (await subscribers()) === 0);
    expect(await metric(stack.router.url, "live_subscriptions", { kind: "groups" })).toBe(0);
  });

  it("when the router shuts down, a multipart subscriber gets a retryable transport error and the closing boundary; an SSE stream ends without complete", async () => {
    const grace = await stack.signUp("STUDENT");
    const res = await openSubscriptions(stack.router.url, 1, () => post({ query: MY_CHANGES }, { accept: "multipart/mixed;subscriptionSpec=1.0", authorization: `Bearer ${grace.token}` }));
    const events = await openSubscriptions(stack.router.url, 1, () => overSse(grace.token, MY_CHANGES));
    const reading = res.text();

    await stack.router.stop();

    const wire = await reading;
    expect(wire.endsWith("\r\n--graphql--\r\n")).toBe(true);
    const last = JSON.parse(wire.split("\r\n--graphql").at(-2)!.split("\r\n\r\n")[1]!);
    expect(last).toEqual({ payload: null, errors: [{ message: expect.stringMatching(/shutting down/), extensions: { code: "LIVE_UNAVAILABLE", retryable: true } }] });
    // graphql-sse's client takes a stream ended without `complete` for a lost connection (and would retry).
    await waitFor("the SSE client to lose its stream", () => events.errors.length > 0);
    expect(events.completed).toBe(false);
  });
});
