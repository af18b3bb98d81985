/**
 * NATS naming, derived from the deployment's namespace so stacks sharing a server stay apart.
 * Events: `<ns>.events.<context>.<EventType>` in stream `<ns>_EVENTS`.
 * Sync calls: `<ns>.sync.<context>.<operation>`.
 */
export interface Naming {
  readonly namespace: string;
  readonly stream: string;
  eventSubject(context: string, type: string): string;
  syncSubject(context: string, operation: string): string;
  /** Durable consumer name for one policy of one consuming context. */
  durable(context: string, policy: string): string;
}

export function naming(namespace: string): Naming {
  return {
    namespace,
    stream: `${namespace}_EVENTS`,
    eventSubject: (context, type) => `${namespace}.events.${context}.${type}`,
    syncSubject: (context, operation) => `${namespace}.sync.${context}.${operation}`,
    durable: (context, policy) => `${context}-${policy}`,
  };
}
