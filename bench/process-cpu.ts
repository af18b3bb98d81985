import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds used so far, summed per label, by every process `label` names (from its pid and
 * command line; null leaves a process out). Two snapshots around a run show which process
 * was the bottleneck.
 */
export function cpuSeconds(label: (pid: number, command: string) => string | null): Map<string, number> {
  const used = new Map<string, number>();
  for (const line of execFileSync("ps", ["-e", "-o", "pid=,args="], { encoding: "utf8" }).trim().split("\n")) {
    const [pid, ...args] = line.trim().split(/\s+/);
    const name = label(Number(pid), args.join(" "));
    if (name === null) continue;
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      used.set(name, (used.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    } catch {
      // The process ended between ps and the read.
    }
  }
  return used;
}

/** Share of one core each label used between two snapshots taken `seconds` apart, highest first. */
export function coresUsed(before: Map<string, number>, after: Map<string, number>, seconds: number): [string, number][] {
  return [...after]
    .map(([name, total]) => [name, Math.round((100 * (total - (before.get(name) ?? 0))) / seconds) / 100] as [string, number])
    .sort((a, b) => b[1] - a[1]);
}

/** CPU seconds the whole machine has been busy (all cores, idle and I/O wait excluded), from /proc/stat. */
export function machineBusySeconds(): number {
  const [, ...times] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal ...
  const busy = times.reduce((sum, t) => sum + t, 0) - times[3]! - times[4]!;
  return busy / TICKS_PER_SECOND;
}

/**
 * Runs `run` and says how many cores, on average, processes other than ours (`isOurs`, from
 * pid and command line) used meanwhile: on a shared machine, the load the figures were taken under.
 */
export async function withOthersLoad<T>(isOurs: (pid: number, command: string) => boolean, run: () => Promise<T>): Promise<{ result: T; othersCores: number }> {
  const label = (pid: number, command: string) => (isOurs(pid, command) ? "ours" : null);
  const started = performance.now();
  const machineBefore = machineBusySeconds();
  const oursBefore = cpuSeconds(label).get("ours") ?? 0;
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  const ourSeconds = (cpuSeconds(label).get("ours") ?? 0) - oursBefore;
  return { result, othersCores: Math.max(0, (machineBusySeconds() - machineBefore - ourSeconds) / seconds) };
}
