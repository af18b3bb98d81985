/**
 * How `npm start` spreads the contexts over Node processes (SUPERGRAPH_PROCESSES), and the
 * messages between the launcher (scripts/start.ts) and a host process (scripts/host.ts),
 * which travel over the IPC channel of the host's `fork`.
 */
import type { ContextDeclaration } from "../packages/platform/src/topology.ts";

/**
 * - `one` (the default): every context in one Node process. Measured with the five contexts
 *   (bench/startup.ts, two runs): about 400 MiB PSS for the whole stack idle, against about
 *   520 MiB per-system and 760 MiB per-context; 8-17 MiB per further context; and the fastest
 *   start (5.7 s warm against 7.1 and 12.0: modules are loaded and compiled once). A crash
 *   takes every context down; `ctl start` brings them back.
 * - `per-system`: one process per system (the shared contexts together), so a crash takes down
 *   one system's contexts, and the systems use more than one core.
 * - `per-context`: one process per context, as compose and Kubernetes run them.
 */
export const PROCESS_MODES = ["one", "per-system", "per-context"] as const;
export type ProcessMode = (typeof PROCESS_MODES)[number];
export const DEFAULT_PROCESS_MODE: ProcessMode = "one";

/** A host process to be: its name (shown in logs and `ctl status`) and the contexts it hosts. */
export interface HostGroup {
  readonly name: string;
  readonly contexts: readonly string[];
}

export function hostGroups(contexts: readonly ContextDeclaration[], mode: ProcessMode): HostGroup[] {
  if (mode === "one") return [{ name: "contexts", contexts: contexts.map((c) => c.name) }];
  if (mode === "per-context") return contexts.map((c) => ({ name: c.name, contexts: [c.name] }));
  const systems = [...new Set(contexts.map((c) => c.system))];
  return systems.map((system) => ({ name: system, contexts: contexts.filter((c) => c.system === system).map((c) => c.name) }));
}

/** Launcher to host. `env` is the whole environment the context reads its settings from. */
export type ToHost = { type: "start"; context: string; env: Record<string, string> } | { type: "stop"; context: string };

/** Host to launcher. */
export type FromHost =
  | { type: "started"; context: string; url: string }
  | { type: "failed"; context: string; error: string }
  | { type: "stopped"; context: string };
