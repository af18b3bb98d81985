import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "./env.ts";
import { Stack } from "./stack.ts";

/** A stack of only some contexts, on the real PostgreSQL and NATS, behind a real router. */
describe("Stack.start with only", () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["lectures"] });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("given only lectures, then identity starts too (its JWKS verifies tokens), and no other context", () => {
    expect([...stack.services.keys()]).toEqual(["identity", "lectures"]);
    expect(() => stack.service("registrations")).toThrow("no service registrations in this stack (started: identity, lectures)");
  });

  it("then the router serves the started contexts' operations, entities of one resolved by the other", async () => {
    const instructor = await stack.signUp("INSTRUCTOR", "Ida Instructor");
    const opened = await stack.gql(`mutation($input: OpenLectureInput!) { openLecture(input: $input) { id } }`, { input: { title: "Partial stacks", price: 1_000, capacity: 3 } }, instructor.token);
    const id = opened.data?.openLecture?.id as string;

    const lecture = await stack.gql(`query($id: ID!) { lecture(id: $id) { title capacity instructor { name } } }`, { id });

    expect(lecture.errors).toBeUndefined();
    expect(lecture.data?.lecture).toEqual({ title: "Partial stacks", capacity: 3, instructor: { name: "Ida Instructor" } });
  });

  it("then fields of contexts not started are not in the router's schema, so nothing is planned to where another stack may listen", async () => {
    const student = await stack.mintUser("STUDENT");

    const [registrations, board] = await Promise.all([stack.gql(`{ myRegistrations { id } }`, {}, student.token), stack.gql(`{ myRegistrationBoard { status } }`, {}, student.token)]);

    expect([registrations.errors?.[0]?.extensions?.code, board.errors?.[0]?.extensions?.code]).toEqual(["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_VALIDATION_FAILED"]);
  });

  it("then databases are made for the started contexts only", async () => {
    const admin = new pg.Client({ connectionString: testEnv().postgresUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname`, [`${stack.namespace}\\_%`]);

      expect(rows.map((r) => r.datname)).toEqual([`${stack.namespace}_identity`, `${stack.namespace}_lectures`]);
    } finally {
      await admin.end();
    }
  });

  it("given a name that is no context, then the stack does not start and says which names there are", async () => {
    await expect(Stack.start({}, { only: ["lecturez"] })).rejects.toThrow(/no context named lecturez; known: identity, payments/);
  });

  it("given settings for a context it would not start, then the stack does not start rather than drop them", async () => {
    await expect(Stack.start({ views: { LOG_LEVEL: "debug" } }, { only: ["lectures"] })).rejects.toThrow("settings for views, which this stack does not start (started: identity, lectures)");
  });
});
