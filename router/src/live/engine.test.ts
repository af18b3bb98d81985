import { envelope, type Viewer } from "@supergraph/platform";
import { buildSchema, parse, type ExecutionResult } from "graphql";
import { describe, expect, it } from "vitest";
import { createLiveEngine } from "./engine.ts";
import type { EventFeed, FeedListener } from "./feed.ts";

const schema = buildSchema(`
  type Query { registration(id: ID!): Registration }
  type Registration { id: ID! status: String }
  type RegistrationChange { cursor: String! status: String! occurredAt: String! registration: Registration }
  type Subscription { myRegistrationChanges(after: String): RegistrationChange! }
`);
const studentId = "0b7e8a52-7c1d-4f0a-8a3e-5d6c7b8a9f01";
const student: Viewer = { userId: studentId, roles: ["STUDENT"], token: "t" };
const registration = { registrationId: "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d", lectureId: "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d", studentId, paymentId: "6f1c1f9e-2f0e-4c44-9a55-0c1d2e3f4a5b" };

/** A feed whose events the test hands in, in one go when it calls `emit` several times in a row. */
function testFeed() {
  let listener: FeedListener | undefined;
  let seq = 0;
  const feed: EventFeed = {
    lastSeq: () => seq,
    onEvent: (l) => {
      listener = l;
      return () => {
        listener = undefined;
      };
    },
    replay: async () => undefined,
    stop: async () => undefined,
  };
  const emit = (type: string, data: object) => listener!(++seq, envelope("registrations", { type, subject: registration.registrationId, data }, { correlationId: "c", causationId: "c" }));
  return { feed, emit };
}

describe("the live engine", () => {
  it("given two changes of one registration arriving together, then one fetch serves both; a change arriving later is fetched anew", async () => {
    const { feed, emit } = testFeed();
    const fetches: unknown[] = [];
    const engine = createLiveEngine(feed, async (_query, variables) => {
      fetches.push(variables.__id);
      return { data: { __entity: { id: variables.__id, status: fetches.length === 1 ? "PAID" : "CANCELED" } } };
    });
    const changes = (await engine.subscribe({
      schema,
      document: parse("subscription { myRegistrationChanges { status registration { id status } } }"),
      contextValue: { viewer: student },
    })) as AsyncIterableIterator<ExecutionResult<{ myRegistrationChanges: { status: string; registration: { status: string } } }>>;
    const next = async () => (await changes.next()).value!.data!.myRegistrationChanges;

    emit("CourseRegistered", { ...registration, amount: 100 });
    emit("RegistrationPaid", registration);
    expect([await next(), await next()]).toEqual([
      { status: "REGISTERED", registration: { id: registration.registrationId, status: "PAID" } },
      { status: "PAID", registration: { id: registration.registrationId, status: "PAID" } },
    ]);
    expect(fetches).toEqual([registration.registrationId]);

    emit("RegistrationCanceled", { ...registration, reason: "STUDENT_CANCELED" });
    expect(await next()).toEqual({ status: "CANCELED", registration: { id: registration.registrationId, status: "CANCELED" } });
    expect(fetches).toHaveLength(2);
    engine.stop();
  });
});
