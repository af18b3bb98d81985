import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";

/** myRegistrations(1) > lecture(2) > instructor(3) > registrations(4) > … : `depth` levels. */
function nested(root: string, depth: number): string {
  const chain = [root, ...Array.from({ length: depth - 2 }, (_, i) => ["lecture", "instructor", "registrations"][i % 3]!)];
  return `${chain.map((f) => `${f} {`).join(" ")} id ${"}".repeat(chain.length)}`;
}

/**
 * Errors over graphql-ws are the errors over HTTP (issue 11, item 5): one operation check
 * (router/src/live/operation.ts) answers the socket, the HTTP subscription transports and,
 * for the same operation, what Apollo Server answers over HTTP: message, `locations` and
 * `extensions.code` alike. Production settings, so suggestions are hidden on both.
 */
describe("errors over graphql-ws are shaped as over HTTP", () => {
  let stack: Stack;
  let student: SignedIn;
  const sockets: Subscriber[] = [];

  /** The errors graphql-ws answers an operation with (an `error` message). */
  async function overSocket(query: string): Promise<unknown[]> {
    const socket = new Subscriber(stack.router.url, student.token);
    sockets.push(socket);
    socket.subscribe(query);
    await waitFor("an error over graphql-ws", () => socket.errors.length > 0 || socket.received.length > 0);
    await socket.close();
    return socket.errors;
  }

  beforeAll(async () => {
    const production = { INTROSPECTION: "false" };
    stack = await Stack.start({ router: production }, { only: ["payments", "lectures", "registrations"] });
    student = await stack.signUp("STUDENT");
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()));
    await stack?.stop();
  });

  const cases = {
    "a parse error": [`{ lectures { id }`, "GRAPHQL_PARSE_FAILED"],
    "an unknown field": [`{\n  lectures {\n    titel\n  }\n}`, "GRAPHQL_VALIDATION_FAILED"],
    "a query deeper than the limit": [`{ ${nested("myRegistrations", 11)} }`, "OPERATION_LIMIT_EXCEEDED"],
    "a query over the token limit": [`{ me { ${Array.from({ length: 2_000 }, () => "id").join(" ")} } }`, "OPERATION_LIMIT_EXCEEDED"],
  } as const;

  for (const [name, [query, code]] of Object.entries(cases)) {
    it(`${name}: the same extensions.code, message and locations over graphql-ws as over HTTP`, async () => {
      const http = await stack.gql(query, {}, student.token);
      const ws = await overSocket(query);

      expect(http.status).toBe(400);
      expect(http.errors![0]!.extensions!.code).toBe(code);
      expect(ws).toEqual(http.errors);
    });
  }

  it("the answers say where, and no more than they should: locations on parse and validation errors, no suggestion, no 'Syntax Error:' on a limit", async () => {
    const [parse] = await overSocket(cases["a parse error"][0]);
    const [unknown] = await overSocket(cases["an unknown field"][0]);
    const [deep] = await overSocket(cases["a query deeper than the limit"][0]);

    expect(parse).toEqual({ message: "Syntax Error: Expected Name, found <EOF>.", locations: [{ line: 1, column: 18 }], extensions: { code: "GRAPHQL_PARSE_FAILED" } });
    expect(unknown).toEqual({ message: 'Cannot query field "titel" on type "Lecture".', locations: [{ line: 3, column: 5 }], extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(deep).toEqual({ message: "Operation refused: Query depth limit of 10 exceeded, found 11.", extensions: { code: "OPERATION_LIMIT_EXCEEDED" } });
  });

  it("a subscription too deep is refused alike over graphql-ws and over multipart HTTP", async () => {
    const query = `subscription { myRegistrationChanges { ${nested("registration", 10)} } }`;
    const multipart = await fetch(`${stack.router.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "multipart/mixed;subscriptionSpec=1.0, application/json", authorization: `Bearer ${student.token}` },
      body: JSON.stringify({ query }),
    });

    expect(multipart.status).toBe(400);
    const { errors } = await multipart.json();
    expect(errors[0].extensions.code).toBe("OPERATION_LIMIT_EXCEEDED");
    expect(await overSocket(query)).toEqual(errors);
  });
});
