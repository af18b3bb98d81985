import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "@supergraph/testkit";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface ProfileSummary {
  /** Share of busy samples (idle excluded) per package or repository folder, largest first. */
  byPlace: [place: string, percent: number][];
  /** Functions with the most self time. */
  topFunctions: [fn: string, percent: number][];
  /** Share of all samples the process was busy (not idle). */
  busyPercent: number;
}

/** Where a function lives: an npm package, a folder of this repository, or the runtime. */
function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node (built-in)";
  const path = url.replace(/^file:\/\//, "");
  const packaged = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (packaged) return packaged[1]!;
  return relative(repoRoot, path).split("/").slice(0, 2).join("/");
}

/**
 * Summarizes the `.cpuprofile` file `node --cpu-prof --cpu-prof-dir=<dir>` wrote at exit:
 * self time by place and by function, counting only the samples taken between `fromMs` and
 * `toMs` after the process started (the load, not the start-up).
 */
export function summarizeCpuProfile(dir: string, window: { fromMs: number; toMs: number }, top = 12): ProfileSummary {
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const hitsById = new Map<number, number>();
  let elapsedUs = 0;
  profile.samples.forEach((id, i) => {
    elapsedUs += profile.timeDeltas[i] ?? 0;
    if (elapsedUs >= window.fromMs * 1000 && elapsedUs <= window.toMs * 1000) hitsById.set(id, (hitsById.get(id) ?? 0) + 1);
  });
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  let all = 0;
  for (const node of profile.nodes) {
    const hits = hitsById.get(node.id) ?? 0;
    all += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || hits === 0) continue;
    busy += hits;
    const place = placeOf(url, functionName);
    byPlace.set(place, (byPlace.get(place) ?? 0) + hits);
    const fn = `${functionName || "(anonymous)"} ${place}${url ? `:${lineNumber + 1}` : ""}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
  }
  const ranked = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, Math.round((1000 * v) / busy) / 10] as [string, number]);
  return { byPlace: ranked(byPlace), topFunctions: ranked(byFunction), busyPercent: Math.round((1000 * busy) / Math.max(1, all)) / 10 };
}

/** One line per summary, for a result's notes. */
export function describeProfile(label: string, summary: ProfileSummary): string {
  const list = (entries: [string, number][]) => entries.map(([k, v]) => `${k} ${v}%`).join(", ");
  return `${label} CPU profile (busy ${summary.busyPercent}% of samples), self time by place: ${list(summary.byPlace)}; top functions: ${list(summary.topFunctions)}`;
}
