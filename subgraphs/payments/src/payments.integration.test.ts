/**
 * The payments subgraph as a real process against real PostgreSQL and real NATS: the charge
 * sync call, the cancellation requests of its contract (from any publisher), dead letters, and
 * reads with ownership.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { createServer as createHttpServer, type Server } from "node:http";
import { join } from "node:path";
import { paymentCancellationRequested, type ChargeRequest, type ChargeResult, type PaymentPurpose } from "@supergraph/contracts/payments";
import {
  commandCausation,
  connectBus,
  createLogger,
  createMetrics,
  envelope,
  repoRoot,
  syncCall,
  type EventBus,
  type EventEnvelope,
} from "@supergraph/platform";
import { freePort, waitFor } from "@supergraph/testkit";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const POSTGRES = "postgresql://postgres@127.0.0.1:5432";
const NATS_URL = "nats://127.0.0.1:4222";
const log = createLogger("payments-test", "silent");
/** waitFor with a deadline under the test's own 30 s, so a failure names what never happened. */
const eventually = <T>(what: string, probe: () => Promise<T>, timeoutMs = 15_000) => waitFor(what, probe, timeoutMs);

/** One payments process with its own database and NATS namespace, and a test-side connection to both. */
interface Stack {
  readonly url: string;
  readonly namespace: string;
  readonly db: pg.Pool;
  readonly bus: EventBus;
  readonly charge: (request: ChargeRequest) => Promise<ChargeResult>;
  stop(): Promise<void>;
}

async function startStack(extraEnv: Record<string, string> = {}): Promise<Stack> {
  const suffix = randomBytes(5).toString("hex");
  const namespace = `paytest_${suffix}`;
  const database = `payments_test_${suffix}`;
  const port = await freePort();
  const output: string[] = [];
  const child: ChildProcess = spawn(join(repoRoot, "node_modules/.bin/tsx"), ["subgraphs/payments/src/index.ts"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: `${POSTGRES}/${database}`, PORT: String(port), NATS_URL, NATS_NAMESPACE: namespace, LOG_LEVEL: "warn", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    }
    const admin = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).finally(() => admin.end());
  };

  try {
    await eventually(
      "payments to be ready",
      async () => {
        if (child.exitCode !== null) throw new Error(`payments exited with ${child.exitCode}:\n${output.join("")}`);
        return (await fetch(`http://127.0.0.1:${port}/readyz`)).ok;
      },
      60_000,
    );
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output.join("")}`);
  }
  const db = new pg.Pool({ connectionString: `${POSTGRES}/${database}`, max: 4 });
  // A client still closing when the database is dropped WITH (FORCE) must not fail the run.
  db.on("error", () => undefined);
  const bus = await connectBus({ url: NATS_URL, namespace, name: "payments-test", log });
  const charge = syncCall<ChargeRequest, ChargeResult>({
    nc: bus.nc,
    subject: bus.names.syncSubject("payments", "charge"),
    name: "payments.charge",
    timeoutMs: 5_000,
    unavailable: { code: "PAYMENT_UNAVAILABLE", message: "payments did not answer" },
    log,
    metrics: createMetrics("payments-test"),
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    namespace,
    db,
    bus,
    charge,
    async stop() {
      await db.end();
      await bus.jsm.streams.delete(bus.names.stream).catch(() => undefined);
      await bus.close();
      await stop();
    },
  };
}

/** Every event currently in the stream on one subject, read with an ordered consumer. */
async function eventsOn(bus: EventBus, type: string): Promise<EventEnvelope<string, Record<string, unknown>>[]> {
  const consumer = await bus.js.consumers.get(bus.names.stream, { filter_subjects: bus.names.eventSubject("payments", type) });
  const events: EventEnvelope<string, Record<string, unknown>>[] = [];
  try {
    for (;;) {
      const msg = await consumer.next({ expires: 2_000 });
      if (!msg) break;
      events.push(msg.json());
      if (msg.info.pending === 0) break;
    }
  } finally {
    await consumer.delete().catch(() => undefined);
  }
  return events;
}

/** Publishes an event as the relay of `publisher` would: on its subject, the event id as message id. */
async function publishAs(publisher: string, bus: EventBus, event: EventEnvelope, msgID = event.id) {
  return bus.js.publish(bus.names.eventSubject(publisher, event.type), JSON.stringify(event), { msgID });
}
const publishRegistrationEvent = (bus: EventBus, event: EventEnvelope, msgID?: string) => publishAs("registrations", bus, event, msgID);

async function paymentRow(db: pg.Pool, reference: string) {
  const rows = (await db.query(`SELECT id, status, amount, payer_id FROM payment WHERE reference = $1`, [reference])).rows;
  return rows as { id: string; status: string; amount: number; payer_id: string }[];
}

/** Waits until the outbox has published everything, so the stream holds every event recorded so far. */
const outboxDrained = (db: pg.Pool) =>
  eventually("the outbox to drain", async () => (await db.query(`SELECT 1 FROM platform_outbox WHERE published_at IS NULL`)).rowCount === 0);

function chargeFor(reference: string, amount = 12_000): ChargeRequest {
  return { reference, purpose: "COURSE_REGISTRATION", payerId: randomUUID(), amount };
}

/** The request a context records to call a payment off, as its outbox would publish it. */
function cancellationRequest(publisher: string, reference: string, payerId: string, reason: string, purpose: PaymentPurpose = "COURSE_REGISTRATION") {
  return envelope(publisher, paymentCancellationRequested({ reference, purpose, payerId, reason }), commandCausation(reference));
}

/** What registrations records with a canceled registration: the request to cancel its payment. */
function registrationCanceled(registrationId: string, studentId: string) {
  return cancellationRequest("registrations", registrationId, studentId, "STUDENT_CANCELED");
}

/** What registrations records with an abandoned registration attempt: the request to call its reference off. */
function registrationAbandoned(registrationId: string, studentId: string) {
  return cancellationRequest("registrations", registrationId, studentId, "REGISTRATION_ABANDONED");
}

describe("payments subgraph (real PostgreSQL and NATS)", () => {
  let stack: Stack;
  let jwks: Server;
  let signingKey: CryptoKey;

  beforeAll(async () => {
    const keys = await generateKeyPair("ES256");
    signingKey = keys.privateKey;
    const publicJwk = { ...(await exportJWK(keys.publicKey)), kid: "test", alg: "ES256", use: "sig" };
    jwks = createHttpServer((_req, res) => res.setHeader("content-type", "application/json").end(JSON.stringify({ keys: [publicJwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
    const { port } = jwks.address() as { port: number };
    stack = await startStack({ JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json` });
  }, 90_000);

  afterAll(async () => {
    await stack?.stop();
    await new Promise((resolve) => jwks?.close(resolve));
  }, 30_000);

  it("charges a reference once: a retry gets the same payment, and PaymentCompleted is published once", async () => {
    const request = chargeFor(randomUUID());

    const first = await stack.charge(request);
    const again = await stack.charge(request);

    expect(first.status).toBe("COMPLETED");
    expect(again).toEqual(first);
    expect(await paymentRow(stack.db, request.reference)).toEqual([{ id: first.paymentId, status: "COMPLETED", amount: 12_000, payer_id: request.payerId }]);
    await outboxDrained(stack.db);
    const completed = (await eventsOn(stack.bus, "PaymentCompleted")).filter((e) => e.data.reference === request.reference);
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({ correlationid: request.reference, subject: first.paymentId, data: { paymentId: first.paymentId, amount: 12_000 } });
  }, 30_000);

  it("takes 20 concurrent duplicate charges as one payment", async () => {
    const request = chargeFor(randomUUID());

    const results = await Promise.all(Array.from({ length: 20 }, () => stack.charge(request)));

    expect(new Set(results.map((r) => r.paymentId)).size).toBe(1);
    expect(await paymentRow(stack.db, request.reference)).toHaveLength(1);
    const recorded = await stack.db.query(`SELECT 1 FROM platform_outbox WHERE payload->>'type' = 'PaymentCompleted' AND payload->>'correlationid' = $1`, [request.reference]);
    expect(recorded.rowCount).toBe(1);
  }, 30_000);

  it("refuses a malformed charge request with INVALID_CHARGE", async () => {
    await expect(stack.charge({ ...chargeFor(randomUUID()), amount: -5 })).rejects.toMatchObject({ code: "INVALID_CHARGE" });
  }, 30_000);

  it("cancels the payment of a canceled registration once, even when the event comes twice", async () => {
    const request = chargeFor(randomUUID());
    const { paymentId } = await stack.charge(request);
    const event = registrationCanceled(request.reference, request.payerId);

    await publishRegistrationEvent(stack.bus, event);

    await eventually("the payment to be canceled", async () => (await paymentRow(stack.db, request.reference))[0]?.status === "CANCELED");
    await outboxDrained(stack.db);
    const canceled = (await eventsOn(stack.bus, "PaymentCanceled")).filter((e) => e.data.paymentId === paymentId);
    expect(canceled).toHaveLength(1);
    expect(canceled[0]).toMatchObject({ correlationid: request.reference, causationid: event.id, data: { reference: request.reference, amount: 12_000 } });

    // The same event again under another message id gets past JetStream's deduplication.
    const ack = await publishRegistrationEvent(stack.bus, event, randomUUID());
    const durable = stack.bus.names.durable("payments", "cancel-payment");
    await eventually("the duplicate to be handled", async () => (await stack.bus.jsm.consumers.info(stack.bus.names.stream, durable)).ack_floor.stream_seq >= ack.seq);
    await outboxDrained(stack.db);
    expect((await eventsOn(stack.bus, "PaymentCanceled")).filter((e) => e.data.paymentId === paymentId)).toHaveLength(1);
  }, 30_000);

  it("voids an unseen reference when its registration is abandoned, so a late charge is refused", async () => {
    const reference = randomUUID();
    const studentId = randomUUID();

    await publishRegistrationEvent(stack.bus, registrationAbandoned(reference, studentId));
    await eventually("the reference to be voided", async () => (await paymentRow(stack.db, reference))[0]?.status === "VOIDED");

    await expect(stack.charge({ ...chargeFor(reference), payerId: studentId })).rejects.toMatchObject({ code: "PAYMENT_VOIDED" });
    expect(await paymentRow(stack.db, reference)).toEqual([{ id: expect.any(String), status: "VOIDED", amount: 0, payer_id: studentId }]);
  }, 30_000);

  it("cancels a completed charge when its registration is abandoned afterwards", async () => {
    const request = chargeFor(randomUUID());
    const { paymentId } = await stack.charge(request);

    await publishRegistrationEvent(stack.bus, registrationAbandoned(request.reference, request.payerId));

    await eventually("the payment to be canceled", async () => (await paymentRow(stack.db, request.reference))[0]?.status === "CANCELED");
    await outboxDrained(stack.db);
    expect((await eventsOn(stack.bus, "PaymentCanceled")).filter((e) => e.data.paymentId === paymentId)).toHaveLength(1);
  }, 30_000);

  it("dead-letters a malformed event and goes on with the next one", async () => {
    const subject = stack.bus.names.eventSubject("registrations", "PaymentCancellationRequested");
    await stack.bus.js.publish(subject, "{ this is not an event", { msgID: randomUUID() });
    const request = chargeFor(randomUUID());
    await stack.charge(request);
    await publishRegistrationEvent(stack.bus, registrationCanceled(request.reference, request.payerId));

    const dead = await eventually("a dead letter", async () => (await stack.db.query(`SELECT consumer, subject, reason FROM platform_dead_letter`)).rows[0]);
    expect(dead).toMatchObject({ consumer: "payments-cancel-payment", subject, reason: expect.stringContaining("malformed envelope") });
    await eventually("the next event to be handled", async () => (await paymentRow(stack.db, request.reference))[0]?.status === "CANCELED");
  }, 30_000);

  describe("its own contract, from any context", () => {
    const durable = () => stack.bus.names.durable("payments", "cancel-payment");
    /**
     * Waits until the cancellation consumer has handled an event: its inbox row commits with
     * the effect, after every event before it on the durable. (Not the ack floor: the malformed
     * event dead-lettered above is terminated, which NATS 2.9 counts as pending for good.)
     */
    const handled = (eventId: string) =>
      eventually("the request to be handled", async () =>
        (await stack.db.query(`SELECT 1 FROM platform_inbox WHERE consumer = $1 AND event_id = $2`, [durable(), eventId])).rowCount === 1);
    const reasonOf = async (reference: string) =>
      (await stack.db.query(`SELECT cancellation_reason FROM payment WHERE reference = $1`, [reference])).rows[0]?.cancellation_reason as string | undefined;

    it("listens to cancellation requests of every publisher on one durable", async () => {
      const info = await stack.bus.jsm.consumers.info(stack.bus.names.stream, durable());
      expect(info.config.filter_subject).toBe(`${stack.namespace}.events.*.PaymentCancellationRequested`);
    }, 30_000);

    it("refunds a pizza order's payment once on a request from pizza-orders, with its reason; a redelivered or repeated request changes nothing", async () => {
      const request = { ...chargeFor(randomUUID(), 2_300), purpose: "PIZZA_ORDER" as const };
      const { paymentId } = await stack.charge(request);
      const event = cancellationRequest("pizza-orders", request.reference, request.payerId, "CUSTOMER_CANCELED", "PIZZA_ORDER");

      await publishAs("pizza-orders", stack.bus, event);

      await eventually("the payment to be canceled", async () => (await paymentRow(stack.db, request.reference))[0]?.status === "CANCELED");
      expect(await paymentRow(stack.db, request.reference)).toEqual([{ id: paymentId, status: "CANCELED", amount: 2_300, payer_id: request.payerId }]);
      expect(await reasonOf(request.reference)).toBe("CUSTOMER_CANCELED");

      // The same event delivered again (another message id gets past JetStream's deduplication),
      // and a second request for the reference from another context: no second refund.
      await publishAs("pizza-orders", stack.bus, event, randomUUID());
      const again = cancellationRequest("refunds", request.reference, request.payerId, "REFUNDED", "PIZZA_ORDER");
      await publishAs("refunds", stack.bus, again);
      await handled(again.id);
      await outboxDrained(stack.db);
      const canceled = (await eventsOn(stack.bus, "PaymentCanceled")).filter((e) => e.data.paymentId === paymentId);
      expect(canceled).toHaveLength(1);
      expect(canceled[0]).toMatchObject({
        source: "/contexts/payments",
        correlationid: request.reference,
        causationid: event.id,
        data: { reference: request.reference, purpose: "PIZZA_ORDER", payerId: request.payerId, amount: 2_300, reason: "CUSTOMER_CANCELED" },
      });
      expect(await reasonOf(request.reference)).toBe("CUSTOMER_CANCELED");
    }, 30_000);

    it("voids a reference nobody charged yet with the purpose and payer of the request, so a late charge is refused", async () => {
      const reference = randomUUID();
      const payerId = randomUUID();

      await publishAs("pizza-orders", stack.bus, cancellationRequest("pizza-orders", reference, payerId, "ORDER_ABANDONED", "PIZZA_ORDER"));
      await eventually("the reference to be voided", async () => (await paymentRow(stack.db, reference))[0]?.status === "VOIDED");

      await expect(stack.charge({ reference, purpose: "PIZZA_ORDER", payerId, amount: 2_300 })).rejects.toMatchObject({ code: "PAYMENT_VOIDED" });
      const rows = await stack.db.query(`SELECT purpose::text, payer_id, amount, status::text, cancellation_reason FROM payment WHERE reference = $1`, [reference]);
      expect(rows.rows).toEqual([{ purpose: "PIZZA_ORDER", payer_id: payerId, amount: 0, status: "VOIDED", cancellation_reason: "ORDER_ABANDONED" }]);
    }, 30_000);

    it("charges a reference once whatever the second charge says: the first payment stands", async () => {
      const reference = randomUUID();
      const first = await stack.charge({ reference, purpose: "PIZZA_ORDER", payerId: randomUUID(), amount: 2_300 });

      const second = await stack.charge({ reference, purpose: "PIZZA_ORDER", payerId: randomUUID(), amount: 9_900 });

      expect(second).toEqual(first);
      expect((await paymentRow(stack.db, reference)).map((r) => [r.id, r.amount])).toEqual([[first.paymentId, 2_300]]);
      await outboxDrained(stack.db);
      expect((await eventsOn(stack.bus, "PaymentCompleted")).filter((e) => e.data.reference === reference)).toHaveLength(1);
    }, 30_000);
  });

  describe("reading payments", () => {
    const query = (token: string | null, body: { query: string; variables?: Record<string, unknown> }) =>
      fetch(stack.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] }>);
    const tokenFor = (userId: string, roles: string[]) =>
      new SignJWT({ roles })
        .setProtectedHeader({ alg: "ES256", kid: "test" })
        .setSubject(userId)
        .setIssuer("supergraph-identity")
        .setAudience("supergraph")
        .setExpirationTime("5m")
        .sign(signingKey);
    const byId = `query ($id: ID!) { payment(id: $id) { id reference purpose amount status payer { id } createdAt canceledAt } }`;
    const entity = `query ($id: ID!) { _entities(representations: [{ __typename: "Payment", id: $id }]) { ... on Payment { id amount } } }`;

    it("shows a payment to its payer and to admins only", async () => {
      const request = chargeFor(randomUUID(), 4_500);
      const { paymentId } = await stack.charge(request);
      const payer = await tokenFor(request.payerId, ["STUDENT"]);

      expect((await query(payer, { query: byId, variables: { id: paymentId } })).data?.payment).toMatchObject({
        id: paymentId, reference: request.reference, purpose: "COURSE_REGISTRATION", amount: 4_500, status: "COMPLETED", payer: { id: request.payerId }, canceledAt: null,
      });
      expect((await query(await tokenFor(randomUUID(), ["ADMIN"]), { query: byId, variables: { id: paymentId } })).data?.payment).toMatchObject({ id: paymentId });
      expect((await query(await tokenFor(randomUUID(), ["STUDENT"]), { query: byId, variables: { id: paymentId } })).data?.payment).toBeNull();
      expect((await query(null, { query: byId, variables: { id: paymentId } })).data?.payment).toBeNull();
      expect((await query(await tokenFor(randomUUID(), ["STUDENT"]), { query: entity, variables: { id: paymentId } })).data?._entities).toEqual([null]);
      expect((await query(payer, { query: entity, variables: { id: paymentId } })).data?._entities).toEqual([{ id: paymentId, amount: 4_500 }]);
      expect((await query(payer, { query: `{ myPayments { id } }` })).data?.myPayments).toEqual([{ id: paymentId }]);
      expect((await query(null, { query: `{ myPayments { id } }` })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }, 30_000);
  });
});

describe("payments with a slow processor", () => {
  let slow: Stack;

  beforeAll(async () => {
    slow = await startStack({ PAYMENT_LATENCY_MS: "300" });
  }, 90_000);

  afterAll(async () => {
    await slow?.stop();
  }, 30_000);

  it("takes at least the configured latency to charge", async () => {
    const request = chargeFor(randomUUID());

    const started = performance.now();
    const { paymentId } = await slow.charge(request);
    const elapsed = performance.now() - started;

    expect(elapsed).toBeGreaterThanOrEqual(300);
    expect((await paymentRow(slow.db, request.reference))[0]).toMatchObject({ id: paymentId, status: "COMPLETED" });
  }, 30_000);
});
