import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * `@apollo/federation-internals` re-exports its modules through TypeScript's `__exportStar`,
 * which makes every export a getter: each `federation_internals_1.isNonNullType(...)` in the
 * gateway's executor and result shaping is a getter call first, several per value of every
 * answer. Profiled under the read model's load, those getters were 2.7% of the router's CPU.
 * This puts a copy with plain values in the module cache, so what requires the package after
 * it (the gateway, imported after this in gateway.ts) reads them directly. The package never
 * reassigns an export after loading, so the values are the ones the getters would return.
 */
function flattenExports(name: string): void {
  const id = require.resolve(name);
  const exports = require(id) as Record<string, unknown>;
  const entry = require.cache[id];
  if (!entry) return;
  const flat: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(exports)) {
    const enumerable = Object.getOwnPropertyDescriptor(exports, key)?.enumerable ?? true;
    Object.defineProperty(flat, key, { value: exports[key], enumerable, writable: false, configurable: false });
  }
  entry.exports = flat;
}

flattenExports("@apollo/federation-internals");
