import { CONTEXTS } from "@supergraph/platform";
import type { Stack } from "@supergraph/testkit";

/**
 * The ports a client must never read in an error: every context's port in the topology
 * (local runs, compose, Kubernetes) and the ones this stack's subgraphs really listen on.
 */
export function internalPorts(stack: Stack): number[] {
  return [...new Set([...CONTEXTS.map((c) => c.port), ...[...stack.services.values()].map((s) => s.port)])];
}

/**
 * What in one error answer (an HTTP body, graphql-ws errors, a close reason) gives away the
 * inside of the supergraph: an address (URL, loopback host, a subgraph's port), the gateway's
 * copy of a subgraph's HTTP answer (`extensions.response`, its status line, its raw body) or
 * the name it fetched from (`extensions.serviceName`). Empty when nothing leaks.
 */
export function leaksIn(answer: string, ports: readonly number[]): string[] {
  const found: string[] = [];
  if (/https?:\/\//i.test(answer)) found.push("a URL");
  if (/127\.0\.0\.1|localhost|\[::1\]/i.test(answer)) found.push("a loopback host");
  // A uuid or a timestamp may hold the same digits, but never standing alone.
  for (const port of ports) if (new RegExp(`(?<![\\w-])${port}(?![\\w-])`).test(answer)) found.push(`port ${port}`);
  if (/"(response|serviceName|statusText|body)"\s*:/.test(answer)) found.push("the gateway's copy of a subgraph answer");
  if (/"message"\s*:\s*"\d{3}: /.test(answer)) found.push("a subgraph's HTTP status line as the message");
  return found;
}
