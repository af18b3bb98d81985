import { SignJWT, UnsecuredJWT, base64url } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLecture, register } from "../course-registration/helpers.ts";
import { CANCEL_REGISTRATION, LECTURE, REGISTER, REGISTRATION } from "../course-registration/operations.ts";
import { openSubscriptions, type SignedIn, Stack, Subscriber, TokenMint, waitFor } from "@supergraph/testkit";
import { internalPorts, leaksIn } from "../client-contract/leaks.ts";
import { figures } from "./figures.ts";

/** The router's documented limits (router/src/env.ts defaults). */
const LIMITS = { depth: 10, aliases: 30, tokens: 2_000, cost: 5_000, bodyBytes: 100_000 };

interface Answer {
  status: number;
  body: any;
  text: string;
}

/** Hostile requests through the router (HTTP and graphql-ws) and straight to subgraphs, with production settings. */
describe("hostile input", () => {
  const report = figures(import.meta.filename);
  let stack: Stack;
  let alice: SignedIn;
  let bob: SignedIn;
  let lectureId: string;
  /** Every answer the suite received, searched for leaked internals at the end. */
  const answers: string[] = [];
  /** The error answers among them (HTTP errors, graphql-ws errors and close reasons), searched for internal addresses. */
  const errorAnswers: { what: string; text: string }[] = [];

  beforeAll(async () => {
    const production = { INTROSPECTION: "false" };
    // Views' read models are not what these attacks aim at: the stack runs without them.
    const only = ["payments", "lectures", "registrations"];
    stack = await Stack.start(Object.fromEntries(["router", "identity", ...only].map((s) => [s, production])), { only });
    [alice, bob] = await Promise.all([stack.signUp("STUDENT"), stack.signUp("STUDENT")]);
    lectureId = await openLecture(stack, await stack.signUp("INSTRUCTOR"), { title: "Hostile input" });
  });
  afterAll(async () => {
    await stack?.stop();
    report.save();
  });

  /** A raw HTTP request; the answer is kept for the final leak check. */
  async function send(url: string, init: RequestInit = {}): Promise<Answer> {
    const res = await fetch(url, init);
    const text = await res.text();
    answers.push(text);
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (res.status >= 400 || body?.errors || body === undefined) errorAnswers.push({ what: `HTTP ${res.status} ${init.method ?? "GET"} ${new URL(url).pathname}`, text });
    return { status: res.status, body, text };
  }
  const post = (query: string, token?: string, variables: Record<string, unknown> = {}, url = `${stack.router.url}/graphql`, headers: Record<string, string> = {}) =>
    send(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
  const code = (a: Answer) => a.body?.errors?.[0]?.extensions?.code as string | undefined;
  const outcome = (a: Answer) => `HTTP ${a.status}${code(a) ? ` ${code(a)}` : ""}`;

  /** Runs one operation over graphql-ws; resolves with what it got: data, errors, or how the socket closed. */
  async function overSocket(query: string, token: string | undefined, variables: Record<string, unknown> = {}): Promise<{ data: unknown[]; errors: string[]; closed?: number }> {
    const subscriber = new Subscriber(stack.router.url, token);
    try {
      subscriber.subscribe(query, variables);
      await waitFor("an answer over graphql-ws", () => subscriber.errors.length > 0 || subscriber.received.length > 0 || subscriber.closedWith !== undefined, 10_000);
      const errors = subscriber.errors.map((e) => (e as { message: string }).message);
      answers.push(JSON.stringify(subscriber.errors));
      if (errors.length > 0) errorAnswers.push({ what: "graphql-ws errors", text: JSON.stringify(subscriber.errors) });
      if (subscriber.closedWith) errorAnswers.push({ what: `graphql-ws close ${subscriber.closedWith.code}`, text: subscriber.closedWith.reason });
      return { data: subscriber.received, errors, closed: subscriber.closedWith?.code };
    } finally {
      await subscriber.close();
    }
  }
  const wsOutcome = (r: { errors: string[]; closed?: number }) => (r.closed ? `socket closed ${r.closed}` : r.errors.length ? "error message" : "answered");
  const studentSocket = (query: string) => overSocket(query, alice.token);

  it("H1: operations deeper, more aliased, longer or costlier than the limits are refused over HTTP and graphql-ws", async () => {
    const nested = (depth: number) => {
      // myRegistrations(1) > lecture(2) > instructor(3) > registrations(4) > lecture(5) > ... > id(depth)
      const chain = ["myRegistrations", ...Array.from({ length: depth - 2 }, (_, i) => ["lecture", "instructor", "registrations"][i % 3]!)];
      return `{ ${chain.map((f) => `${f} {`).join(" ")} id ${"}".repeat(chain.length)} }`;
    };
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(" ")} }`;
    const long = `{ me { ${Array.from({ length: LIMITS.tokens }, () => "id").join(" ")} } }`;
    const costly = `{ ${Array.from({ length: LIMITS.aliases }, (_, i) => `a${i}: myRegistrations { lecture { instructor { registrations { lecture { instructor { registrations { lecture { id title price capacity status enrolledCount openedAt } } } } } } } }`).join(" ")} }`;
    const subscriptionDeep = `subscription { myRegistrationChanges { registration { lecture { instructor { registrations { lecture { instructor { registrations { lecture { instructor { id } } } } } } } } } } }`;

    const cases = {
      [`depth ${LIMITS.depth + 1} (limit ${LIMITS.depth})`]: [nested(LIMITS.depth + 1), /depth/i],
      [`${LIMITS.aliases + 1} aliases (limit ${LIMITS.aliases})`]: [aliased(LIMITS.aliases + 1), /aliases/i],
      [`over ${LIMITS.tokens} tokens`]: [long, /tokens/i],
      [`cost over ${LIMITS.cost}`]: [costly, /cost/i],
    } as const;
    const measured: Record<string, string> = {};
    for (const [name, [query, reason]] of Object.entries(cases)) {
      const http = await post(query, alice.token);
      expect(http.status, name).toBe(400);
      expect(http.body.errors[0].message, name).toMatch(reason);
      expect(http.body.errors[0].message, name).toMatch(/^Operation refused: /);
      expect(code(http), name).toBe("OPERATION_LIMIT_EXCEEDED");
      expect(http.body.data, name).toBeUndefined();
      const ws = await studentSocket(query);
      expect(ws.errors.join(), name).toMatch(reason);
      measured[name] = `${outcome(http)}; graphql-ws: ${wsOutcome(ws)}`;
    }
    // A subscription too deep is refused before it starts.
    expect((await studentSocket(subscriptionDeep)).errors.join()).toMatch(/depth/i);
    // At the limits themselves, the same shapes are served.
    expect((await post(nested(LIMITS.depth), alice.token)).status).toBe(200);
    expect((await post(aliased(LIMITS.aliases), alice.token)).body.errors).toBeUndefined();

    report.record("H1", { ...measured, [`depth ${LIMITS.depth}, ${LIMITS.aliases} aliases`]: "served" });
  });

  it("H2: a request body over the limit is refused", async () => {
    const padding = "x".repeat(LIMITS.bodyBytes);
    const big = await post(`query($pad: ID!) { lecture(id: $pad) { title } }`, alice.token, { pad: padding });
    expect([big.status, code(big)]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
    const justUnder = await post(`query($pad: ID!) { lecture(id: $pad) { title } }`, alice.token, { pad: "x".repeat(LIMITS.bodyBytes - 500) });
    expect(justUnder.status).toBe(200);
    // What fails before GraphQL runs is answered as JSON too, without internals.
    const malformed = await send(`${stack.router.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: `{"query": "{ me { id } }"` });
    expect([malformed.status, code(malformed)]).toEqual([400, "BAD_REQUEST"]);
    // Over graphql-ws the same bytes in one frame.
    const frame = await overSocket(`subscription($pad: String) { lectureEnrolmentChanges(lectureId: "${lectureId}") { enrolledCount } }`, alice.token, { pad: padding });
    expect(frame).toMatchObject({ data: [], closed: 1009 });
    const subgraphBig = await post(`{ myRegistrations { id } }`, alice.token, { pad: "x".repeat(300_000) }, `${stack.service("registrations").url}/graphql`, { "x-router-secret": stack.baseEnv.ROUTER_SECRET! });
    expect([subgraphBig.status, code(subgraphBig)]).toEqual([413, "PAYLOAD_TOO_LARGE"]);

    report.record("H2", {
      [`body of ${LIMITS.bodyBytes + 100} bytes`]: outcome(big),
      [`body of ${LIMITS.bodyBytes - 400} bytes`]: `HTTP ${justUnder.status} (served)`,
      "truncated JSON body": outcome(malformed),
      "300 kB body to a subgraph (limit 256 kB)": outcome(subgraphBig),
      [`graphql-ws frame of ${LIMITS.bodyBytes + 100} bytes`]: `${wsOutcome(frame)} (too big)`,
    });
  });

  it("H3: batched operations are refused, and alias batching stops at the alias limit", async () => {
    const batch = (n: number) =>
      send(`${stack.router.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${alice.token}` },
        body: JSON.stringify(Array.from({ length: n }, () => ({ query: REGISTER, variables: { lectureId } }))),
      });
    const two = await batch(2);
    const many = await batch(100);
    expect(two.status).toBe(400);
    expect(many.status).toBe(400);
    expect(two.text).toMatch(/batching/i);
    // Many registrations aliased into one mutation.
    const aliasedMutations = await post(`mutation { ${Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `r${i}: registerForLecture(lectureId: "${lectureId}") { id }`).join(" ")} }`, alice.token);
    expect(aliasedMutations.status).toBe(400);
    expect(await stack.sql("registrations", "SELECT 1 FROM registration WHERE student_id = $1", [alice.userId])).toEqual([]);

    report.record("H3", { "array of 2 operations": outcome(two), "array of 100 registrations": outcome(many), [`${LIMITS.aliases + 1} aliased registrations`]: outcome(aliasedMutations), "registrations written": 0 });
  });

  it("H4: expired, foreign, unsigned, HMAC-confused and tampered tokens are refused over HTTP and graphql-ws; a protected field needs a token", async () => {
    const sub = alice.userId;
    const [header, payload] = alice.token.split(".") as [string, string, string];
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload)));
    const now = Math.floor(Date.now() / 1000);
    const bad: Record<string, string> = {
      "not a JWT": "garbage",
      expired: await stack.tokens.sign({ sub, expiresIn: -60 }),
      "wrong issuer": await stack.tokens.sign({ sub, iss: "https://evil.example" }),
      "wrong audience": await stack.tokens.sign({ sub, aud: "another-api" }),
      "alg: none": new UnsecuredJWT({ ...claims, roles: ["ADMIN"] }).encode(),
      // HS256 keyed with the public key, which anyone can fetch from the JWKS.
      "algorithm confusion (HS256 with the public key)": await new SignJWT({ roles: ["ADMIN"] })
        .setProtectedHeader({ alg: "HS256", kid: stack.tokens.kid })
        .setSubject(sub)
        .setIssuer("supergraph-identity")
        .setAudience("supergraph")
        .setExpirationTime(now + 600)
        .sign(new TextEncoder().encode(JSON.stringify(stack.tokens.publicJwk))),
      "tampered signature": `${alice.token.slice(0, -6)}${alice.token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA"}`,
      "tampered claims (roles: ADMIN)": `${header}.${base64url.encode(JSON.stringify({ ...claims, roles: ["ADMIN"] }))}.${alice.token.split(".")[2]}`,
      "signed by another key": await (await TokenMint.create()).sign({ sub }),
    };
    const measured: Record<string, string> = {};
    for (const [name, token] of Object.entries(bad)) {
      const http = await post(`{ myRegistrations { id } }`, token);
      expect([http.status, code(http)], name).toEqual([401, "UNAUTHENTICATED"]);
      const ws = await overSocket(`subscription { myRegistrationChanges { status } }`, token);
      // graphql-ws's convention: 4401 for credentials to renew (4403 is for a user who may not).
      expect(ws.closed, name).toBe(4401);
      measured[name] = `${outcome(http)}; graphql-ws: ${wsOutcome(ws)}`;
    }
    // No token: the field's owner refuses the field (HTTP 200, as any field error), in its own words.
    const anonymous = await post(`{ myRegistrations { id } }`);
    const anonymousMutation = await post(REGISTER, undefined, { lectureId });
    for (const refused of [anonymous, anonymousMutation]) {
      expect([refused.status, code(refused)]).toEqual([200, "UNAUTHENTICATED"]);
      expect(refused.body.errors[0].message).toMatch(/^Sign in first/);
    }
    // Over graphql-ws an anonymous connection is kept (public subscriptions need none); an owned subscription is refused.
    expect(await overSocket(`subscription { myRegistrationChanges { status } }`, undefined)).toMatchObject({ data: [], errors: [expect.stringMatching(/^Sign in first/)], closed: undefined });
    expect(await stack.sql("registrations", "SELECT 1 FROM registration WHERE lecture_id = $1", [lectureId])).toEqual([]);

    report.record("H4", { ...measured, "no token on myRegistrations / registerForLecture": `${outcome(anonymous)} / ${outcome(anonymousMutation)}; graphql-ws: UNAUTHENTICATED error, socket kept open` });
  });

  it("H5: another user's registration and payment can be neither read nor changed, by id or through entity references", async () => {
    const registered = await register(stack, bob, lectureId);
    const id = registered.data!.registerForLecture.id as string;
    const paymentId = registered.data!.registerForLecture.payment.id as string;
    const before = await stack.sql("registrations", "SELECT status::text, canceled_at FROM registration WHERE id = $1", [id]);

    const read = await post(REGISTRATION, alice.token, { id });
    const cancel = await post(CANCEL_REGISTRATION, alice.token, { id });
    const payment = await post(`query($id: ID!) { payment(id: $id) { id amount payer { id } } }`, alice.token, { id: paymentId });
    // Through entities: the lecture's instructor is a User whose registrations and email live in other subgraphs.
    const viaLecture = await post(`query($id: ID!) { lecture(id: $id) { instructor { id registrations { id payment { id amount } } } } }`, alice.token, { id: lectureId });
    const bobsUser = await post(`query($id: ID!) { user(id: $id) { id email registrations { id } } }`, alice.token, { id: bob.userId });
    const email = await post(`query($id: ID!) { lecture(id: $id) { instructor { email } } }`, alice.token, { id: lectureId });

    expect(read.body.data.registration).toBeNull();
    expect(code(cancel)).toBe("REGISTRATION_NOT_FOUND");
    expect(payment.body.data.payment).toBeNull();
    expect(viaLecture.body.data.lecture.instructor.registrations).toEqual([]);
    expect([bobsUser.body.data?.user ?? null, code(bobsUser)]).toEqual([null, "FORBIDDEN"]);
    expect([email.body.data?.lecture?.instructor ?? null, code(email)]).toEqual([null, "FORBIDDEN"]);
    expect(await stack.sql("registrations", "SELECT status::text, canceled_at FROM registration WHERE id = $1", [id])).toEqual(before);
    // Bob himself sees both.
    expect((await post(REGISTRATION, bob.token, { id })).body.data.registration).toMatchObject({ id, payment: { id: paymentId } });

    // Over graphql-ws: Bob's registration and payment changes reach Bob; Alice's subscriptions to them are refused
    // as her queries for them would find nothing, and receive nothing.
    const changes = `subscription($id: ID!) { registrationChanges(id: $id) { status } }`;
    const paymentChanges = `subscription($id: ID!) { paymentChanges(id: $id) { status } }`;
    const bobs = await openSubscriptions(stack.router.url, 2, () => [
      new Subscriber(stack.router.url, bob.token).subscribe(changes, { id }),
      new Subscriber(stack.router.url, bob.token).subscribe(paymentChanges, { id: paymentId }),
    ]);
    const alices = [new Subscriber(stack.router.url, alice.token).subscribe(changes, { id }), new Subscriber(stack.router.url, alice.token).subscribe(paymentChanges, { id: paymentId })];
    try {
      await waitFor("Alice's subscriptions to be refused", () => alices.every((s) => s.errors.length > 0));
      expect(alices.map((s) => (s.errors as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code))).toEqual([["REGISTRATION_NOT_FOUND"], ["PAYMENT_NOT_FOUND"]]);
      for (const s of alices) errorAnswers.push({ what: "graphql-ws errors", text: JSON.stringify(s.errors) });
      await post(CANCEL_REGISTRATION, bob.token, { id });
      await waitFor("Bob to see his registration and payment canceled", () =>
        bobs.every((s) => s.received.some((r) => Object.values(r as Record<string, { status: string }>)[0]!.status === "CANCELED")),
      );
      expect(alices.map((s) => s.received)).toEqual([[], []]);
    } finally {
      await Promise.all([...bobs, ...alices].map((s) => s.close()));
    }

    report.record("H5", {
      "registration(id) of another": "null",
      "cancelRegistration of another": code(cancel)!,
      "payment(id) of another": "null",
      "lecture > instructor > registrations (entity reference)": "[]",
      "registrationChanges / paymentChanges of another (graphql-ws)": `${alices.map((s) => (s.errors[0] as { extensions?: { code?: string } }).extensions?.code).join(" / ")}, nothing delivered`,
      "user(id) of another / instructor's email": `${code(bobsUser)} / ${code(email)}`,
      "rows changed": 0,
    });
  });

  it("H6: CSRF-style simple requests are refused and write nothing", async () => {
    const url = `${stack.router.url}/graphql`;
    const mutation = `mutation { registerForLecture(lectureId: "${lectureId}") { id } }`;
    const textPlain = await send(url, { method: "POST", headers: { "content-type": "text/plain", authorization: `Bearer ${alice.token}` }, body: JSON.stringify({ query: mutation }) });
    const form = await send(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Bearer ${alice.token}` },
      body: `query=${encodeURIComponent(mutation)}`,
    });
    const getQuery = await send(`${url}?query=${encodeURIComponent(`{ lecture(id: "${lectureId}") { title } }`)}`, { headers: { accept: "application/json" } });
    const getMutation = await send(`${url}?query=${encodeURIComponent(mutation)}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${alice.token}` },
    });
    expect(textPlain.status).toBe(400);
    expect(textPlain.text).toMatch(/Cross-Site Request Forgery/);
    expect(form.status).toBe(400);
    expect(getQuery.status).toBe(400);
    expect(getMutation.status).toBe(405);
    expect(await stack.sql("registrations", "SELECT 1 FROM registration WHERE student_id = $1", [alice.userId])).toEqual([]);

    report.record("H6", {
      "POST text/plain mutation": `HTTP ${textPlain.status}`,
      "POST form-urlencoded mutation": `HTTP ${form.status}`,
      "GET query without preflight header": `HTTP ${getQuery.status}`,
      "GET mutation": `HTTP ${getMutation.status}`,
      "registrations written": 0,
    });
  });

  it("H7: subgraphs refuse requests that do not come from the router, _entities included", async () => {
    const registrations = `${stack.service("registrations").url}/graphql`;
    const payments = `${stack.service("payments").url}/graphql`;
    const secret = { "x-router-secret": stack.baseEnv.ROUTER_SECRET! };
    const paymentId = (await stack.sql<{ id: string }>("payments", "SELECT id::text FROM payment LIMIT 1"))[0]!.id;
    const entities = `{ _entities(representations: [{ __typename: "Payment", id: "${paymentId}" }]) { ... on Payment { id amount payer { id } } } }`;

    const direct = await post(`{ myRegistrations { id } }`, alice.token, {}, registrations);
    const mutation = await post(REGISTER, alice.token, { lectureId }, registrations);
    const entitiesDirect = await post(entities, alice.token, {}, payments);
    const sdl = await post(`{ _service { sdl } }`, undefined, {}, payments);
    const wrongSecret = await post(entities, alice.token, {}, payments, { "x-router-secret": "guessed-secret-value-1234" });
    const badToken = await post(`{ myRegistrations { id } }`, `${alice.token.slice(0, -4)}AAAA`, {}, registrations, secret);
    for (const refused of [direct, mutation, entitiesDirect, sdl, wrongSecret]) expect([refused.status, code(refused)]).toEqual([403, "FORBIDDEN"]);
    expect([badToken.status, code(badToken)]).toEqual([401, "UNAUTHENTICATED"]);
    // The same _entities with the router's secret but someone else's token: the owner check still holds.
    expect((await post(entities, alice.token, {}, payments, secret)).body.data._entities).toEqual([null]);

    report.record("H7", {
      "query / mutation without the router secret": `${outcome(direct)} / ${outcome(mutation)}`,
      "_entities / _service from outside": `${outcome(entitiesDirect)} / ${outcome(sdl)}`,
      "a guessed secret": outcome(wrongSecret),
      "router secret, forged token": outcome(badToken),
      "router secret, another user's payment via _entities": "null",
    });
  });

  it("H8: no introspection, no field suggestions, and no stack trace in any error the suite received", async () => {
    const introspection = await post(`{ __schema { types { name } } }`, alice.token);
    const typeProbe = await post(`{ __type(name: "Registration") { fields { name } } }`, alice.token);
    const wsIntrospection = await studentSocket(`{ __schema { types { name } } }`);
    const misspelled = await post(`{ lecture(id: "${lectureId}") { titel } }`);
    const wsMisspelled = await studentSocket(`subscription { lectureEnrolmentChanges(lectureId: "${lectureId}") { enrolledCont } }`);
    const broken = await post(LECTURE, undefined, { id: { not: "a string" } });

    expect(introspection.status).toBe(400);
    expect(typeProbe.status).toBe(400);
    expect(wsIntrospection).toMatchObject({ data: [], errors: [expect.stringMatching(/introspection/i)], closed: undefined });
    expect(code(misspelled)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(misspelled.text).not.toMatch(/Did you mean/);
    expect(wsMisspelled.errors.join()).toMatch(/Cannot query field/);
    expect(wsMisspelled.errors.join()).not.toMatch(/Did you mean/);
    expect(code(broken)).toBe("BAD_USER_INPUT");
    const leaks = answers.filter((a) => /stacktrace|\bat .+\.(js|ts|mjs):\d+|node_modules|\/work\//.test(a));
    expect(leaks).toEqual([]);

    report.record("H8", {
      "__schema / __type over HTTP": `${outcome(introspection)} / ${outcome(typeProbe)}`,
      "__schema over graphql-ws": `${wsOutcome(wsIntrospection)}, socket kept open`,
      "misspelled field": `${outcome(misspelled)}, no suggestion`,
      "misspelled field over graphql-ws": `${wsOutcome(wsMisspelled)}, no suggestion`,
      "answers searched for stack traces": `${answers.length}, none found`,
    });
  });

  it("H9: no error answer the suite received names an internal address or port, or carries a subgraph's raw HTTP answer", async () => {
    // One more of each layer that answers errors: a field refused by its subgraph, subscriptions over HTTP
    // refused before they stream (a bad token over multipart, no streaming Accept, too deep over SSE), a subgraph down.
    await post(`query($id: ID!) { lecture(id: $id) { title } registration(id: $id) { id } }`, undefined, { id: lectureId });
    const subscription = `subscription { myRegistrationChanges { status } }`;
    const deepSubscription = `subscription { myRegistrationChanges { registration { lecture { instructor { registrations { lecture { instructor { registrations { lecture { instructor { id } } } } } } } } } } }`;
    const badTokenMultipart = await post(subscription, "not-a-token", {}, undefined, { accept: 'multipart/mixed;subscriptionSpec="1.0"' });
    const noStreamingAccept = await post(subscription, alice.token);
    // graphql-sse answers a refusal as one `next` event with the errors, then `complete`.
    const deepOverSse = await post(deepSubscription, alice.token, {}, undefined, { accept: "text/event-stream" });
    expect([badTokenMultipart.status, code(badTokenMultipart)]).toEqual([401, "UNAUTHENTICATED"]);
    expect([noStreamingAccept.status, code(noStreamingAccept)]).toEqual([406, "NOT_ACCEPTABLE"]);
    expect([deepOverSse.status, deepOverSse.text]).toEqual([200, expect.stringMatching(/^event: next\ndata: .*"OPERATION_LIMIT_EXCEEDED".*\n\nevent: complete/m)]);
    await stack.service("payments").stop();
    const paymentDown = await post(`query($id: ID!) { payment(id: $id) { id } }`, alice.token, { id: lectureId });
    expect(code(paymentDown)).toBe("SUBGRAPH_UNAVAILABLE");

    const ports = internalPorts(stack);
    const leaking = errorAnswers.map(({ what, text }) => ({ what, text, leaks: leaksIn(text, ports) })).filter((a) => a.leaks.length > 0);
    expect(leaking).toEqual([]);
    const searched = { http: errorAnswers.filter((a) => a.what.startsWith("HTTP")).length, ws: errorAnswers.filter((a) => a.what.startsWith("graphql-ws")).length };
    // The search covered every kind of error answer the suite produced, over both transports.
    expect(searched.http).toBeGreaterThan(30);
    expect(searched.ws).toBeGreaterThan(10);

    report.record("H9", {
      "error answers searched (HTTP / graphql-ws errors and close reasons)": `${searched.http} / ${searched.ws}`,
      "subscriptions over HTTP: bad token (multipart) / no streaming Accept / too deep (SSE)": `${outcome(badTokenMultipart)} / ${outcome(noStreamingAccept)} / HTTP ${deepOverSse.status} next event OPERATION_LIMIT_EXCEEDED`,
      "with a URL, loopback host, subgraph port or the gateway's copy of a subgraph answer": leaking.length,
    });
  });
});
