import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { basename, join } from "node:path";
import { repoRoot } from "@supergraph/testkit";

/** What the suite proves, in the order docs/reliability.md lists it: each item's pass criterion. */
const ITEMS = {
  F1: ["Payments stopped while registrations arrive at a steady rate for 10 s", "No registration without a completed payment; the breaker opens after a bounded number of failed calls (at most twice `PAYMENT_BREAKER_VOLUME`); while it is open, refusals come back fast (p99 below the charge timeout); after payments restarts the breaker half-opens and closes, and registrations succeed again."],
  F1b: ["Payments slower than the charge timeout", "The breaker opens; while open, calls are refused without reaching payments; charges that landed after their caller gave up are voided; the breaker closes once payments is fast again."],
  F2: ["Lectures and views stopped for a while under steady load, then restarted", "Every event they missed is applied exactly once: enrolment counts, inbox rows and the read model match the registrations made meanwhile."],
  F3: ["Three replicas of lectures on one durable consumer, one killed with SIGKILL mid-batch", "Each event has exactly one effect: the enrolment equals the events published and each event has one inbox row; what the killed replica held unacknowledged is redelivered to the others."],
  F4: ["Outbox relay killed between publishing and marking sent, kept down past JetStream's duplicate window", "No event lost, none applied twice: the events it re-publishes after the restart are stored again by JetStream and dropped by the consumers' inboxes."],
  F5: ["Poison events: malformed, of an unknown type, failing in its handler", "Dead-lettered (at once, or after exactly `EVENT_MAX_DELIVERIES` deliveries); visible in `events_dead_letters_parked` and the dead-letters CLI; the consumer keeps applying the events after them."],
  F6: ["A refund the payment processor keeps refusing", "Retried with backoff, then parked as a dead letter (metric, CLI) and replayed by the operator once the cause is fixed; every canceled registration ends with its payment refunded, and no payment is refunded while its registration holds a seat."],
  F7: ["500 concurrent registrations for a 100-seat lecture", "Exactly 100 succeed, the other 400 get the typed `LECTURE_FULL`, and exactly 100 payments exist (none for a refused registration)."],
  F8: ["PostgreSQL, then NATS, restarted under load", "The subgraphs reconnect by themselves: `/readyz` is 503 during the outage and 200 after, with no process restarted; registrations succeed again and their events flow."],
  F9: ["A burst of registrations while payments is slower than the charge timeout (overload)", "The attempts still waiting their turn when the breaker opens, and every attempt made while it is open, are refused, retryable, with `retryAfterMs`, before anything is held, and leave no seat hold, no payment row (not even a voided one) and no event; the charges that timed out are voided or refunded; after recovery, 0 registrations without a completed payment, 0 seat holds left, enrolment counts exact."],
  FP1: ["Parking: TicketReserved and TicketReservationCanceled delivered a second time (as a dead-letter replay or a relay re-publishing would)", "No second effect: one allocation, one ticket, one cancel-delivery, one Vacated; the day's count and every context's events unchanged by the redeliveries."],
  FP2: ["Parking: two replicas of parking-lots on one durable consumer, 60 employees reserving one day of 5 spaces at once", "Exactly 5 Occupied and 55 FullyOccupied, the day's count 5; the two replicas' applied counts add up to exactly 60 (each event applied once), both above 0."],
  FP3: ["Parking: a cancellation whose ticket delivery stays down past `EVENT_MAX_DELIVERIES`", "Retried with backoff, then parked as a dead letter (metric, CLI) with its space still taken and nobody else given it; replayed by the operator once ticket deliveries is back: DeliveryCanceled, then Vacated, the space free."],
  FP4: ["Parking: ticket deliveries' courier slower than the lot's cancel-delivery timeout while employees cancel at once", "The lot's breaker opens; while it is open the held cancellations are refused without a call (`rejected_open`) and no space is released; once the courier is fast again the breaker closes and every cancellation completes by itself: one DeliveryCanceled and then one Vacated each, every space free."],
  FS1: ["Online study: evaluations stopped while students order and managers start learning, then restarted", "Ordering and starting learning succeed meanwhile; once back, evaluations opens the evaluation sheet of every learning started meanwhile, exactly once each (one EvaluationSheetOpened), and an interim evaluation is registered on it."],
  FS2: ["Online study: course-orders slower than the final-score timeout (1,500 ms against 1,000 ms) under concurrent final evaluations", "Every attempt refused `COURSE_ORDERS_UNAVAILABLE`, retryable; the breaker opens and refuses unsent with `retryAfterMs` (fallback p99 through the router reported); no final evaluation stored while slow; once course-orders is fast again the breaker closes and each order holds exactly the score of its one stored final evaluation (one FinalScoreRecorded)."],
  FS3: ["Online study: the simulated SMS provider failing every send (`SMS_FAILURE_RATE=1`)", "The SMS request is retried, then parked as a dead letter after `EVENT_MAX_DELIVERIES` (metric, CLI), while learning opens and starts as usual; replayed by the operator once the provider works: one COURSE_ORDERED SMS in the student's history."],
  FS4: ["Online study: CourseOrdered, LearningStarted and their SMS requests delivered a second time", "Dropped by every consumer's inbox: one learning record, one evaluation sheet, two SMS (ordered, started) and one my-learning row."],
  FS5: ["Online study: two replicas of learning on one durable consumer, 30 course orders at once", "One LearningOpened per order (30); the two replicas' applied counts add up to exactly 30, both above 0."],
  FS6: ["Online study: the cancel saga's compensation in learning (cancel the learning of a canceled order) failing at every delivery, its order's CourseOrdered lost to learning", "Retried, then parked as a dead letter after `EVENT_MAX_DELIVERIES` (listed by the dead-letters CLI) and shown on the student's case timeline (`hasParked`); once the lost event is restored the operator's replay cancels the learning exactly once (one LearningCanceled, one LEARNING_CANCELED SMS) and `hasParked` turns false."],
  FZ1: ["Pizza: coupons stopped while customers order, pay, are delivered and refund, then restarted", "Orders, payments, deliveries and refunds are taken meanwhile; once back, coupons issues the coupon of every order delivered meanwhile and revokes that of the order refunded meanwhile, exactly once each (one CouponIssued, one CouponRevoked)."],
  FZ2: ["Pizza: payments slower than the order's 500 ms charge timeout under concurrent customers", "The breaker opens; while it is open paying is refused `PAYMENT_UNAVAILABLE`, retryable, without a call (`rejected_open`), fast through the router (p99 reported); once payments is fast again the breaker closes, every order ends PAID with exactly one COMPLETED payment (late charges applied, none twice) and one delivery."],
  FZ3: ["Pizza: deliveries stopped while a customer asks for a refund", "Refused `DELIVERIES_UNAVAILABLE`, retryable; no refund row, no PizzaRefunded, the delivery still DELIVERED; once deliveries is back the same request is taken (PENDING, the delivery REFUNDED)."],
  FZ4: ["Pizza: PizzaOrderPaid and PizzaDelivered delivered a second time", "Dropped by the consumers' inboxes: one delivery (one DeliveryStarted), one coupon (one CouponIssued), one status-screen row."],
  FZ5: ["Pizza: two replicas of deliveries on one durable consumer, 30 orders paid at once", "One delivery per order (30 DeliveryStarted); the two replicas' applied counts add up to exactly 30, both above 0."],
  FZ6: ["Pizza: the payment processor refusing every refund (`PAYMENT_REFUND_FAILURE_RATE=1`) while a paid order is canceled and a refund becomes final", "Each compensation (pizza-orders' and refunds' PaymentCancellationRequested) is retried with backoff, then parked as a dead letter after `EVENT_MAX_DELIVERIES` (metric, CLI) and shown on the customer's case timeline (`hasParked`); the order stays CANCELED, the refund COMPLETED, the money still taken; replayed by the operator once the processor works: each payment CANCELED once (one PaymentCanceled), the status screen shows it given back."],
  FZ7: ["Pizza: deliveries slower than the refund's 500 ms turn-into-a-refund-delivery timeout under concurrent customers", "Every refund refused `DELIVERIES_UNAVAILABLE`, retryable; the breaker opens and refuses unsent with `retryAfterMs` (`rejected_open`), fast through the router (p99 reported); no refund and no PizzaRefunded stored while slow; once deliveries is fast again the breaker closes and each order holds exactly one refund (PENDING), the one its REFUNDED delivery carries (late turns taken up by the retries, none twice)."],
  FV1: ["Vaccination: injections stopped while customers book", "Every booking is taken (BOOKED, its dose reserved); once injections is back each booking has exactly one injection record (one InjectionScheduled), and the injection manager can give it."],
  FV2: ["Vaccination: certificate-issues stopped while customers apply for certificates", "Every application is taken (APPLIED); once certificate-issues is back each has exactly one issue request, and a certificate the manager issues reaches the customer's my page."],
  FV3: ["Vaccination: vaccines slower than the bookings' reserve-a-dose timeout", "The breaker opens; while it is open bookings are refused `VACCINES_UNAVAILABLE`, retryable, with `retryAfterMs`, without a call (`rejected_open`), fast through the router (p99 reported); nothing is stored and no dose stays reserved; once vaccines is fast again the breaker closes and bookings succeed."],
  FV4: ["Vaccination: VaccinationBooked and CertificateApplied delivered a second time", "No second effect: one injection record, one issue request, one my-page row; the redeliveries are counted as duplicates by the consumers' inboxes."],
  FV5: ["Vaccination: two replicas of injections on one durable consumer while 40 customers book at once", "Exactly one injection record per booking; the two replicas' applied counts add up to exactly 40."],
  FV6: ["Vaccination: 200 concurrent bookings for a vaccine of 50 doses, two replicas of vaccines", "Exactly 50 booked and 150 refused `OUT_OF_STOCK`; the vaccine's booked count is 50 and each of the 50 bookings holds exactly one reserved dose."],
  FV7: ["Vaccination: a canceled booking's dose release (the saga's compensation in vaccines) failing at every delivery", "Retried with backoff, then parked as a dead letter after `EVENT_MAX_DELIVERIES` (counted in `events_dead_letters_parked`, listed by the dead-letters CLI) with the dose still counted as booked while other cancels are released; once the fault is gone the operator's replay releases it exactly once (booked back, one `DoseReleased`)."],
  H1: ["Operations above the limits: depth, aliases, tokens, cost", "Refused before execution over HTTP (400) and over graphql-ws (error message), `OPERATION_LIMIT_EXCEEDED` with a message starting \"Operation refused:\", at the documented `MAX_DEPTH`, `MAX_ALIASES`, `MAX_TOKENS`, `MAX_COST`."],
  H2: ["Oversized request bodies", "Refused above `MAX_BODY_BYTES`: 413 over HTTP (router; subgraphs above 256 kB), answered as JSON without internals; a graphql-ws frame closes the socket with 1009."],
  H3: ["Batched operations", "A JSON array of operations is refused (400); aliasing one field many times hits the alias limit."],
  H4: ["Bad tokens, and no token on a protected field", "Expired, foreign issuer or audience, `alg: none`, HMAC signed with the public key (algorithm confusion), tampered signature: 401 `UNAUTHENTICATED` over HTTP, socket closed 4401 over graphql-ws; no token: `UNAUTHENTICATED` from the field's owner (HTTP 200), an `UNAUTHENTICATED` error over graphql-ws."],
  H5: ["Another user's registration and payment, by id and through entity references", "Nothing read, nothing changed: `null`, empty lists or `REGISTRATION_NOT_FOUND`, and the rows are unchanged."],
  H6: ["CSRF-style simple requests", "`text/plain` POST and GET without a preflight header refused (400); a mutation over GET refused (405); nothing written."],
  H7: ["Requests straight to a subgraph", "Without the router's secret: 403, `_entities` included; with it but with a bad token: 401."],
  H8: ["Introspection, field suggestions and stack traces in production settings", "Introspection refused and no \"Did you mean\", over HTTP and graphql-ws; no stack trace or source path in any answer the suite received."],
  H9: ["Internal addresses in error answers", "No error answer of the suite (HTTP bodies, graphql-ws errors and close reasons, subscriptions over multipart and SSE refused; a subgraph down and a field refused by its subgraph included) holds a URL, a loopback host, a subgraph's port (topology or running), `extensions.response` or `serviceName`, or a subgraph's HTTP status line."],
} as const satisfies Record<string, readonly [title: string, criterion: string]>;

export type Item = keyof typeof ITEMS;
type Figures = Record<string, string | number>;

/** What one test file measured, item by item, each from the latest run that reached it. */
type FileResults = Partial<Record<Item, { ranAt: string; figures: Figures }>>;

const RESULTS = join(repoRoot, "e2e", "reliability", "results");
const REPORT = join(repoRoot, "docs", "reliability.md");

/**
 * The figures of one test file: each test records what it measured once it passed, and
 * `save` (in afterAll) stores them under e2e/reliability/results/ (not committed), over
 * what earlier runs of the file measured, and regenerates docs/reliability.md from all.
 */
export function figures(testFile: string) {
  const path = join(RESULTS, `${basename(testFile).replace(/\.e2e\.test\.ts$/, "")}.json`);
  const measured: FileResults = {};
  return {
    record(item: Item, values: Figures): void {
      measured[item] = { ranAt: new Date().toISOString(), figures: values };
      console.log(`${item} ${ITEMS[item][0]}: ${Object.entries(values).map(([k, v]) => `${k} ${v}`).join("; ")}`);
    },
    save(): void {
      mkdirSync(RESULTS, { recursive: true });
      const earlier = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as FileResults) : {};
      writeFileSync(path, `${JSON.stringify({ ...earlier, ...measured }, null, 2)}\n`);
      writeFileSync(REPORT, render());
    },
  };
}

function render(): string {
  const latest = new Map<Item, { ranAt: string; figures: Figures }>();
  for (const name of readdirSync(RESULTS).filter((n) => n.endsWith(".json"))) {
    const results = JSON.parse(readFileSync(join(RESULTS, name), "utf8")) as FileResults;
    for (const [item, result] of Object.entries(results) as [Item, { ranAt: string; figures: Figures }][]) {
      if (item in ITEMS && (latest.get(item)?.ranAt ?? "") < result.ranAt) latest.set(item, result);
    }
  }
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, "<br>");
  const section = (prefix: "F" | "H") =>
    (Object.entries(ITEMS) as [Item, readonly [string, string]][])
      .filter(([id]) => id.startsWith(prefix))
      .map(([id, [title, criterion]]) => {
        const measured = latest.get(id);
        const shown = measured ? Object.entries(measured.figures).map(([k, v]) => `${k}: **${v}**`).join("\n") : "not measured: the test failed or did not run";
        return `| ${id} | ${cell(title)} | ${cell(criterion)} | ${cell(shown)} | ${measured?.ranAt.slice(0, 16).replace("T", " ") ?? "-"} |`;
      });
  const header = ["| # | what | pass criterion | measured in the latest run | run (UTC) |", "| --- | --- | --- | --- | --- |"];
  return [
    "# Reliability and security",
    "",
    "<!-- Generated by the reliability suite (e2e/reliability/figures.ts); edits are overwritten. -->",
    "",
    "What the fault and security suite in `e2e/reliability` proves, and the figures it measured.",
    "Each test starts real processes (router, subgraphs, PostgreSQL, NATS), breaks them on purpose,",
    "checks the outcome against the criterion below and records what it measured; `npm test` runs",
    "it and rewrites this file. Timings come from a shared, busy machine",
    `(${cpus().length} CPUs, Node ${process.version.slice(1)}): they show orders of magnitude, while the criteria count outcomes.`,
    "",
    "## Faults",
    "",
    ...header,
    ...section("F"),
    "",
    "## Hostile input",
    "",
    "Each refused through the router over HTTP and, where it applies, over graphql-ws (production",
    "settings: `INTROSPECTION=false`, a router secret).",
    "",
    ...header,
    ...section("H"),
    "",
  ].join("\n");
}
