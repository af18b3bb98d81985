/**
 * The running `npm start`'s control port, for `npm run ctl -- stop payments` and the like
 * (scripts/ctl.ts): HTTP on 127.0.0.1, a port the kernel picks, and a random token; both are
 * written to `<data dir>/control.json` (readable by its owner only), so only someone who can
 * read the data directory can stop a context.
 *   POST /command  {"command": "status" | "start" | "stop" | "restart", "contexts": [...]}
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import { join } from "node:path";
import { z } from "zod";
import { UnknownContextError, type ContextStatus } from "./hosts.ts";

export const CONTROL_FILE = "control.json";

export const controlRequest = z.object({
  command: z.enum(["status", "start", "stop", "restart"]),
  contexts: z.array(z.string()).default([]),
});
export type ControlRequest = z.infer<typeof controlRequest>;

export interface ControlAnswer {
  contexts: ContextStatus[];
  /** The router and what else the run holds (URL, processes), for `status`. */
  notes: string[];
}

/** What the control file says: where the launcher listens, and the token it wants. */
export const controlFile = z.object({ url: z.string(), token: z.string(), pid: z.number() });

export type Command = (request: ControlRequest) => Promise<ControlAnswer>;

async function body(request: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 10_000) throw new Error("request too large");
  }
  return JSON.parse(text || "{}");
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, "") ?? "");
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export async function serveControl(dataDir: string, run: Command): Promise<{ stop(): Promise<void> }> {
  const token = randomBytes(24).toString("base64url");
  const server = createServer((request, response) => {
    const answer = (status: number, value: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(value));
    };
    if (request.method !== "POST" || request.url !== "/command") return answer(404, { error: "POST /command only" });
    if (!tokenMatches(request.headers.authorization, token)) return answer(401, { error: `wrong token: use the one in ${join(dataDir, CONTROL_FILE)}` });
    body(request)
      .then((raw) => {
        const parsed = controlRequest.safeParse(raw);
        if (!parsed.success) return answer(400, { error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
        return run(parsed.data).then((result) => answer(200, result));
      })
      .catch((error: unknown) => answer(error instanceof UnknownContextError ? 404 : 500, { error: (error as Error).message }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const port = (server.address() as { port: number }).port;
  const file = join(dataDir, CONTROL_FILE);
  writeFileSync(file, `${JSON.stringify({ url: `http://127.0.0.1:${port}/command`, token, pid: process.pid })}\n`, { mode: 0o600 });
  // Never keeps the launcher alive by itself.
  server.unref();
  return {
    async stop() {
      rmSync(file, { force: true });
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A status answer as the lines `ctl` and the launcher's terminal print. */
export function statusLines(answer: ControlAnswer): string[] {
  const rows = answer.contexts.map((c) => [c.context, c.state, c.host, c.pid ? String(c.pid) : "", c.url ?? "", c.reason ?? ""]);
  const head = ["context", "state", "process", "pid", "url", ""];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(head), ...rows.map(line), ...answer.notes];
}
