import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Stack, waitFor } from "@supergraph/testkit";
import { evidenceOnFailure, launchBrowser, openGuardedPage, readmeScreenshot, screenshot, subscribed } from "./browser.ts";

const PASSWORD = "correct horse battery";
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** The parking pages of the web client at /app, in a real Chromium: an employee and the parking manager side by side. */
describe("parking in the browser", () => {
  let stack: Stack;
  let browser: Browser;

  async function account(role: "EMPLOYEE" | "PARKING_MANAGER", name: string): Promise<{ email: string; userId: string }> {
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

  /** Once residents' service shows `free` spaces on `date`, the form shows them when the day is chosen again. */
  async function freeSpacesOnScreen(page: Page, date: string, free: number): Promise<void> {
    await waitFor(`${free} free spaces on ${date}`, async () => (await stack.gql(`query($date: String!) { parkingAvailability(date: $date) { freeSpaces } }`, { date })).data?.parkingAvailability?.freeSpaces === free);
    await page.getByTestId("parking-date").fill(day(30));
    await page.getByTestId("parking-date").fill(date);
    await expect.poll(() => page.getByTestId("parking-free").textContent()).toBe(`${free} free`);
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([
      Stack.start({}, { only: ["parking-reservations", "parking-lots", "ticket-deliveries", "parking-availability"] }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("an employee reserves and sees ALLOCATED, then TICKET_DELIVERED when the manager delivers, then CANCELED, without reloading", async () => {
    const employee = await account("EMPLOYEE", "Erin Employee");
    const manager = await account("PARKING_MANAGER", "Pat Manager");
    const [mine, theirs] = await Promise.all([openGuardedPage(browser), openGuardedPage(browser)]);
    evidenceOnFailure(mine, "app-parking-employee");
    evidenceOnFailure(theirs, "app-parking-manager");
    const live = subscribed(mine, "myTicketReservationChanges");
    await signInOnScreen(mine.page, employee.email);
    await live;
    await expect.poll(() => mine.page.getByTestId("connection").textContent()).toBe("live");
    const navigations: string[] = [];
    mine.page.on("framenavigated", (frame) => navigations.push(frame.url()));

    const date = day(2);
    await mine.page.getByTestId("parking-date").fill(date);
    // Nothing happened at the lot yet: residents' service does not know its capacity.
    await expect.poll(() => mine.page.getByTestId("parking-free").textContent()).toBe("free spaces not known yet");
    await mine.page.getByTestId("parking-reserve").click();
    const reservation = await waitFor("the reservation in the database", async () =>
      (await stack.sql<{ id: string }>("parking-reservations", "SELECT id::text FROM ticket_reservation WHERE employee_id = $1", [employee.userId]))[0],
    );
    const status = mine.page.getByTestId(`parking-status-${reservation.id}`);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe("ALLOCATED");
    // The day's free spaces follow the lot's decision, read again when the day is chosen again.
    await freeSpacesOnScreen(mine.page, date, 4);

    // The parking manager finds the ticket in their list and delivers it.
    await signInOnScreen(theirs.page, manager.email);
    const deliver = theirs.page.getByTestId(`deliver-${reservation.id}`);
    await expect
      .poll(async () => {
        if (await deliver.count()) return true;
        await theirs.page.getByTestId("tickets-refresh").click();
        return false;
      }, { timeout: 10_000 })
      .toBe(true);
    expect(await theirs.page.getByTestId(`ticket-${reservation.id}`).textContent()).toContain("Erin Employee");
    await screenshot(theirs.page, "app-parking-manager");
    await deliver.click();
    await expect.poll(() => theirs.page.getByTestId(`ticket-${reservation.id}`).count(), { timeout: 10_000 }).toBe(0);

    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe("TICKET_DELIVERED");
    await screenshot(mine.page, "app-parking-employee");
    await readmeScreenshot(mine.page, "parking");

    await mine.page.getByTestId(`parking-cancel-${reservation.id}`).click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe("CANCELED");
    expect(await mine.page.getByTestId(`parking-cancel-${reservation.id}`).count()).toBe(0);
    await freeSpacesOnScreen(mine.page, date, 5);

    expect(navigations).toEqual([]);
    for (const guarded of [mine, theirs]) {
      expect(guarded.offsite).toEqual([]);
      expect(guarded.problems).toEqual([]);
    }
  });

  it("a second reservation for the same day is refused on screen with the owner's message", async () => {
    const employee = await account("EMPLOYEE", "Frank Employee");
    const guarded = await openGuardedPage(browser);
    evidenceOnFailure(guarded, "app-parking-twice");
    await signInOnScreen(guarded.page, employee.email);
    await guarded.page.getByTestId("parking-date").fill(day(3));
    await guarded.page.getByTestId("parking-reserve").click();
    await guarded.page.getByTestId("parking-reserve-message").waitFor();
    await guarded.page.getByTestId("parking-reserve").click();
    await expect.poll(() => guarded.page.getByTestId("parking-reserve-message").textContent()).toMatch(/already/i);
    expect(guarded.problems).toEqual([]);
  });
});
