import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSubscriptions, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";
import { openLecture, register } from "../course-registration/helpers.ts";
import { CANCEL_REGISTRATION } from "../course-registration/operations.ts";

const MY_CHANGES = `subscription($after: String) { myRegistrationChanges(after: $after) { cursor status registration { id status } } }`;
const ONE = `subscription($id: ID!) { registrationChanges(id: $id) { cursor status registration { id status } } }`;
const PAYMENT = `subscription($id: ID!) { paymentChanges(id: $id) { status payment { id } } }`;
const ENROLMENT = `subscription($lectureId: ID!) { lectureEnrolmentChanges(lectureId: $lectureId) { enrolledCount lecture { id title } } }`;
const REGISTRATION = `query($id: ID!) { registration(id: $id) { id } }`;
const PAYMENT_QUERY = `query($id: ID!) { payment(id: $id) { id } }`;

type Refusal = { message: string; extensions?: { code?: string } };

/**
 * The live part of docs/client-contract.md, through the router with the graphql-ws client:
 * cursors that cannot be honoured are refused with a code (never silence), credentials close
 * with graphql-ws's codes, public subscriptions need no token, and a subscription to one
 * entity answers what the query for that entity answers.
 */
describe("the live client contract", () => {
  let stack: Stack;
  let instructor: SignedIn;
  let alice: SignedIn;
  let lectureId: string;
  /** Alice's registration, its payment, and the cursor of its PAID change. */
  let registrationId: string;
  let paymentId: string;
  let cursor: string;
  const subscribers: Subscriber[] = [];
  const subscriber = (token: string | undefined) => {
    const s = new Subscriber(stack.router.url, token);
    subscribers.push(s);
    return s;
  };
  /** The one result a refused subscription gets: its error. */
  const refusalOf = async (s: Subscriber): Promise<Refusal> => {
    await waitFor("the subscription to be refused", () => s.errors.length > 0 || s.closedWith);
    expect(s.closedWith).toBeUndefined();
    return s.errors[0] as Refusal;
  };

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["payments", "lectures", "registrations"] });
    [instructor, alice] = await Promise.all([stack.signUp("INSTRUCTOR"), stack.signUp("STUDENT")]);
    lectureId = await openLecture(stack, instructor, { title: "Contracts" });
    const live = await openSubscriptions(stack.router.url, 1, () => subscriber(alice.token).subscribe(MY_CHANGES));
    const registered = (await register(stack, alice, lectureId)).data!.registerForLecture;
    [registrationId, paymentId] = [registered.id, registered.payment.id];
    await waitFor("alice's PAID change", () => live.received.find((c) => c.myRegistrationChanges.status === "PAID"));
    cursor = live.received.find((c) => c.myRegistrationChanges.status === "PAID")!.myRegistrationChanges.cursor;
    await live.close();
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await stack?.stop();
  });

  describe("cursors", () => {
    it.each(["abc", "-5", "999999999", "", "7:"])("after %j, which this API never gave out, is refused INVALID_CURSOR; the socket stays open", async (after) => {
      const refused = await refusalOf(subscriber(alice.token).subscribe(MY_CHANGES, { after }));

      expect(refused.extensions?.code).toBe("INVALID_CURSOR");
      expect(refused.message).toMatch(/`after` must be the `cursor` of a change/);
    });

    it("a cursor past the end of the stream is refused CURSOR_NOT_FOUND, not left silent", async () => {
      const stream = cursor.split(":")[1];
      const refused = await refusalOf(subscriber(alice.token).subscribe(MY_CHANGES, { after: `999999999:${stream}` }));

      expect(refused.extensions?.code).toBe("CURSOR_NOT_FOUND");
      expect(refused.message).toMatch(/ahead of the event stream/);
    });

    it("the cursor of the last change seen still resumes: live changes follow it", async () => {
      const resumed = await openSubscriptions(stack.router.url, 1, () => subscriber(alice.token).subscribe(MY_CHANGES, { after: cursor }));
      const lecture = await openLecture(stack, instructor, { title: "Resumed" });
      const second = (await register(stack, alice, lecture)).data!.registerForLecture.id;

      await waitFor("the change after the cursor", () => resumed.received.find((c) => c.myRegistrationChanges.registration.id === second));
      expect(resumed.errors).toEqual([]);
      expect(resumed.received.every((c) => Number(c.myRegistrationChanges.cursor.split(":")[0]) > Number(cursor.split(":")[0]))).toBe(true);
    });
  });

  describe("credentials", () => {
    it("a forged token and an expired one close the socket with 4401 Unauthorized, which the client sees", async () => {
      const expired = await stack.tokens.sign({ sub: alice.userId, expiresIn: -60 });
      const [forged, late] = [subscriber("not.a.token").subscribe(MY_CHANGES), subscriber(expired).subscribe(MY_CHANGES)];

      await waitFor("both sockets to close", () => forged.closedWith && late.closedWith);
      expect([forged.closedWith!.code, late.closedWith!.code]).toEqual([4401, 4401]);
      expect(forged.closedWith!.reason).toMatch(/invalid or expired/);
      expect([forged.received, late.received]).toEqual([[], []]);
    });

    it("without a token, a public subscription receives the enrolment change when a student registers; an owned one is refused UNAUTHENTICATED on the same open socket", async () => {
      const anonymous = subscriber(undefined);
      const refused = await refusalOf(anonymous.subscribe(MY_CHANGES));
      expect(refused.extensions?.code).toBe("UNAUTHENTICATED");
      expect(refused.message).toMatch(/^Sign in first/);

      const lecture = await openLecture(stack, instructor, { title: "Open to all" });
      await openSubscriptions(stack.router.url, 1, () => anonymous.subscribe(ENROLMENT, { lectureId: lecture }));
      const bob = await stack.signUp("STUDENT");
      await register(stack, bob, lecture);

      await waitFor("the anonymous enrolment change", () => anonymous.received.length > 0);
      expect(anonymous.received[0].lectureEnrolmentChanges).toEqual({ enrolledCount: 1, lecture: { id: lecture, title: "Open to all" } });
      expect(anonymous.closedWith).toBeUndefined();
    });
  });

  describe("subscribing to one entity", () => {
    it("another student's registration and an unknown one get the same typed error, and the query for either answers null", async () => {
      const bob = await stack.signUp("STUDENT");
      const ids = [registrationId, randomUUID(), "not-an-id"];

      const refusals = await Promise.all(ids.map((id) => refusalOf(subscriber(bob.token).subscribe(ONE, { id }))));
      const queried = await Promise.all(ids.map((id) => stack.gql(REGISTRATION, { id }, bob.token)));

      expect(refusals).toEqual(ids.map(() => ({ message: "No registration with that id.", extensions: { code: "REGISTRATION_NOT_FOUND" } })));
      expect(queried.map((q) => [q.data?.registration, q.errors])).toEqual(ids.map(() => [null, undefined]));
    });

    it("another user's payment and an unknown one are refused alike, PAYMENT_NOT_FOUND", async () => {
      const bob = await stack.signUp("STUDENT");
      const ids = [paymentId, randomUUID()];

      const refusals = await Promise.all(ids.map((id) => refusalOf(subscriber(bob.token).subscribe(PAYMENT, { id }))));

      expect(refusals).toEqual(ids.map(() => ({ message: "No payment with that id.", extensions: { code: "PAYMENT_NOT_FOUND" } })));
      expect((await stack.gql(PAYMENT_QUERY, { id: paymentId }, bob.token)).data?.payment).toBeNull();
    });

    it("an unknown lecture's enrolment is refused LECTURE_NOT_FOUND, with or without a token", async () => {
      const unknown = randomUUID();
      const refusals = await Promise.all([undefined, alice.token].map((token) => refusalOf(subscriber(token).subscribe(ENROLMENT, { lectureId: unknown }))));

      expect(refusals).toEqual([0, 1].map(() => ({ message: "No lecture with that id.", extensions: { code: "LECTURE_NOT_FOUND" } })));
    });

    it("the registration's student and an admin may subscribe to it, and both receive its cancellation", async () => {
      const admin = await stack.mintUser("ADMIN");
      const [own, admins] = await openSubscriptions(stack.router.url, 2, () => [subscriber(alice.token).subscribe(ONE, { id: registrationId }), subscriber(admin.token).subscribe(ONE, { id: registrationId })]);

      await stack.gql(CANCEL_REGISTRATION, { id: registrationId }, alice.token);

      for (const s of [own, admins]) {
        await waitFor("the cancellation", () => s.received.find((c) => c.registrationChanges.status === "CANCELED"));
        expect(s.errors).toEqual([]);
      }
    });
  });

  // These two change the stack's event stream itself: they come last.
  describe("a stream that no longer holds the cursor", () => {
    it("after the stream is purged (as retention limits would), an older cursor is refused CURSOR_EXPIRED; the newest one is still good", async () => {
      const lecture = await openLecture(stack, instructor, { title: "Purged" });
      await register(stack, alice, lecture);
      const bus = await stack.bus();

      await bus.jsm.streams.purge(bus.names.stream);

      const { state } = await bus.jsm.streams.info(bus.names.stream);
      expect(state.first_seq).toBeGreaterThan(Number(cursor.split(":")[0]) + 1);
      const refused = await refusalOf(subscriber(alice.token).subscribe(MY_CHANGES, { after: cursor }));
      expect(refused.extensions?.code).toBe("CURSOR_EXPIRED");
      // The position of the stream's last event, as the newest cursor carries it.
      const newest = `${state.last_seq}:${cursor.split(":")[1]}`;
      const current = await openSubscriptions(stack.router.url, 1, () => subscriber(alice.token).subscribe(MY_CHANGES, { after: newest }));
      expect(current.errors).toEqual([]);
    });

    it("after the stream is deleted and made anew (sequences start again), a cursor of the old one is refused CURSOR_NOT_FOUND, even where the new one reached its sequence", async () => {
      const bus = await stack.bus();
      await bus.jsm.streams.delete(bus.names.stream);
      const fresh = await stack.bus(); // connecting makes the namespace's stream again
      const seq = Number(cursor.split(":")[0]);
      for (let i = 0; i <= seq; i++) await fresh.js.publish(fresh.names.eventSubject("e2e", "Noise"), "{}", { msgID: randomBytes(8).toString("hex") });
      // The router's feed reads the stream it found at start: start it again on the new one.
      await stack.router.stop();
      await stack.router.start();

      const refused = await refusalOf(subscriber(alice.token).subscribe(MY_CHANGES, { after: cursor }));

      expect(refused.extensions?.code).toBe("CURSOR_NOT_FOUND");
      expect(refused.message).toMatch(/no longer exists/);
    });
  });
});
