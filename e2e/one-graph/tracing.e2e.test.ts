import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSubscriptions, type SignedIn, Stack, Subscriber, waitFor } from "@supergraph/testkit";
import { openLecture } from "../course-registration/helpers.ts";
import { deliveredOrder } from "../pizza/helpers.ts";
import { TraceReceiver, type ReceivedSpan } from "./tracing-receiver.ts";

const REGISTER = `mutation Register($lectureId: ID!) { registerForLecture(lectureId: $lectureId) { id status payment { status } } }`;
const CANCEL = `mutation CancelRegistration($id: ID!) { cancelRegistration(id: $id) { id status } }`;
const MY_CHANGES = `subscription MyChanges { myRegistrationChanges { status registration { id status } } }`;
const REQUEST_REFUND = `mutation RequestRefund($input: RequestPizzaRefundInput!) { requestPizzaRefund(input: $input) { id status } }`;
const COMPLETE_RETURN = `mutation CompleteReturn($id: ID!) { completeRefundDelivery(id: $id) { id status } }`;
const MY_REFUND_CHANGES = `subscription MyRefundChanges { myPizzaRefundChanges { status refund { id status } } }`;
const CORRELATION = "supergraph.correlation_id";
/** OTLP's SpanKind values. */
const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;

/** What a span must be to pass for one of the hops: its service (process), kind and name. */
interface Hop {
  service: string;
  kind: number;
  name: string | RegExp;
}
const matches = (span: ReceivedSpan, hop: Hop) =>
  span.service === hop.service && span.kind === hop.kind && (typeof hop.name === "string" ? span.name === hop.name : hop.name.test(span.name));
const describeSpan = (s: ReceivedSpan) => `${s.service} ${s.kind} ${s.name} ${String(s.attributes[CORRELATION])}`;

/**
 * Distributed traces (docs/one-graph.md "Distributed traces"): every process of a stack exports
 * to an OTLP/HTTP receiver here; one command is one trace across the router, the subgraphs,
 * the sync call, the outbox relays, the consumers and the live push, each span with the case.
 */
let receiver: TraceReceiver;
beforeAll(async () => {
  receiver = await TraceReceiver.start();
});
afterAll(async () => {
  await receiver?.stop();
});

/**
 * A stack of `contexts` whose every process (identity and the router too) exports its spans to
 * the receiver, a context per process as deployed: a process's tracer is set up by the first
 * context it starts.
 */
function tracedStack(contexts: string[]): Promise<Stack> {
  const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: "200" };
  return Stack.start(Object.fromEntries(["identity", ...contexts, "router"].map((name) => [name, otel])), { only: contexts, processes: "per-context" });
}

/**
 * The trace of the router's server span for `operation` on case `caseId`, once it holds every
 * hop (each found once at least): all its spans, and the span found for each named hop.
 */
async function traceWith<K extends string>(operation: string, caseId: string, hops: Record<K, Hop>): Promise<{ spans: ReceivedSpan[]; span: Record<K, ReceivedSpan> }> {
  const named = Object.entries(hops) as [K, Hop][];
  return waitFor(`the trace of ${operation} to hold ${named.length} hops`, () => {
    const root = receiver.spans.find((s) => s.service === "router" && s.kind === SERVER && s.name === `graphql ${operation}` && s.attributes[CORRELATION] === caseId);
    if (!root) return null;
    const spans = receiver.trace(root.traceId);
    const found = named.map(([name, hop]) => [name, spans.find((s) => matches(s, hop))] as const);
    return found.every(([, span]) => span) ? { spans, span: Object.fromEntries(found) as Record<K, ReceivedSpan> } : null;
  }, 30_000, 200).catch((error: Error) => {
    const seen = receiver.spans.filter((s) => s.attributes[CORRELATION] === caseId).map(describeSpan);
    throw new Error(`${error.message}\nspans of the case so far:\n${seen.join("\n")}`);
  });
}

describe("distributed traces", () => {
  let stack: Stack;
  let student: SignedIn;
  let live: Subscriber;

  beforeAll(async () => {
    stack = await tracedStack(["payments", "lectures", "registrations", "views"]);
    student = await stack.signUp("STUDENT");
    live = new Subscriber(stack.router.url, student.token);
    await openSubscriptions(stack.router.url, 1, () => live.subscribe(MY_CHANGES));
  });
  afterAll(async () => {
    await live?.close();
    await stack?.stop();
  });

  it("a registration is one trace: router, registrations, the payments call both sides, the relays, the consumers of lectures and views, the live push; every span carries the case", async () => {
    const instructor = await stack.signUp("INSTRUCTOR");
    const lectureId = await openLecture(stack, instructor, { title: "Tracing" });
    const res = await stack.gql(REGISTER, { lectureId }, student.token);
    const caseId = res.data?.registerForLecture?.id as string;
    expect(res.errors).toBeUndefined();
    expect(res.data?.registerForLecture).toMatchObject({ status: "PAID", payment: { status: "COMPLETED" } });
    const [pushed] = await live.waitForCount(1);
    expect(pushed.myRegistrationChanges).toMatchObject({ status: "PAID", registration: { id: caseId } });

    const hops = {
      router: { service: "router", kind: SERVER, name: "graphql Register" },
      gatewayFetch: { service: "router", kind: 1, name: "gateway.fetch" },
      registrations: { service: "registrations", kind: SERVER, name: /^graphql Register__registrations__\d+$/ },
      chargeCall: { service: "registrations", kind: CLIENT, name: "call payments.charge" },
      chargeAnswer: { service: "payments", kind: SERVER, name: "answer payments.charge" },
      relayPaid: { service: "registrations", kind: PRODUCER, name: "publish RegistrationPaid" },
      relayRegistered: { service: "registrations", kind: PRODUCER, name: "publish CourseRegistered" },
      relayPayment: { service: "payments", kind: PRODUCER, name: "publish PaymentCompleted" },
      lectures: { service: "lectures", kind: CONSUMER, name: "consume CourseRegistered" },
      viewsRegistered: { service: "views", kind: CONSUMER, name: "consume CourseRegistered" },
      viewsPaid: { service: "views", kind: CONSUMER, name: "consume RegistrationPaid" },
      viewsPayment: { service: "views", kind: CONSUMER, name: "consume PaymentCompleted" },
      push: { service: "router", kind: PRODUCER, name: "push myRegistrationChanges" },
    } satisfies Record<string, Hop>;
    const { spans, span } = await traceWith("Register", caseId, hops);

    // Each hop is the child of the one before it, across processes.
    expect(span.registrations.parentSpanId).toBe(spans.find((s) => s.spanId === span.registrations.parentSpanId && s.name === "gateway.fetch")?.spanId);
    expect(spans.find((s) => s.spanId === span.chargeCall.parentSpanId)?.service).toBe("registrations");
    expect(span.chargeAnswer.parentSpanId).toBe(span.chargeCall.spanId);
    expect(span.lectures.parentSpanId).toBe(span.relayRegistered.spanId);
    expect(span.viewsPaid.parentSpanId).toBe(span.relayPaid.spanId);
    expect(span.viewsPayment.parentSpanId).toBe(span.relayPayment.spanId);
    expect(span.push.parentSpanId).toBe(span.relayPaid.spanId);
    // The relays publish in the context that recorded the events: the command's spans.
    expect(spans.find((s) => s.spanId === span.relayPaid.parentSpanId)?.service).toBe("registrations");
    expect(spans.find((s) => s.spanId === span.relayPayment.parentSpanId)?.service).toBe("payments");
    // Every span of the trace, the gateway's included, says whose case it is.
    const without = spans.filter((s) => s.attributes[CORRELATION] !== caseId);
    expect(without.map(describeSpan)).toEqual([]);
    expect(span.lectures.attributes["supergraph.event_type"]).toBe("CourseRegistered");
    expect(new Set(spans.map((s) => s.service))).toEqual(new Set(["router", "registrations", "payments", "lectures", "views"]));
  });

  it("its cancellation is the case's next trace: the payments consumer refunds in it, and the push of CANCELED", async () => {
    const instructor = await stack.signUp("INSTRUCTOR");
    const lectureId = await openLecture(stack, instructor, { title: "Tracing the refund" });
    const caseId = (await stack.gql(REGISTER, { lectureId }, student.token)).data!.registerForLecture.id as string;
    await waitFor("PAID to be pushed", () => live.received.some((r) => r.myRegistrationChanges.status === "PAID" && r.myRegistrationChanges.registration.id === caseId));
    const res = await stack.gql(CANCEL, { id: caseId }, student.token);
    expect(res.data?.cancelRegistration).toMatchObject({ id: caseId, status: "CANCELED" });
    await waitFor("CANCELED to be pushed", () => live.received.some((r) => r.myRegistrationChanges.status === "CANCELED" && r.myRegistrationChanges.registration.id === caseId));

    const { spans, span } = await traceWith("CancelRegistration", caseId, {
      router: { service: "router", kind: SERVER, name: "graphql CancelRegistration" },
      requested: { service: "registrations", kind: PRODUCER, name: "publish PaymentCancellationRequested" },
      refund: { service: "payments", kind: CONSUMER, name: "consume PaymentCancellationRequested" },
      canceled: { service: "payments", kind: PRODUCER, name: "publish PaymentCanceled" },
      lectures: { service: "lectures", kind: CONSUMER, name: "consume RegistrationCanceled" },
      views: { service: "views", kind: CONSUMER, name: "consume PaymentCanceled" },
      push: { service: "router", kind: PRODUCER, name: "push myRegistrationChanges" },
    });
    expect(span.refund.parentSpanId).toBe(span.requested.spanId);
    expect(spans.find((s) => s.spanId === span.canceled.parentSpanId)?.spanId).toBe(span.refund.spanId);
    expect(spans.filter((s) => s.attributes[CORRELATION] !== caseId).map(describeSpan)).toEqual([]);
    // Two commands, two traces, one case.
    const registered = receiver.spans.find((s) => s.name === "graphql Register" && s.attributes[CORRELATION] === caseId)!;
    expect(registered.traceId).not.toBe(spans[0]!.traceId);
  });
});

describe("distributed traces: a pizza refund", () => {
  let stack: Stack;
  let customer: SignedIn;
  let courier: SignedIn;
  let live: Subscriber;

  beforeAll(async () => {
    stack = await tracedStack(["payments", "pizza-orders", "deliveries", "coupons", "refunds", "views"]);
    [customer, courier] = await Promise.all([stack.signUp("CUSTOMER"), stack.signUp("COURIER")]);
    live = new Subscriber(stack.router.url, customer.token);
    await openSubscriptions(stack.router.url, 1, () => live.subscribe(MY_REFUND_CHANGES));
  });
  afterAll(async () => {
    await live?.close();
    await stack?.stop();
  });

  it("the request is one trace: router, refunds, its call to deliveries both sides, the relays, the consumers of coupons and views, the push of PENDING; the return run completed is the next, with payments' refund in it; every span carries the order", async () => {
    const { order, delivery } = await deliveredOrder(stack, customer, courier);
    const caseId = order.id;
    const res = await stack.gql(REQUEST_REFUND, { input: { orderId: caseId, reason: "It came cold." } }, customer.token);
    expect(res.errors).toBeUndefined();
    const refundId = res.data?.requestPizzaRefund?.id as string;
    expect(res.data?.requestPizzaRefund).toMatchObject({ status: "PENDING" });
    await waitFor("PENDING to be pushed", () => live.received.some((r) => r.myPizzaRefundChanges.status === "PENDING" && r.myPizzaRefundChanges.refund.id === refundId));

    const hops = {
      router: { service: "router", kind: SERVER, name: "graphql RequestRefund" },
      refunds: { service: "refunds", kind: SERVER, name: /^graphql RequestRefund__refunds__\d+$/ },
      turnCall: { service: "refunds", kind: CLIENT, name: "call deliveries.turnIntoRefundDelivery" },
      turnAnswer: { service: "deliveries", kind: SERVER, name: "answer deliveries.turnIntoRefundDelivery" },
      relayRefunded: { service: "refunds", kind: PRODUCER, name: "publish PizzaRefunded" },
      relayDelivery: { service: "deliveries", kind: PRODUCER, name: "publish DeliveryRefunded" },
      coupons: { service: "coupons", kind: CONSUMER, name: "consume PizzaRefunded" },
      views: { service: "views", kind: CONSUMER, name: "consume PizzaRefunded" },
      push: { service: "router", kind: PRODUCER, name: "push myPizzaRefundChanges" },
    } satisfies Record<string, Hop>;
    const { spans, span } = await traceWith("RequestRefund", caseId, hops);
    expect(span.turnAnswer.parentSpanId).toBe(span.turnCall.spanId);
    expect(spans.find((s) => s.spanId === span.turnCall.parentSpanId)?.service).toBe("refunds");
    expect(span.coupons.parentSpanId).toBe(span.relayRefunded.spanId);
    expect(span.views.parentSpanId).toBe(span.relayRefunded.spanId);
    expect(span.push.parentSpanId).toBe(span.relayRefunded.spanId);
    // Deliveries recorded its event in the call's answer: its relay is in the refund's trace too.
    expect(spans.find((s) => s.spanId === span.relayDelivery.parentSpanId)?.service).toBe("deliveries");
    expect(spans.filter((s) => s.attributes[CORRELATION] !== caseId).map(describeSpan)).toEqual([]);
    expect(new Set(spans.map((s) => s.service))).toEqual(new Set(["router", "refunds", "deliveries", "coupons", "views"]));

    // The courier brings the pizza back: the refund is final and the money goes back, in the courier's trace.
    const completed = await stack.gql(COMPLETE_RETURN, { id: delivery.id }, courier.token);
    expect(completed.data?.completeRefundDelivery, JSON.stringify(completed.errors)).toMatchObject({ status: "RETURNED" });
    await waitFor("COMPLETED to be pushed", () => live.received.some((r) => r.myPizzaRefundChanges.status === "COMPLETED" && r.myPizzaRefundChanges.refund.id === refundId));
    const back = await traceWith("CompleteReturn", caseId, {
      router: { service: "router", kind: SERVER, name: "graphql CompleteReturn" },
      relayCompleted: { service: "deliveries", kind: PRODUCER, name: "publish RefundDeliveryCompleted" },
      completes: { service: "refunds", kind: CONSUMER, name: "consume RefundDeliveryCompleted" },
      requested: { service: "refunds", kind: PRODUCER, name: "publish PaymentCancellationRequested" },
      refund: { service: "payments", kind: CONSUMER, name: "consume PaymentCancellationRequested" },
      refunded: { service: "payments", kind: PRODUCER, name: "publish PaymentCanceled" },
      views: { service: "views", kind: CONSUMER, name: "consume PaymentCanceled" },
      push: { service: "router", kind: PRODUCER, name: "push myPizzaRefundChanges" },
    });
    expect(back.span.completes.parentSpanId).toBe(back.span.relayCompleted.spanId);
    expect(back.span.refund.parentSpanId).toBe(back.span.requested.spanId);
    expect(back.spans.find((s) => s.spanId === back.span.refunded.parentSpanId)?.spanId).toBe(back.span.refund.spanId);
    expect(back.spans.filter((s) => s.attributes[CORRELATION] !== caseId).map(describeSpan)).toEqual([]);
    expect(back.spans[0]!.traceId).not.toBe(spans[0]!.traceId);
  });
});
