/** The p-th percentile (nearest rank) of a list of numbers, rounded to 0.1. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank]! * 10) / 10;
}

/** A Markdown table of rows with the same keys (the first row's keys in order). */
export function table(rows: readonly Record<string, string | number>[]): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const line = (cells: readonly unknown[]) => `| ${cells.map((c) => String(c ?? "")).join(" | ")} |`;
  return [line(keys), line(keys.map(() => "---")), ...rows.map((r) => line(keys.map((k) => r[k])))].join("\n");
}
