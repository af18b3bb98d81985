import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { deadLettersCli, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { openLecture, register } from "../course-registration/helpers.ts";
import { CANCEL_REGISTRATION } from "../course-registration/operations.ts";
import { day, ordered } from "../online-study/helpers.ts";
import { evidenceOnFailure, launchBrowser, openGuardedPage, readmeScreenshot, subscribed } from "./browser.ts";
import { graphiqlReady } from "./graphiql.ts";

const PASSWORD = "correct horse battery";

/**
 * The owners of the composed `me` (each adds the user's cases to identity's User) with what
 * their fields read (payments, lectures, learning, deliveries, certificate-issues), and views
 * for the case timeline: a partial supergraph without one of them would not have its field.
 */
const ONE_GRAPH_CONTEXTS = [
  "payments",
  "lectures",
  "registrations",
  "course-orders",
  "learning",
  "pizza-orders",
  "deliveries",
  "parking-reservations",
  "vaccination-bookings",
  "certificate-applications",
  "certificate-issues",
  "views",
];

/** One person holding several roles, in one web client: every page of each role, the Me screen, a case's timeline. */
describe("one graph in the browser", () => {
  let stack: Stack;
  let browser: Browser;

  /** Signs a user up through the router, holding `roles` (the first as `role`, the rest as `roles`). */
  async function account(roles: [string, ...string[]], name: string): Promise<SignedIn & { email: string }> {
    const email = `${roles[0].toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const res = await stack.gql<{ signUp: { token: string; user: { id: string; roles: string[] } } }>(
      `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id roles } } }`,
      { input: { email, password: PASSWORD, name, role: roles[0], roles: roles.slice(1) } },
    );
    if (!res.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(res.errors)}`);
    expect([...res.data.signUp.user.roles].sort()).toEqual([...roles].sort());
    return { email, token: res.data.signUp.token, userId: res.data.signUp.user.id };
  }

  async function signInOnScreen(page: Page, email: string, path = "/app"): Promise<void> {
    await page.goto(`${stack.router.url}${path}`);
    await page.getByTestId("email").fill(email);
    await page.getByTestId("password").fill(PASSWORD);
    await page.getByTestId("sign-in").click();
    await page.getByTestId("signed-in").waitFor();
  }

  /** The courier's delivery of the order, once deliveries started it. */
  async function deliveryOf(courier: SignedIn, orderId: string): Promise<string> {
    return waitFor("the order's delivery in the courier's queue", async () => {
      const res = await stack.gql<{ deliveryQueue: { id: string; order: { id: string } }[] }>(`{ deliveryQueue { id order { id } } }`, {}, courier.token);
      return res.data?.deliveryQueue.find((d) => d.order.id === orderId)?.id;
    });
  }

  const types = (page: Page) => page.getByTestId("timeline-event").evaluateAll((items) => items.map((i) => i.getAttribute("data-event-type")));

  beforeAll(async () => {
    // One after the other: twelve contexts starting at once already keep both cores busy.
    // A refund refused by the processor is parked after 3 deliveries (the last test), not 8.
    stack = await Stack.start({ payments: { EVENT_MAX_DELIVERIES: "3" } }, { only: ONE_GRAPH_CONTEXTS });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("a student, employee and customer sees each role's pages, then on Me their cases of four systems with statuses and payments, kept live; a pizza order's timeline lists its events and shows the delivery arriving, no reload", async () => {
    const sam = await account(["STUDENT", "EMPLOYEE", "CUSTOMER"], "Sam Several");
    const instructor = await stack.signUp("INSTRUCTOR");
    const courier = await stack.signUp("COURIER");
    // Three systems through the API: a lecture registration, a course order, a parking ticket.
    const lectureId = await openLecture(stack, instructor, { title: "Graphs for everyone", price: 4_900, capacity: 10 });
    const registration = (await register(stack, sam, lectureId)).data?.registerForLecture as { id: string; status: string } | undefined;
    expect(registration?.status).toBe("PAID");
    const courseOrder = await ordered(stack, sam);
    const reserved = await stack.gql<{ reserveParkingTicket: { id: string; status: string } }>(`mutation($date: String!) { reserveParkingTicket(date: $date) { id status } }`, { date: day(2) }, sam.token);
    const ticket = reserved.data?.reserveParkingTicket;
    expect(ticket?.status, JSON.stringify(reserved.errors)).toBe("RESERVED");

    const guarded = await openGuardedPage(browser);
    const { page } = guarded;
    evidenceOnFailure(guarded, "app-one-graph");
    await signInOnScreen(page, sam.email);
    expect((await page.getByTestId("signed-in").textContent())?.match(/\((.*)\)/)?.[1]?.split(", ").sort()).toEqual(["customer", "employee", "student"]);
    // Every page of each role: course registration and online study, parking, pizza and vaccination.
    for (const heading of ["open-lectures", "my-registrations", "my-learning", "my-parking", "my-pizza-orders", "my-vaccinations"]) {
      await page.locator(`#${heading}`).waitFor();
    }
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    // The fourth system on screen: order a pizza and pay it.
    await page.getByTestId("pizza-menu").locator("input").first().fill("2");
    await page.getByTestId("pizza-order").click();
    const order = await waitFor("the order in the database", async () =>
      (await stack.sql<{ id: string }>("pizza-orders", "SELECT id::text FROM pizza_order WHERE customer_id = $1", [sam.userId]))[0],
    );
    await page.getByTestId(`pizza-pay-${order.id}`).click();
    await expect.poll(() => page.getByTestId(`pizza-status-${order.id}`).textContent(), { timeout: 10_000 }).toBe("PAID");

    const live = Promise.all(["myPizzaOrderChanges", "myDeliveryChanges", "myTicketReservationChanges"].map((field) => subscribed(guarded, field)));
    await page.getByTestId("nav-me").click();
    await page.getByTestId("me-screen").waitFor();
    await live;
    expect(new URL(page.url()).pathname).toBe("/app/me");
    const status = (id: string) => page.getByTestId(`me-status-${id}`).textContent();
    const payment = (id: string) => page.getByTestId(`me-payment-${id}`).textContent();
    await expect.poll(() => status(order.id), { timeout: 10_000 }).toBe("PAID");
    await expect.poll(() => payment(order.id)).toBe("COMPLETED");
    await expect.poll(() => page.getByTestId(`me-case-${order.id}`).textContent(), { timeout: 10_000 }).toContain("delivery DELIVERING");
    expect(await status(registration!.id)).toBe("PAID");
    expect(await payment(registration!.id)).toBe("COMPLETED");
    expect(await page.getByTestId(`me-case-${registration!.id}`).textContent()).toContain("Graphs for everyone");
    expect(await status(courseOrder.id)).toBe(courseOrder.status);
    expect(await page.getByTestId(`me-case-${courseOrder.id}`).textContent()).toContain(courseOrder.orderNumber);
    expect(await status(ticket!.id)).toBe("RESERVED");
    expect(await payment(ticket!.id)).toBe("—");
    expect(await page.getByTestId("me-summary").textContent()).toBe("Course registration: 1 · Online study: 1 · Pizza: 1 · Parking: 1 · Vaccination: 0");

    // Kept live: the parking ticket canceled elsewhere shows CANCELED here.
    const canceled = await stack.gql(`mutation($id: ID!) { cancelTicketReservation(id: $id) { id status } }`, { id: ticket!.id }, sam.token);
    expect(canceled.errors).toBeUndefined();
    await expect.poll(() => status(ticket!.id), { timeout: 10_000 }).toBe("CANCELED");
    await readmeScreenshot(page, "me");

    // What happened to the pizza order: its events across pizza-orders, payments and deliveries.
    const timelineLive = subscribed(guarded, "caseTimelineChanges");
    await page.getByTestId(`what-happened-${order.id}`).click();
    await page.getByTestId("case-timeline").waitFor();
    expect(new URL(page.url()).pathname).toBe(`/app/cases/${order.id}`);
    await expect.poll(() => types(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(["PizzaOrderPlaced", "PaymentCompleted", "PizzaOrderPaid", "DeliveryStarted"]));
    const placed = page.locator('[data-event-type="PizzaOrderPlaced"]');
    expect(await placed.textContent()).toContain("pizza-orders");
    expect(await placed.textContent()).toContain("after a command");
    expect(await page.locator('[data-event-type="DeliveryStarted"]').textContent()).toContain("after PizzaOrderPaid (pizza-orders)");
    expect(await page.getByTestId("timeline-parked").count()).toBe(0);

    // A further step appears live: the courier delivers.
    await timelineLive;
    const delivered = await stack.gql(`mutation($id: ID!) { markDelivered(id: $id) { id status } }`, { id: await deliveryOf(courier, order.id) }, courier.token);
    expect(delivered.errors).toBeUndefined();
    await expect.poll(() => types(page), { timeout: 15_000 }).toContain("PizzaDelivered");
    expect(await page.locator('[data-event-type="PizzaDelivered"]').textContent()).toContain("deliveries");
    await readmeScreenshot(page, "timeline");

    // Back on Me, the delivery moved there too; the page never reloaded.
    await page.getByTestId("timeline-back").click();
    await expect.poll(() => page.getByTestId(`me-case-${order.id}`).textContent(), { timeout: 10_000 }).toContain("delivery DELIVERED");
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(guarded.offsite).toEqual([]);
    expect(guarded.problems).toEqual([]);
  });

  it("the pizza page's \"What happened?\" opens the order's timeline; another user opening it is refused with the owner's message", async () => {
    const cora = await account(["CUSTOMER"], "Cora Customer");
    const guarded = await openGuardedPage(browser);
    evidenceOnFailure(guarded, "app-one-graph-link");
    await signInOnScreen(guarded.page, cora.email);
    await guarded.page.getByTestId("pizza-menu").locator("input").first().fill("1");
    await guarded.page.getByTestId("pizza-order").click();
    const order = await waitFor("the order in the database", async () =>
      (await stack.sql<{ id: string }>("pizza-orders", "SELECT id::text FROM pizza_order WHERE customer_id = $1", [cora.userId]))[0],
    );
    await guarded.page.getByTestId(`pizza-what-happened-${order.id}`).click();
    await guarded.page.getByTestId("case-timeline").waitFor();
    await expect.poll(() => types(guarded.page), { timeout: 15_000 }).toEqual(["PizzaOrderPlaced"]);
    expect(guarded.problems).toEqual([]);

    const other = await account(["CUSTOMER"], "Otto Other");
    const theirs = await openGuardedPage(browser);
    evidenceOnFailure(theirs, "app-one-graph-forbidden");
    await signInOnScreen(theirs.page, other.email, `/app/cases/${order.id}`);
    await expect.poll(() => theirs.page.getByTestId("timeline-error").textContent(), { timeout: 10_000 }).toBe("Only the case's owner or an ADMIN may read its timeline.");
    expect(await theirs.page.getByTestId("timeline-event").count()).toBe(0);
  });

  it("a canceled registration whose refund the processor keeps refusing shows, live, that it waits for an operator and why; the operator's replay refunds it and the wait goes, no reload", async () => {
    const payments = stack.service("payments");
    await payments.stop();
    await payments.start({ PAYMENT_REFUND_FAILURE_RATE: "1" });
    onTestFinished(async () => {
      if (payments.running) await payments.stop();
      await payments.start();
    });
    const student = await account(["STUDENT"], "Rita Refund");
    const lectureId = await openLecture(stack, await stack.signUp("INSTRUCTOR"), { title: "Refunds that wait", price: 3_900 });
    const registration = (await register(stack, student, lectureId)).data?.registerForLecture as { id: string; status: string } | undefined;
    expect(registration?.status).toBe("PAID");

    const guarded = await openGuardedPage(browser);
    const { page } = guarded;
    evidenceOnFailure(guarded, "app-one-graph-parked");
    await signInOnScreen(page, student.email, "/app/me");
    // Watched before the click: the page may subscribe before the timeline's first rows are on screen.
    const timelineLive = subscribed(guarded, "caseTimelineChanges");
    await page.getByTestId(`what-happened-${registration!.id}`).click();
    await page.getByTestId("case-timeline").waitFor();
    await expect.poll(() => types(page), { timeout: 15_000 }).toContain("RegistrationPaid");
    await timelineLive;
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    expect(await page.getByTestId("timeline-parked").count()).toBe(0);

    // Canceled elsewhere: the refund request is refused, retried, then parked; the screen says so.
    const canceled = await stack.gql(CANCEL_REGISTRATION, { id: registration!.id }, student.token);
    expect(canceled.data?.cancelRegistration.status, JSON.stringify(canceled.errors)).toBe("CANCELED");
    const notice = page.getByTestId("timeline-parked");
    await expect.poll(() => notice.count(), { timeout: 60_000 }).toBe(1);
    expect(await notice.textContent()).toMatch(/^waiting for an operator: payments-cancel-payment gave up on PaymentCancellationRequested: .*refused the refund/);
    expect(await page.locator('[data-event-type="EventParked"]').textContent()).toContain("after PaymentCancellationRequested (registrations)");
    expect(await types(page)).not.toContain("PaymentCanceled");
    await readmeScreenshot(page, "timeline-parked");

    // The operator fixes the processor and replays the dead letter: the refund appears, the wait goes.
    await payments.stop();
    await payments.start();
    const parked = await stack.sql<{ id: number }>("payments", "SELECT id::int FROM platform_dead_letter WHERE consumer = 'payments-cancel-payment' AND replayed_at IS NULL");
    expect(parked).toHaveLength(1);
    expect(await deadLettersCli(stack, "payments", "replay", String(parked[0]!.id))).toContain("replayed 1");
    await expect.poll(() => types(page), { timeout: 30_000 }).toContain("PaymentCanceled");
    await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(0);
    expect(await page.locator('[data-event-type="PaymentCanceled"]').textContent()).toContain("after PaymentCancellationRequested (registrations)");
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(guarded.offsite).toEqual([]);
    expect(guarded.problems).toEqual([]);
  });

  it("the explorer opens with a tab per system and the One graph tab", async () => {
    const guarded = await openGuardedPage(browser);
    evidenceOnFailure(guarded, "explorer-one-graph");
    await guarded.page.goto(`${stack.router.url}/explorer`);
    await graphiqlReady(guarded.page);
    // GraphiQL names a tab after its first operation.
    const tabs = guarded.page.locator(".graphiql-tab");
    await expect.poll(() => tabs.allInnerTexts()).toEqual(["OpenLectures", "FreeParkingSpaces", "PizzaMenu", "Courses", "Vaccines", "Me"]);
    const stored = await guarded.page.evaluate(() => localStorage.getItem("graphiql:tabState") ?? "");
    for (const field of ["myOverview", "caseTimeline(caseId", "caseTimelineChanges", "certificateApplications"]) expect(stored).toContain(field);
  });
});
