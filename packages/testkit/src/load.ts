/** One request of a load run: when it was sent (ms since the run began), how long it took, what came back. */
export interface Shot<T> {
  readonly at: number;
  readonly ms: number;
  readonly result: T;
}

/**
 * Sends `fire(i)` at a steady rate without waiting for answers (an open model, as users
 * arrive) until `stop()`, which waits for every answer.
 */
export function startLoad<T>(options: { perSecond: number; fire: (i: number) => Promise<T> }): { stop(): Promise<Shot<T>[]> } {
  const started = performance.now();
  const shots: Promise<Shot<T>>[] = [];
  let running = true;
  const sending = (async () => {
    for (let i = 0; running; i++) {
      const wait = started + (i * 1000) / options.perSecond - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (!running) break;
      const at = performance.now();
      shots.push(options.fire(i).then((result) => ({ at: at - started, ms: performance.now() - at, result })));
    }
  })();
  return {
    async stop() {
      running = false;
      await sending;
      return Promise.all(shots);
    },
  };
}

/** {@link startLoad} for `durationMs`. */
export async function steadyLoad<T>(options: { perSecond: number; durationMs: number; fire: (i: number) => Promise<T> }): Promise<Shot<T>[]> {
  const load = startLoad(options);
  await new Promise((r) => setTimeout(r, options.durationMs));
  return load.stop();
}

/** The p-th percentile (nearest rank) of `values`, rounded to `decimals` places (whole units by default). */
export function percentile(values: readonly number[], p: number, decimals = 0): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const scale = 10 ** decimals;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! * scale) / scale;
}
