import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Stack, waitFor } from "@supergraph/testkit";
import { evidenceOnFailure, launchBrowser, openGuardedPage, readmeScreenshot, screenshot, subscribed } from "./browser.ts";
import { PIZZA_CONTEXTS } from "../pizza/status-flow.ts";

const PASSWORD = "correct horse battery";

/** The pizza pages of the web client at /app, in a real Chromium: a customer and a courier side by side. */
describe("pizza in the browser", () => {
  let stack: Stack;
  let browser: Browser;

  async function account(role: "CUSTOMER" | "COURIER", name: string): Promise<{ email: string; userId: string }> {
    const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const res = await stack.gql<{ signUp: { user: { id: string } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, {
      input: { email, password: PASSWORD, name, role },
    });
    if (!res.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(res.errors)}`);
    return { email, userId: res.data.signUp.user.id };
  }

  async function signInOnScreen(page: Page, email: string): Promise<void> {
    await page.goto(`${stack.router.url}/app`);
    await page.getByTestId("email").fill(email);
    await page.getByTestId("password").fill(PASSWORD);
    await page.getByTestId("sign-in").click();
    await page.getByTestId("signed-in").waitFor();
  }

  /** The courier's button for the order, once the order's delivery is in the queue (read again on Refresh). */
  async function courierButton(page: Page, testId: string) {
    const button = page.getByTestId(testId);
    await expect
      .poll(async () => {
        if (await button.count()) return true;
        await page.getByTestId("deliveries-refresh").click();
        return false;
      }, { timeout: 15_000 })
      .toBe(true);
    return button;
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([Stack.start({}, { only: PIZZA_CONTEXTS }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("a customer orders, pays and follows the order live while a courier delivers it; the refund with its reason, the return run completed; no reload", async () => {
    const customer = await account("CUSTOMER", "Cora Customer");
    const courier = await account("COURIER", "Cody Courier");
    const [mine, theirs] = await Promise.all([openGuardedPage(browser), openGuardedPage(browser)]);
    evidenceOnFailure(mine, "app-pizza-customer");
    evidenceOnFailure(theirs, "app-pizza-courier");
    const live = Promise.all(["myPizzaOrderChanges", "myDeliveryChanges", "myPizzaRefundChanges"].map((f) => subscribed(mine, f)));
    await signInOnScreen(mine.page, customer.email);
    await live;
    await expect.poll(() => mine.page.getByTestId("connection").textContent()).toBe("live");
    const navigations: string[] = [];
    mine.page.on("framenavigated", (frame) => navigations.push(frame.url()));

    const first = mine.page.getByTestId("pizza-menu").locator("input").first();
    await first.fill("2");
    await mine.page.getByTestId("pizza-order").click();
    await expect.poll(() => mine.page.getByTestId("pizza-order-message").textContent()).toMatch(/to pay/);
    const order = await waitFor("the order in the database", async () =>
      (await stack.sql<{ id: string }>("pizza-orders", "SELECT id::text FROM pizza_order WHERE customer_id = $1", [customer.userId]))[0],
    );
    const status = mine.page.getByTestId(`pizza-status-${order.id}`);
    const delivery = mine.page.getByTestId(`pizza-delivery-${order.id}`);
    await expect.poll(() => status.textContent()).toBe("PLACED");

    await mine.page.getByTestId(`pizza-pay-${order.id}`).click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe("PAID");
    await expect.poll(() => delivery.textContent(), { timeout: 10_000 }).toBe("DELIVERING");
    await expect.poll(() => mine.page.getByTestId(`pizza-payment-${order.id}`).textContent(), { timeout: 10_000 }).toBe("COMPLETED");

    await signInOnScreen(theirs.page, courier.email);
    await (await courierButton(theirs.page, `deliver-${order.id}`)).click();
    await expect.poll(() => delivery.textContent(), { timeout: 10_000 }).toBe("DELIVERED");
    await expect.poll(() => mine.page.getByTestId(`pizza-coupon-${order.id}`).textContent(), { timeout: 15_000 }).toMatch(/ISSUED$/);
    await screenshot(mine.page, "app-pizza-customer");
    await readmeScreenshot(mine.page, "pizza", mine.page.locator('header.app-header, section[aria-labelledby="pizza-menu"], section[aria-labelledby="my-pizza-orders"]'));

    await mine.page.getByTestId(`pizza-refund-reason-${order.id}`).fill("It arrived cold");
    await mine.page.getByTestId(`pizza-refund-request-${order.id}`).click();
    await expect.poll(() => delivery.textContent(), { timeout: 10_000 }).toBe("REFUNDED");
    await expect.poll(() => mine.page.getByTestId(`pizza-refund-${order.id}`).textContent(), { timeout: 10_000 }).toBe("PENDING: It arrived cold");
    await expect.poll(() => mine.page.getByTestId(`pizza-coupon-${order.id}`).textContent(), { timeout: 15_000 }).toMatch(/REVOKED$/);

    const complete = await courierButton(theirs.page, `return-complete-${order.id}`);
    await screenshot(theirs.page, "app-pizza-courier");
    await complete.click();
    await expect.poll(() => delivery.textContent(), { timeout: 10_000 }).toBe("RETURNED");
    await expect.poll(() => mine.page.getByTestId(`pizza-refund-${order.id}`).textContent(), { timeout: 10_000 }).toBe("COMPLETED: It arrived cold");
    await expect.poll(() => mine.page.getByTestId(`pizza-payment-${order.id}`).textContent(), { timeout: 15_000 }).toBe("CANCELED");

    expect(navigations).toEqual([]);
    for (const guarded of [mine, theirs]) {
      expect(guarded.offsite).toEqual([]);
      expect(guarded.problems).toEqual([]);
    }
  });

  it("a customer cancels an order on screen, and an empty order is refused with the owner's message", async () => {
    const customer = await account("CUSTOMER", "Dana Customer");
    const guarded = await openGuardedPage(browser);
    evidenceOnFailure(guarded, "app-pizza-cancel");
    await signInOnScreen(guarded.page, customer.email);
    await guarded.page.getByTestId("pizza-menu").waitFor();

    await guarded.page.getByTestId("pizza-order").click();
    await expect.poll(() => guarded.page.getByTestId("pizza-order-message").textContent()).toMatch(/\S/);
    expect(await stack.sql("pizza-orders", "SELECT 1 FROM pizza_order WHERE customer_id = $1", [customer.userId])).toEqual([]);

    await guarded.page.getByTestId("pizza-menu").locator("input").first().fill("1");
    await guarded.page.getByTestId("pizza-order").click();
    const order = await waitFor("the order in the database", async () =>
      (await stack.sql<{ id: string }>("pizza-orders", "SELECT id::text FROM pizza_order WHERE customer_id = $1", [customer.userId]))[0],
    );
    await guarded.page.getByTestId(`pizza-cancel-${order.id}`).click();
    await expect.poll(() => guarded.page.getByTestId(`pizza-status-${order.id}`).textContent(), { timeout: 10_000 }).toBe("CANCELED");
    expect(await guarded.page.getByTestId(`pizza-pay-${order.id}`).count()).toBe(0);
    expect(guarded.problems).toEqual([]);
  });
});
