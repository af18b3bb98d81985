import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { percentile as nearestRank } from "@supergraph/testkit";

/** The p-th percentile (nearest rank) of a list of numbers, rounded to 0.1. */
export const percentile = (values: readonly number[], p: number): number => nearestRank(values, p, 1);

/** A Markdown table of rows with the same keys (the first row's keys in order). */
export function table(rows: readonly Record<string, string | number>[]): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const line = (cells: readonly unknown[]) => `| ${cells.map((c) => String(c ?? "")).join(" | ")} |`;
  return [line(keys), line(keys.map(() => "---")), ...rows.map((r) => line(keys.map((k) => r[k])))].join("\n");
}

/** A target of the issue, beside the figure this run measured. */
export interface Target {
  name: string;
  target: string;
  actual: string;
  met: boolean;
}

/** What one benchmark script reports; bench/run.ts merges these into results/latest.*. */
export interface BenchResult {
  title: string;
  rows: Record<string, string | number>[];
  targets: Target[];
  notes: string[];
}

/** A result as a Markdown section: its table, its targets, its notes. */
export function markdown(result: BenchResult): string {
  const lines = [`## ${result.title}`, "", table(result.rows)];
  if (result.targets.length > 0) lines.push("", table(result.targets.map((t) => ({ target: t.name, wanted: t.target, actual: t.actual, met: t.met ? "yes" : "NO" }))));
  if (result.notes.length > 0) lines.push("", ...result.notes.map((n) => `- ${n}`));
  return lines.join("\n");
}

/** Prints a result as Markdown and writes it to bench/results/<name>.json. */
export function saveResult(name: string, result: BenchResult): void {
  console.log(markdown(result));
  const dir = join(import.meta.dirname, "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}
