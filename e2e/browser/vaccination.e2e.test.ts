import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Stack, waitFor } from "@supergraph/testkit";
import { evidenceOnFailure, launchBrowser, openGuardedPage, readmeScreenshot, screenshot, subscribed, type GuardedPage } from "./browser.ts";

const PASSWORD = "correct horse battery";
type Role = "CUSTOMER" | "VACCINE_MANAGER" | "INJECTION_MANAGER" | "CERTIFICATE_MANAGER";

/**
 * The vaccination pages of the web client at /app, in a real Chromium: the vaccine manager
 * registers a vaccine and adds stock, a customer books it, the injection manager gives the
 * injection, the customer applies for the certificate and the certificate manager issues it;
 * the customer's page follows every step live, without reloading.
 */
describe("vaccination in the browser", () => {
  let stack: Stack;
  let browser: Browser;
  const pages: GuardedPage[] = [];

  async function account(role: Role, name: string): Promise<{ email: string; userId: string }> {
    const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const res = await stack.gql<{ signUp: { user: { id: string } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, {
      input: { email, password: PASSWORD, name, role },
    });
    if (!res.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(res.errors)}`);
    return { email, userId: res.data.signUp.user.id };
  }

  async function signedIn(role: Role, name: string, evidence: string, live?: string): Promise<GuardedPage & { userId: string }> {
    const { email, userId } = await account(role, name);
    const guarded = await openGuardedPage(browser);
    pages.push(guarded);
    evidenceOnFailure(guarded, evidence);
    const subscribing = live ? subscribed(guarded, live) : Promise.resolve();
    await guarded.page.goto(`${stack.router.url}/app`);
    await guarded.page.getByTestId("email").fill(email);
    await guarded.page.getByTestId("password").fill(PASSWORD);
    await guarded.page.getByTestId("sign-in").click();
    await guarded.page.getByTestId("signed-in").waitFor();
    await subscribing;
    return { ...guarded, userId };
  }

  /** Clicks `testId` once it shows, pressing the list's Refresh until then (staff lists are not live). */
  async function clickWhenListed(page: Page, testId: string, refresh: string): Promise<void> {
    const button = page.getByTestId(testId);
    await expect
      .poll(async () => {
        if (await button.count()) return true;
        await page.getByTestId(refresh).click();
        return false;
      }, { timeout: 20_000 })
      .toBe(true);
    await button.click();
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([
      Stack.start({}, { only: ["vaccines", "vaccination-bookings", "injections", "certificate-applications", "certificate-issues", "views"] }),
      launchBrowser(),
    ]);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("book -> inject -> apply -> issue: the customer's page shows BOOKED, INJECTED, APPLIED and the certificate live", async () => {
    const manager = await signedIn("VACCINE_MANAGER", "Vince Vaccine", "app-vaccine-manager");
    const name = `Comirnaty ${Date.now()}`;
    await manager.page.getByTestId("vaccine-name").fill(name);
    await manager.page.getByTestId("vaccine-stock").fill("5");
    await manager.page.getByTestId("vaccine-register").click();
    await expect.poll(() => manager.page.getByTestId(`vaccine-stock-${name}`).textContent(), { timeout: 10_000 }).toBe("5");
    await manager.page.getByTestId(`vaccine-add-quantity-${name}`).fill("3");
    await manager.page.getByTestId(`vaccine-add-${name}`).click();
    await expect.poll(() => manager.page.getByTestId(`vaccine-stock-${name}`).textContent(), { timeout: 10_000 }).toBe("8");
    await screenshot(manager.page, "app-vaccine-manager");
    const vaccineId = (await stack.sql<{ id: string }>("vaccines", "SELECT id::text FROM vaccine WHERE name = $1", [name]))[0]?.id;

    const customer = await signedIn("CUSTOMER", "Cora Customer", "app-vaccination-customer", "myVaccinationBookingChanges");
    await expect.poll(() => customer.page.getByTestId("connection").textContent()).toBe("live");
    const navigations: string[] = [];
    customer.page.on("framenavigated", (frame) => navigations.push(frame.url()));
    const select = customer.page.getByTestId("vaccination-vaccine");
    await expect.poll(async () => (await select.locator("option").allTextContents()).some((t) => t.startsWith(name))).toBe(true);
    await select.selectOption({ label: `${name} (8 available)` });
    await customer.page.getByTestId("vaccination-book").click();
    await expect.poll(() => customer.page.getByTestId("vaccination-book-message").textContent()).toContain(`Booked ${name}`);
    const booking = await waitFor("the booking in the database", async () =>
      (await stack.sql<{ id: string; vaccineId: string }>("vaccination-bookings", `SELECT id::text, vaccine_id::text AS "vaccineId" FROM vaccination_booking WHERE customer_id = $1`, [customer.userId]))[0],
    );
    expect(booking.vaccineId).toBe(vaccineId);
    const status = customer.page.getByTestId(`vaccination-status-${booking.id}`);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe("BOOKED");

    const nurse = await signedIn("INJECTION_MANAGER", "Ines Injection", "app-injection-manager");
    expect(await nurse.page.getByTestId("injections").or(nurse.page.getByTestId("no-injections")).count()).toBeGreaterThan(0);
    await clickWhenListed(nurse.page, `inject-${booking.id}`, "injections-refresh");
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe("INJECTED");
    await expect.poll(() => customer.page.getByTestId(`vaccination-injection-${booking.id}`).textContent(), { timeout: 15_000 }).toBe("COMPLETED");

    await customer.page.getByTestId(`vaccination-apply-${booking.id}`).click();
    const applicationStatus = customer.page.getByTestId(`application-status-${booking.id}`);
    await expect.poll(() => applicationStatus.textContent(), { timeout: 15_000 }).toBe("APPLIED");
    expect(await customer.page.getByTestId(`vaccination-apply-${booking.id}`).count()).toBe(0);

    const certifier = await signedIn("CERTIFICATE_MANAGER", "Cecil Certificate", "app-certificate-manager");
    const application = await waitFor("the application in the database", async () =>
      (await stack.sql<{ id: string }>("certificate-applications", "SELECT id::text FROM certificate_application WHERE booking_id = $1", [booking.id]))[0],
    );
    expect(await certifier.page.getByTestId(`issue-${application.id}`).or(certifier.page.getByTestId("no-issues")).count()).toBeGreaterThan(0);
    await clickWhenListed(certifier.page, `issue-certificate-${application.id}`, "issues-refresh");
    await screenshot(certifier.page, "app-certificate-manager");

    await expect.poll(() => applicationStatus.textContent(), { timeout: 15_000 }).toBe("ISSUED");
    await expect.poll(() => customer.page.getByTestId(`certificate-${booking.id}`).textContent(), { timeout: 15_000 }).toMatch(/\S+ \(\d{4}-\d{2}-\d{2}\)/);
    await screenshot(customer.page, "app-vaccination-customer");
    await readmeScreenshot(customer.page, "vaccination", customer.page.locator('section[aria-labelledby="book-vaccination"], section[aria-labelledby="my-vaccinations"]'));

    expect(navigations).toEqual([]);
    for (const guarded of [manager, customer, nurse, certifier]) {
      expect(guarded.offsite).toEqual([]);
      expect(guarded.problems).toEqual([]);
    }
  });

  it("a customer cancels a booking on screen, and a second booking before the first is injected is refused with the owner's message", async () => {
    const manager = await stack.signUp("VACCINE_MANAGER");
    const registered = await stack.gql(`mutation($input: RegisterVaccineInput!) { registerVaccine(input: $input) { id name } }`, { input: { name: `Spikevax ${Date.now()}`, stock: 3 } }, manager.token);
    const name = registered.data?.registerVaccine?.name as string;
    const customer = await signedIn("CUSTOMER", "Dana Customer", "app-vaccination-cancel", "myVaccinationBookingChanges");
    const select = customer.page.getByTestId("vaccination-vaccine");
    await expect.poll(async () => (await select.locator("option").allTextContents()).some((t) => t.startsWith(name))).toBe(true);
    await select.selectOption({ label: `${name} (3 available)` });
    await customer.page.getByTestId("vaccination-book").click();
    await expect.poll(() => customer.page.getByTestId("vaccination-book-message").textContent()).toContain("Booked");
    await customer.page.getByTestId("vaccination-book").click();
    await expect.poll(() => customer.page.getByTestId("vaccination-book-message").textContent()).toMatch(/already/i);

    const booking = await waitFor("the booking in the database", async () =>
      (await stack.sql<{ id: string }>("vaccination-bookings", "SELECT id::text FROM vaccination_booking WHERE customer_id = $1", [customer.userId]))[0],
    );
    await customer.page.getByTestId(`vaccination-cancel-${booking.id}`).click();
    await expect.poll(() => customer.page.getByTestId(`vaccination-status-${booking.id}`).textContent(), { timeout: 10_000 }).toBe("CANCELED");
    expect(await customer.page.getByTestId(`vaccination-cancel-${booking.id}`).count()).toBe(0);
    expect(customer.problems).toEqual([]);
  });
});
