import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Stack, waitFor } from "@supergraph/testkit";
import { evidenceOnFailure, launchBrowser, openGuardedPage, readmeScreenshot, screenshot, subscribed } from "./browser.ts";

const PASSWORD = "correct horse battery";

/**
 * The online study pages of the web client at /app, in a real Chromium: a student orders a course
 * and follows "my learning" live while a learning manager starts the learning and evaluates it;
 * the student's SMS history shows the order and the start; a second order is canceled on screen.
 */
describe("online study in the browser", () => {
  let stack: Stack;
  let browser: Browser;

  async function account(role: "STUDENT" | "LEARNING_MANAGER", name: string): Promise<{ email: string; userId: string }> {
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

  /** Orders the first course whose title or code matches `search`; returns the order number shown. */
  async function orderOnScreen(page: Page, search: string): Promise<string> {
    await page.getByTestId("course-search").fill(search);
    const choose = page.locator('[data-testid^="choose-"]').first();
    await choose.waitFor();
    await choose.click();
    const message = page.getByTestId("order-message");
    const before = (await message.count()) ? await message.textContent() : null;
    await page.getByTestId("order-phone").fill("010-2345-6789");
    await page.getByTestId("order-submit").click();
    // The form closes, and the message names the new order.
    await expect.poll(async () => ((await message.count()) ? await message.textContent() : null), { timeout: 10_000 }).toMatch(/CO-\d{4}-\d{6,}/);
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).not.toBe(before);
    expect(await page.getByTestId("order-form").count()).toBe(0);
    return (await message.textContent())!.match(/CO-\d{4}-\d{6,}/)![0];
  }

  /** Clicks Refresh on the manager's queue until `testId` shows. */
  async function inQueue(page: Page, testId: string): Promise<void> {
    await expect
      .poll(async () => {
        if (await page.getByTestId(testId).count()) return true;
        await page.getByTestId("queue-refresh").click();
        return false;
      }, { timeout: 15_000 })
      .toBe(true);
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([
      // System 1's contexts too: a STUDENT's /app shows the lectures page above online study.
      Stack.start({}, { only: ["course-orders", "learning", "evaluations", "notifications", "views", "lectures", "registrations", "payments"] }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("a student orders and sees AWAITING_MANAGER, IN_PROGRESS with the manager, the interim and the final score live; the SMS history shows them; a second order is canceled", async () => {
    const student = await account("STUDENT", "Sora Student");
    const manager = await account("LEARNING_MANAGER", "Lena Learning");
    const [mine, theirs] = await Promise.all([openGuardedPage(browser), openGuardedPage(browser)]);
    evidenceOnFailure(mine, "app-study-student");
    evidenceOnFailure(theirs, "app-study-manager");
    const live = subscribed(mine, "myLearningChanges");
    await signInOnScreen(mine.page, student.email);
    await live;
    await expect.poll(() => mine.page.getByTestId("connection").textContent()).toBe("live");
    const navigations: string[] = [];
    mine.page.on("framenavigated", (frame) => navigations.push(frame.url()));

    const orderNumber = await orderOnScreen(mine.page, "");
    const learningStatus = mine.page.getByTestId(`study-learning-status-${orderNumber}`);
    await expect.poll(() => learningStatus.textContent(), { timeout: 15_000 }).toBe("AWAITING_MANAGER");
    expect(await mine.page.getByTestId(`study-order-status-${orderNumber}`).textContent()).toBe("ORDERED");

    // The learning manager finds the record in their queue and starts it.
    await signInOnScreen(theirs.page, manager.email);
    await inQueue(theirs.page, `start-${orderNumber}`);
    await theirs.page.getByTestId(`start-${orderNumber}`).click();
    await expect.poll(() => theirs.page.getByTestId(`queue-status-${orderNumber}`).textContent(), { timeout: 10_000 }).toBe("IN_PROGRESS");
    await expect.poll(() => learningStatus.textContent(), { timeout: 15_000 }).toBe("IN_PROGRESS");
    await expect.poll(() => mine.page.getByTestId(`study-manager-${orderNumber}`).textContent(), { timeout: 15_000 }).toBe("Lena Learning");

    // An interim evaluation, once evaluations opened the sheet (by LearningStarted) and the queue shows its form.
    await inQueue(theirs.page, `interim-${orderNumber}`);
    await theirs.page.getByTestId(`score-${orderNumber}`).fill("70");
    await theirs.page.getByTestId(`note-${orderNumber}`).fill("a good start");
    await theirs.page.getByTestId(`interim-${orderNumber}`).click();
    await theirs.page.getByTestId(`evaluated-${orderNumber}`).waitFor({ timeout: 10_000 });
    await expect.poll(() => mine.page.getByTestId(`study-interim-${orderNumber}`).textContent(), { timeout: 15_000 }).toBe("70");

    await theirs.page.getByTestId(`score-${orderNumber}`).fill("90");
    await theirs.page.getByTestId(`final-${orderNumber}`).click();
    await expect.poll(() => learningStatus.textContent(), { timeout: 15_000 }).toBe("COMPLETED");
    await expect.poll(() => mine.page.getByTestId(`study-final-${orderNumber}`).textContent(), { timeout: 15_000 }).toBe("90");
    expect(await mine.page.getByTestId(`study-cancel-${orderNumber}`).count()).toBe(0);
    await screenshot(theirs.page, "app-study-manager");

    // The SMS history: the order and the start, read again on the pushes.
    await expect.poll(() => mine.page.getByTestId(`sms-COURSE_ORDERED-${orderNumber}`).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => mine.page.getByTestId(`sms-LEARNING_STARTED-${orderNumber}`).count(), { timeout: 15_000 }).toBe(1);

    // A second order, canceled by the student: its learning follows by events.
    const second = await orderOnScreen(mine.page, "");
    const cancel = mine.page.getByTestId(`study-cancel-${second}`);
    await cancel.waitFor({ timeout: 15_000 });
    await cancel.click();
    await expect.poll(() => mine.page.getByTestId(`study-order-status-${second}`).textContent(), { timeout: 15_000 }).toBe("CANCELED");
    await expect.poll(() => mine.page.getByTestId(`study-learning-status-${second}`).textContent(), { timeout: 15_000 }).toBe("CANCELED");
    await screenshot(mine.page, "app-study-student");
    await readmeScreenshot(mine.page, "online-study", mine.page.locator('section[aria-labelledby="study-courses"], section[aria-labelledby="my-learning"], section[aria-labelledby="sms-history"]'));

    expect(navigations).toEqual([]);
    for (const guarded of [mine, theirs]) {
      expect(guarded.offsite).toEqual([]);
      expect(guarded.problems).toEqual([]);
    }
    await waitFor("the student's id in the views row", async () => (await stack.sql("views", "SELECT 1 FROM course_order_view WHERE student_id = $1", [student.userId])).length === 2);
  });
});
