import type { Express } from "express";
import type { Metrics } from "../metrics.ts";

/**
 * A named readiness check: resolves when the dependency answers (true or anything but false
 * and a string); a string says what it is waiting for, and is shown in `/readyz`.
 */
export type ReadinessCheck = [name: string, check: () => Promise<unknown> | unknown];

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);

/**
 * `/healthz` (the process is alive), `/readyz` (every dependency answers: 503 and the
 * failing ones otherwise) and Prometheus `/metrics`.
 */
export function mountOperationalRoutes(app: Express, metrics: Metrics, checks: readonly ReadinessCheck[], isDraining: () => boolean): void {
  // The pid tells a supervisor that the process answering on its port is the one it started.
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", pid: process.pid });
  });
  app.get("/readyz", async (_req, res) => {
    if (isDraining()) {
      res.status(503).json({ status: "draining" });
      return;
    }
    const results = await Promise.all(
      checks.map(async ([name, check]) => {
        try {
          const ok = await withTimeout(Promise.resolve(check()), 2_000);
          if (typeof ok === "string") return [name, ok] as const;
          return [name, ok === false ? "down" : "ok"] as const;
        } catch (error) {
          return [name, `down: ${(error as Error).message}`] as const;
        }
      }),
    );
    const ready = results.every(([, r]) => r === "ok");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", checks: Object.fromEntries(results) });
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
