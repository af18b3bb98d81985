/**
 * What the read-model benchmarks (`read-model.ts`, `me.ts`) share: the run's settings, the
 * composed query and its read model asked on one stack in the same run (with what other
 * processes took of the machine meanwhile), and the ">= 3x" target on their throughputs.
 */
import type { Stack } from "@supergraph/testkit";
import { compare, type GraphQLRequest } from "./load.ts";
import { withOthersLoad } from "./process-cpu.ts";

export function readModelRunSettings(quick: boolean) {
  return { connections: 50, seconds: quick ? 5 : 20, warmupSeconds: quick ? 2 : 5, sequential: quick ? 200 : 1_000, rounds: quick ? 2 : 4 };
}

export type ReadModelRunSettings = ReturnType<typeof readModelRunSettings>;

/** The composed query, then the read model, through the stack's router. */
export function compareOnStack(stack: Stack, composed: { name: string; request: GraphQLRequest }, readModel: { name: string; request: GraphQLRequest }, settings: ReadModelRunSettings) {
  return withOthersLoad(
    // This process, the stack's services and its databases' PostgreSQL backends.
    (pid, command) => pid === process.pid || [stack.router, ...stack.services.values()].some((s) => s.pid === pid) || command.includes(stack.namespace),
    () => compare([composed, readModel], settings),
  );
}

/** The read model's throughput against the composed query's (rows as `compareOnStack` measured them). */
export function readModelTarget(name: string, rows: Record<string, string | number>[]) {
  const [composed, readModel] = rows as [Record<string, number>, Record<string, number>];
  const ratio = readModel["req/s"]! / composed["req/s"]!;
  return { name, target: ">= 3x", actual: `${ratio.toFixed(2)}x (${readModel["req/s"]} vs ${composed["req/s"]} req/s)`, met: ratio >= 3 };
}
