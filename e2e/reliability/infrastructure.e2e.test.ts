import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolmentBecomes, openLecture, paymentMismatches, register } from "../course-registration/helpers.ts";
import { type GraphQLResponse, PrivateNats, PrivatePostgres, type Shot, Stack, startLoad, waitFor } from "@supergraph/testkit";
import { figures } from "./figures.ts";

/** How long each outage lasts once every service reports it. */
const OUTAGE_MS = 3_000;

/**
 * PostgreSQL and NATS restarted under load, on servers of this test's own: the services
 * ride it out in place, and their readiness says so while it lasts.
 */
describe("infrastructure restarts", () => {
  const report = figures(import.meta.filename);
  let postgres: PrivatePostgres;
  let nats: PrivateNats;
  let stack: Stack;
  let lectureId: string;

  beforeAll(async () => {
    [postgres, nats] = await Promise.all([PrivatePostgres.create(), PrivateNats.create()]);
    await Promise.all([postgres.start(), nats.start()]);
    // Holds left by a request cut off mid-way are released (and their charges voided) within seconds.
    stack = await Stack.start({ registrations: { SEAT_HOLD_TIMEOUT_MS: "4000" } }, { postgresUrl: postgres.url, natsUrl: nats.url, only: ["payments", "lectures", "registrations", "views"] });
    lectureId = await openLecture(stack, await stack.signUp("INSTRUCTOR"), { title: "Through the outages", capacity: 1_000 });
  });
  afterAll(async () => {
    try {
      // What a failed test left down comes back first: the stack's clean-up needs both.
      await Promise.all([postgres?.start(), nats?.start()]);
      await stack?.stop();
    } finally {
      postgres?.destroy();
      await nats?.destroy();
      report.save();
    }
  });

  const subgraphs = () => [...stack.services.values()];
  const readiness = (urls: string[]) => Promise.all(urls.map(async (url) => (await fetch(`${url}/readyz`)).status));
  const code = (res: GraphQLResponse) => (res.data?.registerForLecture ? "ok" : String(res.errors?.[0]?.extensions?.code));

  /**
   * Takes a server down under load: waits until every service in `affected` reports not
   * ready, checks they keep saying so for the outage, brings the server back and waits
   * until all are ready again, all without touching the service processes.
   */
  async function outage(affected: string[], down: () => Promise<void> | void, up: () => Promise<void>) {
    const pids = subgraphs().map((s) => s.pid);
    const load = startLoad({ perSecond: 4, fire: async () => register(stack, await stack.mintUser("STUDENT"), lectureId) });
    let notReadyMs: number, readyMs: number, back: { status: string };
    const samples: number[][] = [];
    let shots: Shot<GraphQLResponse>[];
    try {
      const stopped = performance.now();
      await down();
      await waitFor("every affected service to report not ready", async () => (await readiness(affected)).every((s) => s === 503), 20_000, 100);
      notReadyMs = performance.now() - stopped;
      while (performance.now() - stopped < notReadyMs + OUTAGE_MS) {
        samples.push(await readiness(affected));
        await new Promise((r) => setTimeout(r, 200));
      }
      const restarted = performance.now();
      await up();
      await waitFor("every service to be ready again", async () => (await readiness(affected)).every((s) => s === 200), 60_000, 100);
      readyMs = performance.now() - restarted;
      back = await waitFor("a registration to succeed", async () => (await register(stack, await stack.mintUser("STUDENT"), lectureId)).data?.registerForLecture, 30_000, 250);
    } finally {
      shots = await load.stop();
    }

    expect(samples.flat().every((s) => s === 503)).toBe(true);
    expect(back.status).toBe("PAID");
    expect(subgraphs().map((s) => [s.name, s.running, s.pid])).toEqual(subgraphs().map((s, i) => [s.name, true, pids[i]]));
    const outcomes: Record<string, number> = {};
    for (const shot of shots) outcomes[code(shot.result)] = (outcomes[code(shot.result)] ?? 0) + 1;
    // Every request got an answer: a registration, or a clean error without internals.
    for (const shot of shots) expect(JSON.stringify(shot.result.errors ?? [])).not.toMatch(/stacktrace|\bat .+\.ts:\d+|ECONNREFUSED|password/);
    return { notReadyMs, readyMs, outcomes, samples: samples.length };
  }

  const summary = (outcomes: Record<string, number>) =>
    Object.entries(outcomes)
      .sort(([, a], [, b]) => b - a)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ");

  it("F8: PostgreSQL, then NATS, restarted under load: readiness follows the outage, the services reconnect by themselves", async () => {
    const everySubgraph = subgraphs().map((s) => s.url);
    const pg = await outage(everySubgraph, () => postgres.stop(), () => postgres.start());
    // While the database is away, requests fail with the typed, retryable error, not as a bug.
    expect(pg.outcomes).not.toHaveProperty("INTERNAL_SERVER_ERROR");
    const bus = await outage([...everySubgraph, stack.router.url], () => nats.stop(), () => nats.start());

    // Settled: what was accepted is paid and counted (so events flow again), and nothing is half-done.
    await waitFor("seat holds cut off by the outages to be released", async () => (await stack.sql("registrations", "SELECT 1 FROM seat_hold")).length === 0, 30_000, 250);
    await waitFor("registrations and payments to agree", async () => (await paymentMismatches(stack)).length === 0, 30_000, 250);
    const live = await stack.sql<{ n: number }>("registrations", "SELECT count(*)::int AS n FROM registration WHERE lecture_id = $1 AND status <> 'CANCELED'", [lectureId]);
    await enrolmentBecomes(stack, lectureId, live[0]!.n);

    const figuresOf = (o: Awaited<ReturnType<typeof outage>>) => ({
      "not ready after": `${Math.round(o.notReadyMs)} ms`,
      "ready again after the restart": `${Math.round(o.readyMs)} ms`,
      "requests during it": summary(o.outcomes),
    });
    const pgFigures = figuresOf(pg);
    const natsFigures = figuresOf(bus);
    report.record("F8", {
      ...Object.fromEntries(Object.entries(pgFigures).map(([k, v]) => [`PostgreSQL: ${k}`, v])),
      ...Object.fromEntries(Object.entries(natsFigures).map(([k, v]) => [`NATS: ${k}`, v])),
      "service processes restarted": 0,
    });
  });
});
