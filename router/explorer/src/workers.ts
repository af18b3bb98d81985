/**
 * Monaco's web workers, served beside this bundle (scripts/build-web.ts builds each one as
 * its own entry point), so the editor never reaches for a CDN as GraphiQL's own
 * `setup-workers/esm.sh` does.
 */
const WORKERS: Record<string, string> = {
  graphql: "graphql.worker.js",
  json: "json.worker.js",
};

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    const file = WORKERS[label] ?? "editor.worker.js";
    return new Worker(new URL(`./workers/${file}`, import.meta.url), { name: label });
  },
};
