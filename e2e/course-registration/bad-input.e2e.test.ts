import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, Stack } from "@supergraph/testkit";
import { openLecture, register } from "./helpers.ts";
import { CANCEL_REGISTRATION, OPEN_LECTURE } from "./operations.ts";

/**
 * Bad input gets a clear, typed error and leaves nothing half-written. (Hostile input —
 * tokens, other users' data, limits — is in e2e/reliability/hostile-input.e2e.test.ts.)
 */
describe("course registration refuses bad input", () => {
  let stack: Stack;
  let instructor: SignedIn;
  let alice: SignedIn;
  let lectureId: string;

  const rows = async () => ({
    registrations: (await stack.sql<{ n: number }>("registrations", "SELECT count(*)::int AS n FROM registration"))[0]!.n,
    holds: (await stack.sql<{ n: number }>("registrations", "SELECT count(*)::int AS n FROM seat_hold"))[0]!.n,
    payments: (await stack.sql<{ n: number }>("payments", "SELECT count(*)::int AS n FROM payment"))[0]!.n,
    lectures: (await stack.sql<{ n: number }>("lectures", "SELECT count(*)::int AS n FROM lecture"))[0]!.n,
  });
  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["payments", "lectures", "registrations", "views"] });
    [instructor, alice] = await Promise.all([stack.signUp("INSTRUCTOR"), stack.signUp("STUDENT")]);
    lectureId = await openLecture(stack, instructor, { title: "Input validation" });
  });
  afterAll(() => stack?.stop());

  it("an unknown or malformed lecture id", async () => {
    const before = await rows();
    expect(code(await register(stack, alice, randomUUID()))).toBe("LECTURE_NOT_FOUND");
    expect(code(await register(stack, alice, "not-an-id"))).toBe("LECTURE_NOT_FOUND");
    expect(await rows()).toEqual(before);
  });

  it("a second registration for the same lecture, also when sent concurrently", async () => {
    const carol = await stack.signUp("STUDENT");
    const attempts = await Promise.all(Array.from({ length: 5 }, () => register(stack, carol, lectureId)));
    expect(attempts.filter((r) => r.data?.registerForLecture)).toHaveLength(1);
    expect(attempts.filter((r) => r.errors).map(code)).toEqual(Array(4).fill("ALREADY_REGISTERED"));
    expect(code(await register(stack, carol, lectureId))).toBe("ALREADY_REGISTERED");
    const charged = await stack.sql("payments", "SELECT 1 FROM payment WHERE payer_id = $1", [carol.userId]);
    expect(charged).toHaveLength(1);
  });

  it("cancelling twice, or an unknown registration", async () => {
    const id = (await register(stack, alice, lectureId)).data!.registerForLecture.id as string;
    expect((await stack.gql(CANCEL_REGISTRATION, { id }, alice.token)).data?.cancelRegistration.status).toBe("CANCELED");
    expect(code(await stack.gql(CANCEL_REGISTRATION, { id }, alice.token))).toBe("REGISTRATION_ALREADY_CANCELED");
    expect(code(await stack.gql(CANCEL_REGISTRATION, { id: "nope" }, alice.token))).toBe("REGISTRATION_NOT_FOUND");
  });

  it("the wrong role", async () => {
    const before = await rows();
    expect(code(await register(stack, instructor, lectureId))).toBe("FORBIDDEN");
    expect(code(await stack.gql(OPEN_LECTURE, { input: { title: "Not mine", price: 1, capacity: 1 } }, alice.token))).toBe("FORBIDDEN");
    expect(await rows()).toEqual(before);
  });

  it("malformed arguments", async () => {
    const before = await rows();
    const missing = await stack.gql(`mutation { registerForLecture { id } }`, {}, alice.token);
    expect(missing.status).toBe(400);
    expect(code(missing)).toBe("GRAPHQL_VALIDATION_FAILED");
    const wrongType = await stack.gql(OPEN_LECTURE, { input: { title: "Typed", price: "free", capacity: 3 } }, instructor.token);
    expect(code(wrongType)).toBe("BAD_USER_INPUT");
    for (const input of [{ title: "x", price: 100, capacity: 3 }, { title: "Valid title", price: -1, capacity: 3 }, { title: "Valid title", price: 100, capacity: 0 }]) {
      expect(code(await stack.gql(OPEN_LECTURE, { input }, instructor.token))).toBe("INVALID_LECTURE");
    }
    expect(await rows()).toEqual(before);
  });
});
