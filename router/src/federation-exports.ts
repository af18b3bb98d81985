import { createRequire } from "node:module";
import type { DocumentNode } from "graphql";

const require = createRequire(import.meta.url);

type OperationFromDocument = (schema: object, document: DocumentNode, options?: { operationName?: string; validate?: boolean }) => object;

/**
 * The gateway's executor rebuilds the operation from the request's document on every request
 * (`operationFromDocument` in `executeQueryPlan`, 2.4% of the router's CPU under the read
 * model's load) and reads it only: result shaping walks it, conditions read its variables. The
 * document's nodes are Apollo Server's cached parse of the query text, the same objects for
 * every request of that text, so the operation built from them is kept with them (weakly: it
 * goes when Apollo's document cache lets the document go). A later request then also finds the
 * selections' lazily computed parts (field definitions, response names) already made. Only
 * the executor's calls (`validate: false`) are kept: the planner's own call, on a plan cache
 * miss, gets a fresh operation as before. Another schema or set of definitions builds afresh;
 * an error is never kept.
 */
export function rememberedOperations(build: OperationFromDocument): OperationFromDocument {
  const built = new WeakMap<object, { schema: object; definitions: readonly object[]; operationName?: string; operation: object }>();
  return (schema, document, options) => {
    const [first] = document.definitions;
    if (!first || options?.validate !== false) return build(schema, document, options);
    const known = built.get(first);
    if (
      known &&
      known.schema === schema &&
      known.operationName === options.operationName &&
      known.definitions.length === document.definitions.length &&
      known.definitions.every((definition, i) => definition === document.definitions[i])
    ) {
      return known.operation;
    }
    const operation = build(schema, document, options);
    built.set(first, { schema, definitions: [...document.definitions], operationName: options.operationName, operation });
    return operation;
  };
}

/**
 * `@apollo/federation-internals` re-exports its modules through TypeScript's `__exportStar`,
 * which makes every export a getter: each `federation_internals_1.isNonNullType(...)` in the
 * gateway's executor and result shaping is a getter call first, several per value of every
 * answer. Profiled under the read model's load, those getters were 2.7% of the router's CPU.
 * This puts a copy with plain values in the module cache, so what requires the package after
 * it (the gateway, imported after this in gateway.ts) reads them directly. The package never
 * reassigns an export after loading, so the values are the ones the getters would return.
 */
function flattenExports(name: string, replaced: Record<string, (value: never) => unknown> = {}): void {
  const id = require.resolve(name);
  const exports = require(id) as Record<string, unknown>;
  const entry = require.cache[id];
  if (!entry) return;
  const flat: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(exports)) {
    const enumerable = Object.getOwnPropertyDescriptor(exports, key)?.enumerable ?? true;
    const value = replaced[key] ? replaced[key](exports[key] as never) : exports[key];
    Object.defineProperty(flat, key, { value, enumerable, writable: false, configurable: false });
  }
  entry.exports = flat;
}

flattenExports("@apollo/federation-internals", { operationFromDocument: rememberedOperations });
