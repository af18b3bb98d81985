/**
 * The browser the browser tests drive (e2e/browser): Debian's chromium, through
 * playwright-core, which downloads no browser of its own. Installed with apt-get when
 * missing and this process may (root on Debian); otherwise says what to install.
 *   tsx scripts/browser-setup.ts
 */
import { pathToFileURL } from "node:url";
import { aptInstall, canInstallWithApt, executable } from "./machine.ts";

/** Where the tests look for it; `CHROMIUM_PATH` names another Chromium or Chrome. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Returns the Chromium executable, installing Debian's package first if it is missing. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const path = chromiumPath();
  if (executable(path)) return path;
  const canApt = canInstallWithApt() && !process.env.CHROMIUM_PATH;
  if (!canApt) {
    throw new Error(
      `no Chromium at ${path}: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable`,
    );
  }
  log("chromium is not installed; installing it with apt-get (once)");
  aptInstall("chromium");
  if (!executable(path)) throw new Error(`apt-get installed chromium, but ${path} is not there`);
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    console.log(`chromium: ${ensureChromium()}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
