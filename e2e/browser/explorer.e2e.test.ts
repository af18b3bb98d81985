import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLecture, register } from "../course-registration/helpers.ts";
import { type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { evidenceOnFailure, launchBrowser, openGuardedPage, screenshot, subscribed, type GuardedPage } from "./browser.ts";
import { graphiqlReady, operationText, responseText, runOperation, typeOperation } from "./graphiql.ts";

/** The explorer (GraphiQL) the router serves, in a real Chromium with no way off this machine. */
describe("explorer in the browser", () => {
  let stack: Stack;
  let browser: Browser;
  let instructor: SignedIn;
  let explorer: GuardedPage;

  beforeAll(async () => {
    // Nothing here reads a read model of views: the stack runs without it.
    [stack, browser] = await Promise.all([Stack.start({}, { only: ["payments", "lectures", "registrations"] }), launchBrowser()]);
    instructor = await stack.signUp("INSTRUCTOR");
    explorer = await openGuardedPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("opens at /graphql from this machine alone, with Monaco's workers, and runs a query", async () => {
    const lectureId = await openLecture(stack, instructor, { title: "Offline explorers", price: 4_200, capacity: 7 });
    const { page, offsite, problems } = explorer;
    evidenceOnFailure(explorer, "explorer-query");
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(new URL(worker.url()).pathname));

    // A browser opening the endpoint asks for HTML: the explorer, not a GraphQL error.
    const response = await page.goto(`${stack.router.url}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
    await graphiqlReady(page);

    await typeOperation(page, `query Lecture($id: ID! = "${lectureId}") {\n  lecture(id: $id) { title price capacity enrolledCount }\n}`);
    // Prettier is one of GraphiQL's lazily loaded chunks: it too comes from the router.
    await page.getByRole("button", { name: /prettify/i }).click();
    await waitFor("the operation to be prettified", async () => (await operationText(page)).includes("\n    enrolledCount\n  }\n}"));
    await runOperation(page);
    const result = await waitFor("the result pane to show the lecture", async () => {
      const text = await responseText(page);
      return text.includes('"title": "Offline explorers"') ? text : null;
    });
    expect(result).toContain('"capacity": 7');
    // The GraphQL language worker checks the operation against the schema: it came from the router.
    await waitFor("Monaco's GraphQL worker", () => workers.some((w) => w === "/explorer/assets/workers/graphql.worker.js"));
    expect(workers.every((w) => w.startsWith("/explorer/assets/workers/"))).toBe(true);
    // The schema came in by introspection: the docs list the subscription root too.
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await page.locator(".graphiql-doc-explorer").getByText("Subscription", { exact: true }).waitFor();
    await screenshot(page, "explorer-query");
    await page.getByRole("button", { name: "Hide Documentation Explorer" }).click();

    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("also answers at /explorer (and the web client at /app), while API clients still get GraphQL at /graphql", async () => {
    const res = await fetch(`${stack.router.url}/explorer`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="explorer">');
    const api = await fetch(`${stack.router.url}/graphql?query=%7B__typename%7D`, { headers: { "apollo-require-preflight": "true" } });
    expect(await api.json()).toEqual({ data: { __typename: "Query" } });
    const missing = await fetch(`${stack.router.url}/explorer/assets/nothing-here.js`);
    expect(missing.status).toBe(404);
    // The web client's own paths all get its page.
    for (const path of ["/app", "/app/", "/app/instructor"]) {
      const app = await fetch(`${stack.router.url}${path}`);
      expect(app.status, path).toBe(200);
      expect(await app.text()).toContain('<div id="app">');
    }
  });

  it("signs in from its header bar and shows a subscription's live results", async () => {
    const { page, offsite, problems } = explorer;
    evidenceOnFailure(explorer, "explorer-subscription");
    const lectureId = await openLecture(stack, instructor, { title: "Watched live", capacity: 10 });
    const email = `explorer-${Date.now()}@example.com`;
    await stack.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, {
      input: { email, password: "correct horse battery", name: "Explorer Student", role: "STUDENT" },
    });
    await page.getByTestId("explorer-email").fill(email);
    await page.getByTestId("explorer-password").fill("correct horse battery");
    await page.getByTestId("explorer-sign-in").click();
    await expect.poll(() => page.getByTestId("explorer-session").textContent()).toContain("Explorer Student (student)");

    // The token goes with queries: `me` is the signed-in student.
    await typeOperation(page, "query Me { me { name roles } }");
    await runOperation(page);
    await waitFor("me in the result pane", async () => (await responseText(page)).includes('"name": "Explorer Student"'));

    const ready = subscribed(explorer, "lectureEnrolmentChanges");
    await typeOperation(page, `subscription Enrolment {\n  lectureEnrolmentChanges(lectureId: "${lectureId}") {\n    enrolledCount\n  }\n}`);
    await runOperation(page);
    await ready;
    const student = await stack.signUp("STUDENT");
    expect((await register(stack, student, lectureId)).errors).toBeUndefined();
    await waitFor("the new enrolment count in the result pane", async () => (await responseText(page)).includes('"enrolledCount": 1'), 15_000, 100);
    await screenshot(page, "explorer-subscription");

    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });
});
