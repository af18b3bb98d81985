import type { Bulkhead } from "../bulkhead.ts";
import type { Callee } from "./calls.ts";

export interface AdmissionOptions {
  /** Attempts running at once (each makes the call once): bounds what the callee is asked at once. */
  limit: number;
  /** How long an attempt may wait for its turn before it is refused with `busy()`. */
  maxWaitMs: number;
  /** The error an attempt that waited too long gets (a typed, retryable one). */
  busy: () => Error;
  /** The sync call every attempt makes (a `SyncCall`), whose breaker decides who may go. */
  callee: Callee;
}

interface Waiter {
  admit(): void;
  refuse(error: Error): void;
}

/**
 * The platform's way to run attempts that make a sync call after side effects of their own
 * (a seat hold, a reservation): a bulkhead that asks the callee's breaker first.
 * - While the breaker is open (or its half-open trial is out) an attempt is refused at once
 *   with the call's not-sent error, before it waits, holds a connection or writes anything.
 * - When the breaker opens, every attempt waiting for its turn is refused at once: their
 *   turn would only come to be refused.
 * - Half-open, one attempt goes (the trial); the others are refused until it answered.
 * - At most `limit` run at once; the others wait in arrival order, at most `maxWaitMs`.
 * A refusal carries `retryAfterMs`: when the breaker will try the callee again.
 */
export function admission(options: AdmissionOptions): Bulkhead {
  const { callee } = options;
  let running = 0;
  const waiting: Waiter[] = [];
  callee.onRefusing(() => {
    for (const waiter of waiting.splice(0)) waiter.refuse(callee.refusal());
  });
  // A finished attempt hands its slot to the next waiter, so none arriving meanwhile jumps the queue.
  const release = () => {
    const next = waiting.shift();
    if (next) next.admit();
    else running--;
  };
  const turn = () =>
    new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(timer);
          resolve();
        },
        refuse: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(waiter), 1);
        reject(options.busy());
      }, options.maxWaitMs);
      waiting.push(waiter);
    });

  return async (work) => {
    // Refused now while the breaker is open: an attempt waits only for a turn that can go.
    if (callee.refusing()) throw callee.refusal();
    if (running >= options.limit) await turn(); // the slot of the attempt it follows
    else running++;
    try {
      const leave = callee.enter();
      try {
        return await work();
      } finally {
        leave();
      }
    } finally {
      release();
    }
  };
}
