import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type WebSocket } from "playwright-core";
import { expect, onTestFailed } from "vitest";
import { ensureChromium } from "../../scripts/browser-setup.ts";
import { buildWeb } from "../../scripts/build-web.ts";

/** Flags for a headless Chromium that makes no request of its own (updates, sync, QUIC probes). */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // A second fence behind the request routing below: no host but this machine resolves.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
];

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
export const isLocal = (url: URL): boolean => LOCAL_HOSTS.has(url.hostname);

/** Builds the bundles if their sources changed, then starts Debian's Chromium. */
export async function launchBrowser(): Promise<Browser> {
  await buildWeb();
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
}

/** A page in a fresh profile, with every request that would leave this machine refused and recorded. */
export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  /** URLs the page tried to reach off this machine (each refused). */
  offsite: string[];
  /** Uncaught exceptions and console errors, CSP violations among them. */
  problems: string[];
  /** Every WebSocket the page opened. */
  sockets: WebSocket[];
  /** The graphql-ws messages, both ways, with the time each was seen (for failure reports). */
  frames: string[];
}

export async function openGuardedPage(browser: Browser): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  const offsite: string[] = [];
  const problems: string[] = [];
  const sockets: WebSocket[] = [];
  const frames: string[] = [];
  // The context's routes see the page's requests and its workers' too.
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (isLocal(url)) return route.continue();
    offsite.push(url.href);
    return route.abort("blockedbyclient");
  });
  await context.routeWebSocket(
    (url) => !isLocal(url),
    (socket) => {
      offsite.push(socket.url());
      return socket.close();
    },
  );
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("websocket", (socket) => {
    sockets.push(socket);
    const at = () => new Date().toISOString().slice(11, 23);
    socket.on("framesent", ({ payload }) => frames.push(`${at()} > ${payload.toString().slice(0, 300)}`));
    socket.on("framereceived", ({ payload }) => frames.push(`${at()} < ${payload.toString().slice(0, 300)}`));
    socket.on("close", () => frames.push(`${at()} closed`));
  });
  return { page, context, offsite, problems, sockets, frames };
}

/** Resolves when the page has sent a graphql-ws `subscribe` message whose query includes `field`. */
export function subscribed(guarded: GuardedPage, field: string, timeoutMs = 15_000): Promise<void> {
  const matches = (payload: string | Buffer) => {
    const text = payload.toString();
    return text.includes('"type":"subscribe"') && text.includes(field);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no graphql-ws subscribe for ${field} within ${timeoutMs} ms`)), timeoutMs);
    const watch = (socket: WebSocket) =>
      socket.on("framesent", ({ payload }) => {
        if (!matches(payload)) return;
        clearTimeout(timer);
        resolve();
      });
    guarded.sockets.forEach(watch);
    guarded.page.on("websocket", watch);
  });
}

/** Saves a full-page screenshot to /tmp, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = `/tmp/browser-${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * A screen the README shows: `UPDATE_SCREENSHOTS=1` writes it to docs/screenshots/<name>.png
 * (tracked); otherwise it goes to /tmp, so every run checks it can be taken without changing the tree.
 * With `only`, just the part of the page around the elements it matches (a test stack without
 * another system's contexts shows errors on that system's sections, which the README should not).
 */
export async function readmeScreenshot(page: Page, name: string, only?: Locator): Promise<void> {
  const path =
    process.env.UPDATE_SCREENSHOTS === "1" ? fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url)) : `/tmp/readme-${name}.png`;
  await page.screenshot({ path, fullPage: true, clip: only ? await around(page, only) : undefined });
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(png.length).toBeGreaterThan(10_000);
}

/** The page area (full-page coordinates) holding every element `only` matches, with a margin. */
async function around(page: Page, only: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const boxes = await only.evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left + window.scrollX, top: r.top + window.scrollY, right: r.right + window.scrollX, bottom: r.bottom + window.scrollY };
    }),
  );
  expect(boxes.length, "elements to take the screenshot around").toBeGreaterThan(0);
  const margin = 16;
  const [left, top] = [Math.max(0, Math.min(...boxes.map((b) => b.left)) - margin), Math.max(0, Math.min(...boxes.map((b) => b.top)) - margin)];
  return { x: left, y: top, width: Math.max(...boxes.map((b) => b.right)) + margin - left, height: Math.max(...boxes.map((b) => b.bottom)) + margin - top };
}

/** When the current test fails: a screenshot, the page's text and its problems, to see why. */
export function evidenceOnFailure(guarded: GuardedPage, name: string): void {
  onTestFailed(async () => {
    const path = await screenshot(guarded.page, `${name}-failed`).catch((error: Error) => `(no screenshot: ${error.message})`);
    const text = await guarded.page.locator("body").innerText({ timeout: 2_000 }).catch(() => "(no text)");
    console.error(
      `--- ${name} failed at ${new Date().toISOString().slice(11, 23)}; screenshot ${path}\n${text}\n` +
        `--- problems: ${JSON.stringify(guarded.problems)} offsite: ${JSON.stringify(guarded.offsite)}\n` +
        `--- graphql-ws messages:\n${guarded.frames.join("\n")}`,
    );
  });
}
