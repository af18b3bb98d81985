import { useState } from "react";
import { messageOf } from "./format.ts";

/** What urql answers a mutation with, as far as an action needs it. */
interface Outcome<T> {
  error?: Parameters<typeof messageOf>[0];
  data?: T;
}

/**
 * A page's commands and the error they show, written once: `act` clears the error, runs the
 * mutation, then shows its error (the owning subgraph's message) or hands its data to `done`,
 * and calls `after` (the page's refresh) either way.
 */
export function useAction(after?: () => void): [string | null, <T>(run: () => Promise<Outcome<T>>, done?: (data: T) => void) => Promise<void>] {
  const [error, setError] = useState<string | null>(null);
  async function act<T>(run: () => Promise<Outcome<T>>, done?: (data: T) => void): Promise<void> {
    setError(null);
    const result = await run();
    if (result.error) setError(messageOf(result.error));
    else if (result.data !== undefined) done?.(result.data);
    after?.();
  }
  return [error, act];
}
