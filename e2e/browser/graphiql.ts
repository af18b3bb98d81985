import type { Page } from "playwright-core";

/** Driving GraphiQL 5 (Monaco editors) the way a person does: keyboard and the run button. */

/** Waits until GraphiQL shows its editors. */
export async function graphiqlReady(page: Page): Promise<void> {
  await page.locator(".graphiql-query-editor .monaco-editor").waitFor({ timeout: 30_000 });
  await page.locator(".graphiql-response .monaco-editor").waitFor({ timeout: 30_000 });
}

/**
 * Replaces the operation in the query editor from the keyboard. Monaco closes brackets as
 * they are typed, so what it added after the cursor is removed at the end; it changes only
 * the whitespace (indentation) of the rest, which GraphQL does not mind.
 * GraphiQL parses the editor's text 100 ms after the last change, and only then knows
 * which operation to send and whether it goes over the WebSocket; it stores the text in
 * localStorage in that same step, so it is ready once the stored text is `operation`.
 * (The tab's title is no sign of it: GraphiQL guesses that even from text that does not parse.)
 */
export async function typeOperation(page: Page, operation: string): Promise<void> {
  await page.locator(".graphiql-query-editor .monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(operation);
  await page.keyboard.press("Shift+ControlOrMeta+End");
  await page.keyboard.press("Delete");
  const words = operation.split(/\s+/).filter(Boolean).join(" ");
  await page.waitForFunction((expected) => (localStorage.getItem("graphiql:query") ?? "").split(/\s+/).filter(Boolean).join(" ") === expected, words, {
    timeout: 10_000,
  });
}

export async function runOperation(page: Page): Promise<void> {
  await page.locator(".graphiql-execute-button").click();
}

/** The text of the response pane (Monaco renders spaces as non-breaking ones). */
export async function responseText(page: Page): Promise<string> {
  const text = await page.locator(".graphiql-response .view-lines").innerText();
  return text.replace(/\u00a0/g, " ");
}

/** The text of the query editor. */
export async function operationText(page: Page): Promise<string> {
  const text = await page.locator(".graphiql-query-editor .view-lines").innerText();
  return text.replace(/\u00a0/g, " ");
}
