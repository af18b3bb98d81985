import { ApolloClient, gql, HttpLink, InMemoryCache, type ObservableQuery } from "@apollo/client";
import { openSubscriptions, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLecture, register } from "../course-registration/helpers.ts";

const BOARD = gql`
  query Board {
    myRegistrationBoard {
      id
      lectureId
      lectureTitle
      status
      paymentId
      paymentStatus
      refund
      amount
      registeredAt
      updatedAt
    }
  }
`;
/** Another query over the same rows: what it brings must land in the entities BOARD reads. */
const BOARD_STATUSES = gql`
  query BoardStatuses {
    myRegistrationBoard {
      id
      status
      paymentStatus
      refund
    }
  }
`;
const CANCEL = `mutation($id: ID!) { cancelRegistration(id: $id) { id status refund payment { id status } } }`;
const REGISTRATION = `query($id: ID!) { registration(id: $id) { id status refund payment { id status } } }`;
const MY_CHANGES = `subscription { myRegistrationChanges { cursor status registration { id status refund payment { id status } } } }`;
const PAYMENT_CHANGES = `subscription($id: ID!) { paymentChanges(id: $id) { cursor status payment { id status } } }`;

type Row = { id: string; status: string; paymentStatus: string; refund: string | null };
type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };

/**
 * The read-model contract of docs/client-contract.md ("Read models and statuses"), through the
 * router: a normalising cache keys views' rows by `id` with no configuration, their enums are the
 * owners', their always-known fields non-null; the statuses a client sees are ones it can act on.
 */
describe("read models and statuses, as a client meets them", () => {
  let stack: Stack;
  let instructor: SignedIn;
  let lectureId: string;
  const subscribers: Subscriber[] = [];
  const subscriber = (token: string) => {
    const s = new Subscriber(stack.router.url, token);
    subscribers.push(s);
    return s;
  };

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["payments", "lectures", "registrations", "views"] });
    instructor = await stack.signUp("INSTRUCTOR");
    lectureId = await openLecture(stack, instructor, { title: "Normalised", capacity: 40 });
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  it("Apollo Client 4 with a bare InMemoryCache keys RegistrationSummary by id, and a second query updates the entity the first one watches", async () => {
    const student = await stack.signUp("STUDENT");
    const id = (await register(stack, student, lectureId)).data!.registerForLecture.id as string;
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${stack.router.url}/graphql`, headers: { authorization: `Bearer ${student.token}` } }),
      cache: new InMemoryCache(),
    });
    const rowOf = (data: unknown) => (data as { myRegistrationBoard?: Row[] } | undefined)?.myRegistrationBoard?.find((r) => r.id === id);

    await waitFor("the view to show the registration", async () => rowOf((await client.query({ query: BOARD, fetchPolicy: "network-only" })).data));
    const key = client.cache.identify({ __typename: "RegistrationSummary", id });
    expect(key).toBe(`RegistrationSummary:${id}`);
    const stored = client.cache.extract() as Record<string, Record<string, unknown>>;
    expect(stored[key!]).toMatchObject({ __typename: "RegistrationSummary", id, lectureId, lectureTitle: "Normalised", status: "PAID", paymentStatus: "COMPLETED", refund: null, amount: 12_000 });
    expect(stored.ROOT_QUERY!.myRegistrationBoard).toEqual([{ __ref: key }]);

    // BOARD watched from the cache; only BOARD_STATUSES goes to the network from here on.
    const watched: ObservableQuery = client.watchQuery({ query: BOARD, fetchPolicy: "cache-only" });
    const seen: Row[] = [];
    const watching = watched.subscribe({ next: (result) => void (rowOf(result.data) && seen.push(rowOf(result.data)!)) });
    await waitFor("the watched query's first result", () => seen.length > 0);

    await stack.gql(CANCEL, { id }, student.token);
    await waitFor("the view to show the refund done", async () => {
      const row = rowOf((await client.query({ query: BOARD_STATUSES, fetchPolicy: "network-only" })).data);
      return row?.status === "CANCELED" && row.refund === "REFUNDED";
    });

    expect((client.cache.extract() as Record<string, Record<string, unknown>>)[key!]).toMatchObject({ status: "CANCELED", paymentStatus: "CANCELED", refund: "REFUNDED", lectureTitle: "Normalised" });
    await waitFor("the watched BOARD to follow its entity", () => seen.at(-1)?.refund === "REFUNDED");
    expect(seen.at(-1)).toMatchObject({ id, status: "CANCELED", paymentStatus: "CANCELED", refund: "REFUNDED" });
    // Never a row PAID beside a CANCELED payment, whichever query wrote the entity.
    expect(seen.filter((r) => r.status === "PAID" && r.paymentStatus === "CANCELED")).toEqual([]);
    watching.unsubscribe();
  });

  it("the read models' enums are the owners' (no *ViewStatus type) and what their row's own event carries is non-null", async () => {
    const res = await stack.gql(`{
      __schema { types { name } }
      summary: __type(name: "RegistrationSummary") { fields { name type { kind name ofType { kind name ofType { kind name } } } } }
      enrolment: __type(name: "LectureEnrolment") { fields { name type { kind name ofType { kind name ofType { kind name } } } } }
      registrationStatus: __type(name: "RegistrationStatus") { enumValues { name } }
    }`);
    expect(res.errors).toBeUndefined();
    const types = (res.data!.__schema.types as { name: string }[]).map((t) => t.name);
    expect(types.filter((name) => /View/.test(name) && /Status$/.test(name))).toEqual([]);
    expect(types).toEqual(expect.arrayContaining(["RegistrationStatus", "PaymentStatus", "LectureStatus", "RefundStatus"]));
    expect((res.data!.registrationStatus.enumValues as { name: string }[]).map((v) => v.name)).toEqual(["PAID", "CANCELED"]);

    const shape = (fields: { name: string; type: TypeRef }[]) =>
      Object.fromEntries(fields.map((f) => [f.name, f.type.kind === "NON_NULL" ? `${f.type.ofType!.name}!` : f.type.name]));
    expect(shape(res.data!.summary.fields)).toEqual({
      id: "ID!",
      lectureId: "ID!",
      lectureTitle: "String",
      status: "RegistrationStatus!",
      paymentId: "ID!",
      paymentStatus: "PaymentStatus!",
      refund: "RefundStatus",
      amount: "Int!",
      registeredAt: "String!",
      updatedAt: "String!",
    });
    expect(shape(res.data!.enrolment.fields)).toEqual({
      id: "ID!",
      title: "String!",
      capacity: "Int!",
      status: "LectureStatus!",
      enrolledCount: "Int!",
      updatedAt: "String!",
    });
  });

  it("a registration's changes are PAID then CANCELED (never REGISTERED); the cancel answers refund PENDING, and paymentChanges pushes the refund", async () => {
    const student = await stack.signUp("STUDENT");
    const [changes] = await openSubscriptions(stack.router.url, 1, () => [subscriber(student.token).subscribe(MY_CHANGES)]);
    const registered = (await register(stack, student, lectureId)).data!.registerForLecture as { id: string; status: string; payment: { id: string } };
    expect(registered.status).toBe("PAID");
    const [paid] = await changes.waitForCount(1);
    expect(paid.myRegistrationChanges).toMatchObject({ status: "PAID", registration: { id: registered.id, status: "PAID", refund: null, payment: { status: "COMPLETED" } } });
    const [payment] = await openSubscriptions(stack.router.url, 1, () => [subscriber(student.token).subscribe(PAYMENT_CHANGES, { id: registered.payment.id })]);

    // Payments' refund waits behind this lock, so the cancel's answer is read before it: the
    // refund is pending, deterministically (without it, payments often refunds within ms).
    const hold = new pg.Client({ connectionString: stack.databaseUrl("payments") });
    await hold.connect();
    try {
      await hold.query("BEGIN");
      await hold.query("SELECT 1 FROM payment WHERE id = $1 FOR UPDATE", [registered.payment.id]);
      const canceled = await stack.gql(CANCEL, { id: registered.id }, student.token);
      expect(canceled.errors).toBeUndefined();
      expect(canceled.data!.cancelRegistration).toEqual({ id: registered.id, status: "CANCELED", refund: "PENDING", payment: { id: registered.payment.id, status: "COMPLETED" } });
      const [, canceledChange] = await changes.waitForCount(2);
      expect(canceledChange.myRegistrationChanges).toMatchObject({ status: "CANCELED", registration: { status: "CANCELED", refund: "PENDING" } });
      await hold.query("COMMIT");
    } finally {
      await hold.end();
    }

    const [refunded] = await payment.waitForCount(1);
    expect(refunded.paymentChanges).toMatchObject({ status: "CANCELED", payment: { id: registered.payment.id, status: "CANCELED" } });
    const after = await stack.gql(REGISTRATION, { id: registered.id }, student.token);
    expect(after.data!.registration).toEqual({ id: registered.id, status: "CANCELED", refund: "REFUNDED", payment: { id: registered.payment.id, status: "CANCELED" } });
    // The refund is the payment's change: the registration's subscription pushed nothing more, and never REGISTERED.
    expect(changes.received.map((c) => c.myRegistrationChanges.status)).toEqual(["PAID", "CANCELED"]);
    expect(changes.errors).toEqual([]);
  });

  it("while payments is down a registration still reads, its payment and refund null with SUBGRAPH_UNAVAILABLE, and the read model answers whole", async () => {
    const student = await stack.signUp("STUDENT");
    const id = (await register(stack, student, lectureId)).data!.registerForLecture.id as string;
    await stack.gql(CANCEL, { id }, student.token);
    await waitFor("the view to show the cancellation", async () => (await stack.gql(`{ myRegistrationBoard { id status } }`, {}, student.token)).data?.myRegistrationBoard.some((r: Row) => r.id === id && r.status === "CANCELED"));
    await stack.service("payments").stop();
    try {
      const read = await stack.gql(REGISTRATION, { id }, student.token);
      expect(read.data!.registration).toEqual({ id, status: "CANCELED", refund: null, payment: null });
      expect(read.errors?.map((e) => e.extensions?.code)).toContain("SUBGRAPH_UNAVAILABLE");
      // Views calls no other context: its rows answer whole whoever is down.
      const board = await stack.gql(`{ myRegistrationBoard { id status paymentStatus refund } }`, {}, student.token);
      expect(board.errors).toBeUndefined();
      expect(board.data!.myRegistrationBoard).toContainEqual({ id, status: "CANCELED", paymentStatus: expect.stringMatching(/^(COMPLETED|CANCELED)$/), refund: expect.stringMatching(/^(PENDING|REFUNDED)$/) });
    } finally {
      await stack.service("payments").start();
    }
  });
});
