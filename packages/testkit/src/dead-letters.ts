import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "./processes.ts";
import type { Stack } from "./stack.ts";

const run = promisify(execFile);

/** Runs the operators' dead-letters CLI against one context of the stack, as in its pod; returns its output. */
export async function deadLettersCli(stack: Stack, context: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", join(repoRoot, "packages/platform/src/cli/dead-letters.ts"), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...stack.baseEnv, DATABASE_URL: stack.databaseUrl(context) },
  });
  return stdout;
}
