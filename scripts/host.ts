/**
 * A Node process hosting several contexts for `npm start`. Each keeps its own HTTP server and
 * port, pool, NATS connection, consumers and outbox relay (the platform's `startContext`);
 * what they share is the Node runtime and the loaded modules, which is most of a context's
 * memory. Each keeps its own NATS connection too: one costs under 0.1 MiB and 5 ms to open
 * (measured), so sharing one would save nothing and tie the contexts' stops together.
 * The launcher (scripts/start.ts) forks it and tells it over IPC which contexts to
 * start and stop (scripts/hosting.ts), each with its own settings; it answers when each has
 * started, failed or stopped. SIGTERM / SIGINT, or the launcher going away, stop them all.
 *   node --import tsx scripts/host.ts <host name>
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { commonEnv, createLogger, loadEnv, repoRoot, startContext, type RunningContext } from "@supergraph/platform";
import type { FromHost, ToHost } from "./hosting.ts";

type Definition = Parameters<typeof startContext>[0];

const hostName = process.argv[2] ?? "contexts";
const log = createLogger(`host ${hostName}`, loadEnv({ LOG_LEVEL: commonEnv.LOG_LEVEL }).LOG_LEVEL);

/** The context definition a subgraph exports from its src/subgraph.ts (the one named after it). */
async function definitionOf(context: string): Promise<Definition> {
  const file = join(repoRoot, "subgraphs", context, "src", "subgraph.ts");
  const exported = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const found = Object.values(exported).find(
    (value) => typeof value === "object" && value !== null && (value as { name?: unknown }).name === context && typeof (value as { build?: unknown }).build === "function",
  );
  if (!found) throw new Error(`subgraphs/${context}/src/subgraph.ts exports no context definition named "${context}"`);
  return found as Definition;
}

/** Each hosted context: its start in progress or done. */
const hosted = new Map<string, Promise<RunningContext | undefined>>();

function tell(message: FromHost): void {
  // The launcher may be gone already (it is what stops us then).
  if (process.connected) process.send!(message);
}

function start(context: string, env: Record<string, string>): void {
  if (hosted.has(context)) return;
  const starting = definitionOf(context)
    .then((definition) => startContext(definition, { env }))
    .then(
      (running) => {
        tell({ type: "started", context, url: running.url });
        return running;
      },
      (error: unknown) => {
        hosted.delete(context);
        tell({ type: "failed", context, error: error instanceof Error ? error.message : String(error) });
        return undefined;
      },
    );
  hosted.set(context, starting);
}

async function stop(context: string): Promise<void> {
  const running = await hosted.get(context);
  hosted.delete(context);
  await running?.stop();
  tell({ type: "stopped", context });
}

let stopping = false;
async function stopAll(reason: string): Promise<never> {
  if (!stopping) {
    stopping = true;
    log.info({ reason, contexts: [...hosted.keys()] }, "stopping every hosted context");
    await Promise.all([...hosted.keys()].map((context) => stop(context).catch((error: unknown) => log.warn({ err: error, context }, "stop failed"))));
  }
  process.exit(0);
}

process.on("message", (message: ToHost) => {
  if (stopping) return;
  if (message.type === "start") start(message.context, message.env);
  else void stop(message.context).catch((error: unknown) => log.warn({ err: error, context: message.context }, "stop failed"));
});
process.once("SIGTERM", () => void stopAll("SIGTERM"));
process.once("SIGINT", () => void stopAll("SIGINT"));
// The launcher died (or closed the channel): nobody can tell us to stop any more.
process.once("disconnect", () => void stopAll("launcher gone"));
if (!process.send) {
  console.error("scripts/host.ts is started by scripts/start.ts (npm start), which tells it what to host over IPC");
  process.exit(2);
}
