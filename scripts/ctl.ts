/**
 * Talks to the running `npm start` (scripts/start.ts) through its control port:
 *   npm run ctl -- status
 *   npm run ctl -- stop payments [more contexts]      the others keep running
 *   npm run ctl -- start payments                     in its system's host process
 *   npm run ctl -- restart payments
 * It finds the run through `<SUPERGRAPH_DATA_DIR, default .data>/control.json`.
 * The same commands can be typed in the terminal `npm start` runs in.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CONTROL_FILE, controlFile, controlRequest, statusLines, type ControlAnswer } from "./control.ts";

const root = resolve(import.meta.dirname, "..");
const dataDir = resolve(root, process.env.SUPERGRAPH_DATA_DIR ?? ".data");
const USAGE = "usage: npm run ctl -- status | start <context...> | stop <context...> | restart <context...>";

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const [command = "status", ...contexts] = process.argv.slice(2);
const request = controlRequest.safeParse({ command, contexts });
if (!request.success) fail(`unknown command "${command}"\n${USAGE}`, 2);
if (request.data.command !== "status" && contexts.length === 0) fail(`${command} needs the contexts to ${command}\n${USAGE}`, 2);

const file = join(dataDir, CONTROL_FILE);
if (!existsSync(file)) fail(`no npm start is running on ${dataDir} (there is no ${file}); start one with npm start`);
const control = controlFile.parse(JSON.parse(readFileSync(file, "utf8")));
const response = await fetch(control.url, {
  method: "POST",
  headers: { authorization: `Bearer ${control.token}`, "content-type": "application/json" },
  body: JSON.stringify(request.data),
  // Starting a context migrates its database first: give it time.
  signal: AbortSignal.timeout(120_000),
}).catch((error: Error) =>
  fail(`the npm start that wrote ${file} (pid ${control.pid}) does not answer (${(error.cause as Error | undefined)?.message ?? error.message}); is it still running?`),
);
const answer = (await response.json()) as ControlAnswer & { error?: string };
if (!response.ok) fail(answer.error ?? `HTTP ${response.status}`);
for (const line of statusLines(answer)) console.log(line);
const wanted = request.data.command === "stop" ? "stopped" : "running";
const missed = answer.contexts.filter((c) => contexts.includes(c.context) && request.data.command !== "status" && c.state !== wanted);
process.exit(missed.length > 0 ? 1 : 0);
