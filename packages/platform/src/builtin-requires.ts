import Module, { isBuiltin } from "node:module";

/**
 * Answers `require("<built-in>")` without the resolve hooks of the loader the services run
 * under (tsx, see the Dockerfile). Node never lets a package shadow a built-in module, so a
 * bare built-in name resolves to itself; but `Module._load` asks `_resolveFilename` on every
 * call for it, and tsx's hook chain then does its path work each time. Apollo Server asks
 * `require("crypto")` on every request (`@apollo/utils.createhash`, for the query's hash):
 * about 2% of a subgraph's and of the router's CPU per request (docs/performance.md).
 * Idempotent; a hook installed later still sees every other request.
 */
export function fastBuiltinRequires(): void {
  const loader = Module as unknown as { _resolveFilename: ResolveFilename & { builtinFastPath?: true } };
  const resolve = loader._resolveFilename;
  if (resolve.builtinFastPath) return;
  const fast: ResolveFilename & { builtinFastPath?: true } = function (this: unknown, request, ...rest) {
    return isBuiltin(request) ? request : resolve.call(this, request, ...rest);
  };
  fast.builtinFastPath = true;
  loader._resolveFilename = fast;
}

type ResolveFilename = (this: unknown, request: string, ...rest: unknown[]) => string;
