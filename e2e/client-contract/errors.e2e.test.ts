import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack } from "@supergraph/testkit";
import { openLecture } from "../course-registration/helpers.ts";
import { MY_REGISTRATIONS, REGISTER } from "../course-registration/operations.ts";
import { internalPorts, leaksIn } from "./leaks.ts";

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; path?: unknown[]; locations?: unknown[]; extensions?: Record<string, unknown> }[] };
}

/**
 * docs/client-contract.md "Errors": one shape for every error, whichever layer refused
 * (router, gateway, subgraph), and nothing of the inside (addresses, ports, a subgraph's raw
 * HTTP answer) in any of them.
 */
describe("the errors a client sees", () => {
  let stack: Stack;
  let student: SignedIn;
  let lectureId: string;
  let ports: number[];

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["payments", "lectures", "registrations", "views"] });
    ports = internalPorts(stack);
    student = await stack.signUp("STUDENT");
    lectureId = await openLecture(stack, await stack.signUp("INSTRUCTOR"), { title: "Errors" });
  });
  afterAll(() => stack?.stop());

  async function post(query: string, variables: Record<string, unknown> = {}, authorization?: string, operationName?: string): Promise<Answer> {
    const res = await fetch(`${stack.router.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables, operationName }),
    });
    const text = await res.text();
    return { status: res.status, text, body: JSON.parse(text) };
  }

  /** The one error of an answer, after checking it gives nothing of the inside away. */
  function onlyError(answer: Answer) {
    expect(leaksIn(answer.text, ports), answer.text).toEqual([]);
    expect(answer.body.errors, answer.text).toHaveLength(1);
    return answer.body.errors![0]!;
  }

  const signInFirst = "Sign in first: this operation needs a valid bearer token.";

  it.each([
    ["myRegistrations (registrations, query)", MY_REGISTRATIONS, {}, ["myRegistrations"]],
    ["registerForLecture (registrations, mutation)", REGISTER, { lectureId: "set below" }, ["registerForLecture"]],
    ["myRegistrationBoard (views, query)", `{ myRegistrationBoard { __typename } }`, {}, ["myRegistrationBoard"]],
  ])("no token on %s: HTTP 200, UNAUTHENTICATED with the owner's message and its path", async (_field, query, variables, path) => {
    const answer = await post(query, "lectureId" in variables ? { lectureId } : variables);

    expect(answer.status).toBe(200);
    expect(answer.body.data).toBeNull();
    // A field error has its path; locations point into the operation the gateway sent the subgraph, so it drops them.
    expect(onlyError(answer)).toEqual({ message: signInFirst, path, extensions: { code: "UNAUTHENTICATED" } });
  });

  it("a public field beside a protected one: the public data comes back, the protected field is UNAUTHENTICATED", async () => {
    const answer = await post(`query($id: ID!) { lecture(id: $id) { title } registration(id: $id) { id } }`, { id: lectureId });

    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ lecture: { title: "Errors" }, registration: null });
    expect(onlyError(answer)).toMatchObject({ message: signInFirst, path: ["registration"], extensions: { code: "UNAUTHENTICATED" } });
  });

  it("a bad, expired or malformed token: HTTP 401, UNAUTHENTICATED, the router's reason, nothing executed", async () => {
    const expired = await stack.tokens.sign({ sub: student.userId, expiresIn: -60 });
    const cases = {
      "token expired": `Bearer ${expired}`,
      "token rejected: ERR_JWS_INVALID": "Bearer not-a-jwt",
      "expected 'Bearer <token>'": expired,
    };
    for (const [reason, authorization] of Object.entries(cases)) {
      const answer = await post(MY_REGISTRATIONS, {}, authorization);

      expect(answer.status, reason).toBe(401);
      expect(answer.body.data, reason).toBeUndefined();
      expect(onlyError(answer), reason).toEqual({ message: `Invalid bearer token (${reason}).`, extensions: { code: "UNAUTHENTICATED" } });
    }
  });

  it("Apollo Client 4 (HttpLink) reads both the same way: a GraphQL error with extensions.code UNAUTHENTICATED", async () => {
    const client = (authorization?: string) =>
      new ApolloClient({ link: new HttpLink({ uri: `${stack.router.url}/graphql`, headers: authorization ? { authorization } : {} }), cache: new InMemoryCache() });
    const query = gql(MY_REGISTRATIONS);

    const missing = await client().query({ query, errorPolicy: "all" });
    const bad = await client("Bearer not-a-jwt").query({ query, errorPolicy: "all" });

    for (const { error } of [missing, bad]) {
      expect(CombinedGraphQLErrors.is(error)).toBe(true);
      expect((error as CombinedGraphQLErrors).errors.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("a domain refusal keeps the owner's code and message, without the gateway's serviceName", async () => {
    const answer = await post(REGISTER, { lectureId: "no-such-lecture" }, `Bearer ${student.token}`);

    expect(answer.status).toBe(200);
    expect(onlyError(answer)).toEqual({ message: "No open lecture with that id.", path: ["registerForLecture"], extensions: { code: "LECTURE_NOT_FOUND" } });
  });

  it("operations over the limits: HTTP 400, OPERATION_LIMIT_EXCEEDED, a message starting 'Operation refused:'", async () => {
    const deep = `{ myRegistrations { lecture { instructor { registrations { lecture { instructor { registrations { lecture { instructor { registrations { id } } } } } } } } } } }`;
    const aliased = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(" ")} }`;
    const costly = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: myRegistrations { lecture { instructor { registrations { lecture { instructor { registrations { lecture { id title price capacity status enrolledCount openedAt } } } } } } } }`).join(" ")} }`;
    const long = `{ me { ${Array.from({ length: 2_000 }, () => "id").join(" ")} } }`;
    const cases = { depth: [deep, /depth limit of 10/], aliases: [aliased, /Aliases limit of 30/], cost: [costly, /cost/i], tokens: [long, /more than 2000 tokens/] } as const;

    for (const [limit, [query, reason]] of Object.entries(cases)) {
      const answer = await post(query, {}, `Bearer ${student.token}`);

      expect(answer.status, limit).toBe(400);
      const error = onlyError(answer);
      expect(error.message, limit).toMatch(/^Operation refused: /);
      expect(error.message, limit).toMatch(reason);
      expect(error.extensions, limit).toEqual({ code: "OPERATION_LIMIT_EXCEEDED" });
    }
  });

  it("parse, validation, variable and operation-name errors: HTTP 400 with Apollo Server's codes, with locations", async () => {
    const parse = await post(`{ me { id }`);
    const validation = await post(`{ lecture(id: "x") { titel } }`);
    const variables = await post(`query($id: ID!) { lecture(id: $id) { title } }`, { id: { not: "an id" } });

    expect([parse.status, onlyError(parse).extensions]).toEqual([400, { code: "GRAPHQL_PARSE_FAILED" }]);
    expect(onlyError(parse).message).toMatch(/^Syntax Error: /);
    expect([validation.status, onlyError(validation).extensions]).toEqual([400, { code: "GRAPHQL_VALIDATION_FAILED" }]);
    expect(onlyError(validation).locations).toEqual([expect.objectContaining({ line: 1 })]);
    expect([variables.status, onlyError(variables).extensions]).toEqual([400, { code: "BAD_USER_INPUT" }]);
    const unknownOperation = await post(`query A { lectures { id } }`, {}, undefined, "B");
    expect([unknownOperation.status, onlyError(unknownOperation)]).toEqual([400, { message: 'Unknown operation named "B".', extensions: { code: "OPERATION_RESOLUTION_FAILURE" } }]);
  });

  // Last: it stops a subgraph of this file's stack.
  it("a subgraph down: SUBGRAPH_UNAVAILABLE, retryable, naming the service but not its address; the other subgraphs' data still comes back", async () => {
    await stack.service("lectures").stop();

    const alone = await post(`{ lectures { id } }`);
    const beside = await post(`query($id: ID!) { lecture(id: $id) { title } me { id } }`, { id: lectureId }, `Bearer ${student.token}`);

    for (const answer of [alone, beside]) {
      expect(answer.status).toBe(200);
      expect(onlyError(answer)).toEqual({
        message: "The lectures service is unavailable right now; the fields it serves are null. Retry shortly.",
        extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "lectures", retryable: true },
      });
    }
    expect(beside.body.data).toEqual({ lecture: null, me: { id: student.userId } });
  });
});
