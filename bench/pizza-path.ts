/**
 * The pizza order as a case of the command path (bench/command-path.ts; `npm run bench:pizza`),
 * on a stack of the pizza contexts and views with real PostgreSQL and NATS: customers order and
 * pay at a steady rate (an open model: requests go out on schedule whether or not earlier ones
 * answered) with the web client's two mutations (placePizzaOrder, then payPizzaOrder, which
 * charges through payments synchronously behind the breaker), each watching
 * `myPizzaOrderChanges` over graphql-ws. Per order: the two mutations through the router
 * (pizza-orders, payments' charge call), PizzaOrderPaid through the outbox and JetStream to
 * deliveries (which starts the delivery) and views, and each status change resolved through the
 * gateway for its subscriber. Measured: order + pay latency (both mutations), sent to PAID
 * received, orders that never showed PAID (lost), CPU per process. The rate rises step by step
 * and stops at the first step the stack does not sustain.
 * Options: --quick (10 s steps), --rates 5,10,20,30,40,50,60, --seconds 60
 */
import { parseArgs } from "node:util";
import { Stack, type GraphQLResponse } from "@supergraph/testkit";
import { BOUNDED_MS, type CommandCase, commandSteadily, cpuFigures, cpuMsPerCommand, lostOf, SETTLE_MS, type Step, stepRow, stepUp, subscribedUsers, usersFor } from "./command-path.ts";
import { percentile, saveResult, type Target } from "./report.ts";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    rates: { type: "string", default: "5,10,20,30,40,50,60" },
    seconds: { type: "string" },
  },
});
const rates = values.rates!.split(",").map(Number);
const seconds = Number(values.seconds ?? (values.quick ? 10 : 60));
const CONTEXTS = ["payments", "pizza-orders", "deliveries", "coupons", "refunds", "views"];
const ORDERS_PER_CUSTOMER = 50;

/** The web client's mutations and the live status it follows (web/src/pizza-operations.ts). */
const MENU = `query PizzaMenu { pizzaMenu { id name description price } }`;
const PLACE = `mutation PlacePizzaOrder($input: PlacePizzaOrderInput!) { placePizzaOrder(input: $input) { id status amount } }`;
const PAY = `mutation PayPizzaOrder($id: ID!) { payPizzaOrder(id: $id) { id status } }`;
const MY_CHANGES = `subscription MyPizzaOrderChanges { myPizzaOrderChanges { cursor status occurredAt order { id } } }`;

function pizzaOrder(menu: readonly string[]): CommandCase {
  return {
    plural: "orders",
    accepted: "paid",
    finalStatus: "PAID",
    finalEvent: "PizzaOrderPaid",
    pairsPerUser: ORDERS_PER_CUSTOMER,
    subscription: MY_CHANGES,
    async send(stack, pair, customer): Promise<GraphQLResponse> {
      const placed = await stack.gql(PLACE, { input: { lines: [{ pizzaId: menu[pair % menu.length], quantity: 1 + (pair % 3) }] } }, customer.token);
      const id = placed.data?.placePizzaOrder?.id as string | undefined;
      return id ? stack.gql(PAY, { id }, customer.token) : placed;
    },
    idOf: (res) => res.data?.payPizzaOrder?.id,
    change: ({ myPizzaOrderChanges: c }) => ({ status: c.status, occurredAt: c.occurredAt, id: c.order.id }),
  };
}

async function main(): Promise<void> {
  const stack = await Stack.start({ router: { LOG_LEVEL: "warn" } }, { only: CONTEXTS });
  try {
    const menu = ((await stack.gql(MENU)).data?.pizzaMenu as { id: string }[] | undefined)?.map((p) => p.id) ?? [];
    if (menu.length === 0) throw new Error("the menu is empty");
    const order = pizzaOrder(menu);
    const { users: customers, subscribers } = await subscribedUsers(stack, order, "CUSTOMER", usersFor(order, rates, seconds));
    const steps = await stepUp(order, rates, (rate, firstPair) => commandSteadily(stack, order, rate, seconds, firstPair, customers, subscribers));
    await Promise.all(subscribers.map((s) => s.close()));
    report(order, steps, customers.length);
  } finally {
    await stack.stop();
  }
  process.exit(0);
}

function report(order: CommandCase, steps: Step[], customerCount: number): void {
  const rows: Record<string, string | number>[] = steps.map((s) => stepRow(order, s, seconds));
  const best = steps.filter((s) => s.sustained).at(-1);
  const lost = lostOf(steps);
  const at = (s: Step | undefined, figure: (s: Step) => number[]) => (s ? `${Math.round(percentile(figure(s), 99))} ms at ${s.rate}/s` : "no step sustained");
  const targets: Target[] = [
    { name: "pizza orders (order + pay)/s sustained", target: `for ${seconds >= 60 ? "60" : seconds} s, reported`, actual: `${best?.rate ?? 0}/s sustained (steps of ${seconds} s)`, met: best !== undefined && seconds >= 60 },
    { name: "placePizzaOrder + payPizzaOrder latency p99, at the highest rate sustained", target: "reported", actual: at(best, (s) => s.mutationMs), met: best !== undefined },
    { name: "order + pay to PAID on the subscription, p99, at the highest rate sustained", target: `<= ${BOUNDED_MS} ms`, actual: at(best, (s) => s.toFinal), met: best !== undefined },
    { name: "pizza orders lost", target: "0", actual: String(lost), met: lost === 0 },
  ];
  saveResult("pizza-path", {
    title: "The pizza order path end to end (order, pay, PAID pushed)",
    rows,
    targets,
    notes: [
      `${customerCount} customers each subscribed to myPizzaOrderChanges (graphql-ws, the web client's selection), each placing up to ${ORDERS_PER_CUSTOMER} orders of one pizza type and paying each at once; contexts: ${CONTEXTS.join(", ")}, identity and the router, one process each; payments at its default speed (PAYMENT_LATENCY_MS 0).`,
      `The command is both mutations, one after the other, as the web client sends them: its latency is order + pay, the charge through payments included. Sustained: every order paid, none lost, PAID changes kept up (>= 95% of the offered rate) and stayed prompt (p99 <= ${BOUNDED_MS} ms). To PAID splits into the PizzaOrderPaid event's time after the order was sent (the backend) and its delivery to the client (the router's live path).`,
      ...steps.map((s) => `CPU at ${s.rate}/s (cores): ${cpuFigures(s)}; ${Math.round(cpuMsPerCommand(s))} ms of CPU per order.`),
      `Lost: an order paid for the client whose PAID change did not reach its customer within ${SETTLE_MS / 1000} s after the step's last mutation.`,
    ],
  });
}

await main();
