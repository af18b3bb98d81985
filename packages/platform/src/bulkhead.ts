/** Runs work under a bulkhead: at most `limit` at once, the rest waiting their turn. */
export type Bulkhead = <T>(work: () => Promise<T>) => Promise<T>;

export interface BulkheadOptions {
  /** Works running at once. */
  limit: number;
  /** How long a work may wait for its turn before it is refused with `busy()`. */
  maxWaitMs: number;
  /** The error a work that waited too long gets (a typed, retryable one). */
  busy: () => Error;
}

/**
 * Keeps a burst from holding every database connection at once: works beyond `limit` wait
 * in arrival order, and those that wait longer than `maxWaitMs` are refused, so a caller
 * hears "retry shortly" before its own timeout rather than an internal error after it.
 */
export function bulkhead(options: BulkheadOptions): Bulkhead {
  let running = 0;
  const waiting: { admit: () => void }[] = [];
  const release = () => {
    running--;
    const next = waiting.shift();
    if (next) next.admit();
  };
  return async (work) => {
    if (running >= options.limit) {
      await new Promise<void>((resolve, reject) => {
        const waiter = {
          admit: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1);
          reject(options.busy());
        }, options.maxWaitMs);
        waiting.push(waiter);
      });
    }
    running++;
    try {
      return await work();
    } finally {
      release();
    }
  };
}
