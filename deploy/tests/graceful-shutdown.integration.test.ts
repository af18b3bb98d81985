import { CONTEXTS, subgraphUrlVariable } from "@supergraph/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLecture } from "../../e2e/course-registration/helpers.ts";
import { LECTURE, REGISTER } from "../../e2e/course-registration/operations.ts";
import { freePort, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { Container, type Exit } from "./support/container.ts";
import { readYaml } from "./support/files.ts";
import { FrontDoor } from "./support/front-door.ts";

/**
 * A rolling update under load, on real processes: a registrations replica, a lectures
 * replica and a router replica are each taken out of rotation and sent SIGTERM while they
 * have requests in flight, the way Kubernetes does it (endpoint removal, preStop, SIGTERM).
 * Nothing accepted may be lost, no event may go missing, and each process must exit 0.
 */
const STUDENTS = 12;
const LECTURES = 6;
const WORKERS = 6;

interface Outcome {
  via: string;
  lectureId?: string;
  registrationId?: string;
  /** ok: HTTP 200 with data and no errors; refused: a clean error; hung: no answer in time. */
  result: "ok" | "refused" | "hung";
  detail?: string;
}

/** One GraphQL request, classified; a request without an answer in 20 s counts as hung. */
async function send(url: string, query: string, variables: Record<string, unknown>, token?: string, timeoutMs = 20_000) {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await res.json()) as { data?: Record<string, any> | null; errors?: { message: string }[] };
    if (res.status === 200 && body.data && !body.errors) return { result: "ok" as const, data: body.data };
    return { result: "refused" as const, detail: `${res.status} ${JSON.stringify(body.errors ?? body)}` };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    if (e.name === "TimeoutError") return { result: "hung" as const, detail: "no answer" };
    return { result: "refused" as const, detail: e.cause?.code ?? e.message };
  }
}

describe("graceful shutdown during a rolling update", () => {
  let stack: Stack;
  const doors = { registrations: new FrontDoor(), lectures: new FrontDoor() };
  const replicas: Record<"registrations" | "lectures" | "router", Container> = {} as never;
  const students: SignedIn[] = [];
  const lectureIds: string[] = [];
  let spareLecture: string;

  beforeAll(async () => {
    await Promise.all(Object.values(doors).map((d) => d.listen()));
    // The router reaches registrations and lectures through their front doors, as through Services.
    const throughDoors = {
      [subgraphUrlVariable("registrations")]: `${doors.registrations.url}/graphql`,
      [subgraphUrlVariable("lectures")]: `${doors.lectures.url}/graphql`,
    };
    // A slow payment keeps each registration in flight long enough to be caught by a SIGTERM.
    // A generous payment timeout: a charge timing out on a busy machine is not what this tests.
    const registrationsEnv = { PAYMENT_TIMEOUT_MS: "10000" };
    stack = await Stack.start({ router: throughDoors, payments: { PAYMENT_LATENCY_MS: "150" }, registrations: registrationsEnv });
    doors.registrations.add(stack.service("registrations").url);
    doors.lectures.add(stack.service("lectures").url);

    // The stack's NATS namespace, JWKS and router secret, so the replicas join that stack.
    const shared = { ...stack.baseEnv, LOG_LEVEL: "warn", HOST: "127.0.0.1" };
    const subgraphUrls = Object.fromEntries(CONTEXTS.map((s) => [subgraphUrlVariable(s.name), `${stack.service(s.name).url}/graphql`]));
    replicas.registrations = new Container("registrations", await freePort(), { ...shared, ...registrationsEnv, DATABASE_URL: stack.databaseUrl("registrations") });
    replicas.lectures = new Container("lectures", await freePort(), { ...shared, DATABASE_URL: stack.databaseUrl("lectures") });
    replicas.router = new Container("router", await freePort(), { ...shared, ...subgraphUrls, ...throughDoors });
    await Promise.all(Object.values(replicas).map((r) => r.start()));
    doors.registrations.add(replicas.registrations.url);
    doors.lectures.add(replicas.lectures.url);

    const instructor = await stack.signUp("INSTRUCTOR");
    for (let i = 0; i < STUDENTS; i++) students.push(await stack.signUp("STUDENT"));
    for (let i = 0; i < LECTURES; i++) lectureIds.push(await openLecture(stack, instructor, { title: `Lecture ${i}`, capacity: 100 }));
    spareLecture = await openLecture(stack, instructor, { title: "Registered during shutdown", capacity: 100 });
  });

  afterAll(async () => {
    await Promise.all(Object.values(replicas).map((r) => r?.stop()));
    await stack?.stop();
    await Promise.all(Object.values(doors).map((d) => d.close()));
  });

  it("answers the manifests' and compose's probe paths on every real process", async () => {
    const compose = readYaml("docker-compose.yml")[0].services;
    const base = readYaml("deploy/kubernetes/base/kustomization.yaml")[0].resources.flatMap((f: string) => readYaml(`deploy/kubernetes/base/${f}`));
    const paths = new Set<string>([
      // The path after deploy/docker/healthcheck.ts in each app service's check.
      ...Object.values<any>(compose).flatMap((s) => {
        const test: string[] = s.healthcheck?.test ?? [];
        const script = test.indexOf("deploy/docker/healthcheck.ts");
        return script >= 0 ? [test[script + 1]!] : [];
      }),
      ...base
        // The app's Deployments (the trace backend is Jaeger's image, with probes of its own).
        .filter((o: any) => o.kind === "Deployment" && o.metadata.name !== "jaeger")
        .flatMap((d: any) => ["startupProbe", "livenessProbe", "readinessProbe"].map((k) => d.spec.template.spec.containers[0][k].httpGet.path)),
    ]);
    expect(paths.size).toBeGreaterThan(0);
    const processes = [stack.router.url, ...CONTEXTS.map((s) => stack.service(s.name).url), ...Object.values(replicas).map((r) => r.url)];
    for (const url of processes) {
      for (const path of paths) expect((await fetch(`${url}${path}`)).status, `${url}${path}`).toBe(200);
    }
  });

  it("loses no accepted request and no event, refuses cleanly, and exits 0", async () => {
    const routers = [stack.router.url, replicas.router.url];
    const inflightAt = new Map<string, number>();
    const outcomes: Outcome[] = [];
    const jobs = students.flatMap((student) => lectureIds.map((lectureId) => ({ student, lectureId })));
    let next = 0;
    let sent = 0;

    // The load: registrations and lecture reads, spread over the routers in rotation.
    const worker = async () => {
      for (let job = jobs[next++]; job; job = jobs[next++]) {
        for (const [query, variables, token] of [
          [REGISTER, { lectureId: job.lectureId }, job.student.token],
          [LECTURE, { id: job.lectureId }, undefined],
        ] as const) {
          const via = routers[sent++ % routers.length]!;
          inflightAt.set(via, (inflightAt.get(via) ?? 0) + 1);
          const answer = await send(via, query, variables, token);
          inflightAt.set(via, inflightAt.get(via)! - 1);
          const registrationId = answer.result === "ok" ? answer.data?.registerForLecture?.id : undefined;
          outcomes.push({ via, lectureId: job.lectureId, registrationId, result: answer.result, detail: answer.detail });
        }
      }
    };

    /** Requests sent straight to a process after its SIGTERM, as a client that missed the removal. */
    const stale: Outcome[] = [];
    const sendUntilExit = async (url: string, exited: Promise<Exit>, make: (i: number) => [string, Record<string, unknown>, string?]) => {
      let done = false;
      void exited.then(() => (done = true));
      for (let i = 0; !done && i < students.length; i++) {
        const [query, variables, token] = make(i);
        const answer = await send(url, query, variables, token, 10_000);
        const registrationId = answer.result === "ok" ? answer.data?.registerForLecture?.id : undefined;
        stale.push({ via: url, lectureId: variables.lectureId as string | undefined, registrationId, result: answer.result, detail: answer.detail });
      }
    };

    /** A rolling-update step: wait for requests in flight, take it out of rotation, SIGTERM it. */
    const exits: Record<string, Exit> = {};
    const roll = async (name: keyof typeof replicas, busy: () => boolean, takeOut: () => void, stalePoke?: (exited: Promise<Exit>) => Promise<void>) => {
      await waitFor(`${name} replica to have requests in flight`, busy, 60_000, 2);
      takeOut();
      const exited = replicas[name].terminate(30_000);
      await stalePoke?.(exited);
      exits[name] = await exited;
    };
    const progress = (share: number) => waitFor(`${share * 100}% of the load`, () => next >= jobs.length * share, 120_000, 10);

    const rolling = (async () => {
      await progress(0.2);
      await roll(
        "registrations",
        () => doors.registrations.inflightAt(replicas.registrations.url) > 0,
        () => doors.registrations.remove(replicas.registrations.url),
        (exited) => sendUntilExit(replicas.registrations.url, exited, () => [`{ __typename }`, {}]),
      );
      await progress(0.45);
      await roll(
        "lectures",
        () => doors.lectures.inflightAt(replicas.lectures.url) > 0,
        () => doors.lectures.remove(replicas.lectures.url),
      );
      await progress(0.65);
      await roll(
        "router",
        () => (inflightAt.get(replicas.router.url) ?? 0) > 0,
        () => routers.splice(routers.indexOf(replicas.router.url), 1),
        // Registrations straight at the stopping router: accepted ones must be applied too.
        (exited) => sendUntilExit(replicas.router.url, exited, (i) => [REGISTER, { lectureId: spareLecture }, students[i]!.token]),
      );
    })();
    await Promise.all([...Array.from({ length: WORKERS }, worker), rolling]);

    console.info(
      `rolled: ${Object.entries(exits).map(([n, e]) => `${n} exited ${e.code ?? e.signal} in ${e.ms} ms`).join(", ")}; ` +
        `${outcomes.length} requests in rotation; to stopping processes: ${JSON.stringify(tally(stale))}`,
    );
    // Each stopped process drained and exited by itself, well inside the grace period.
    for (const [name, exit] of Object.entries(exits)) {
      expect(exit, `${name}:\n${replicas[name as keyof typeof replicas].recentOutput()}`).toMatchObject({ code: 0, signal: null });
      expect(exit.ms, name).toBeLessThan(30_000);
    }
    // Zero downtime through the rotation; outside it, clean refusals and never a hang.
    expect(outcomes.filter((o) => o.result !== "ok")).toEqual([]);
    expect(outcomes).toHaveLength(jobs.length * 2);
    expect(stale.filter((o) => o.result === "hung")).toEqual([]);

    // Every accepted registration is stored. Beyond those, only requests whose connection
    // broke mid-request (outcome unknown to the client, as with any network failure) may
    // have been applied; a clean refusal never is.
    const accepted = [...outcomes, ...stale].flatMap((o) => (o.registrationId ? [o.registrationId] : []));
    const stored = await stack.sql<{ id: string; lecture_id: string }>("registrations", "SELECT id, lecture_id FROM registration");
    const storedIds = new Set(stored.map((r) => r.id));
    expect(accepted.filter((id) => !storedIds.has(id))).toEqual([]);
    const unknownOutcome = stale.filter((o) => /ECONNRESET|UND_ERR_SOCKET|EPIPE/.test(`${o.result} ${o.detail ?? ""}`)).length;
    expect(stored.length - accepted.length).toBeLessThanOrEqual(unknownOutcome);

    // Every event reached its consumers: exact enrolment counts, every payment confirmed,
    // every registration in the read model, no hold left, nothing unpublished or dead-lettered.
    const perLecture = (rows: { lecture_id: string }[]) => rows.reduce((m, r) => m.set(r.lecture_id, (m.get(r.lecture_id) ?? 0) + 1), new Map<string, number>());
    const expected = Object.fromEntries(perLecture(stored));
    await waitFor("enrolment counts to match the registrations", async () => {
      const rows = await stack.sql<{ lecture_id: string; enrolled_count: number }>("lectures", "SELECT id AS lecture_id, enrolled_count FROM lecture WHERE enrolled_count > 0");
      return sameCounts(Object.fromEntries(rows.map((r) => [r.lecture_id, r.enrolled_count])), expected);
    }, 90_000, 250);
    await waitFor("every registration to be paid", async () => {
      const unpaid = await unpaidRegistrations(stack);
      if (unpaid.length > 0) throw new Error(`not paid: ${JSON.stringify(unpaid)}`);
      return true;
    }, 90_000, 250);
    await waitFor("every registration in the views read model", async () =>
      Number((await stack.sql<{ n: string }>("views", "SELECT count(*) AS n FROM registration_view"))[0]!.n) === stored.length, 90_000, 250);
    expect(await stack.sql("registrations", "SELECT * FROM seat_hold")).toEqual([]);
    for (const { name } of CONTEXTS) {
      await waitFor(`${name}'s outbox to be published`, async () =>
        (await stack.sql<{ n: string }>(name, "SELECT count(*) AS n FROM platform_outbox WHERE published_at IS NULL"))[0]!.n === "0", 30_000, 250);
      expect(await stack.sql(name, "SELECT consumer, reason FROM platform_dead_letter"), name).toEqual([]);
    }
  });
});

/** Equal per-lecture counts, whatever the order of the lectures. */
function sameCounts(actual: Record<string, number>, expected: Record<string, number>): boolean {
  const sorted = (o: Record<string, number>) => JSON.stringify(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return sorted(actual) === sorted(expected);
}

/** Registrations not PAID, each with whether its PaymentCompleted was already consumed (its effect then lost). */
async function unpaidRegistrations(stack: Stack) {
  const unpaid = await stack.sql<{ id: string; status: string }>("registrations", "SELECT id, status FROM registration WHERE status <> 'PAID'");
  return Promise.all(
    unpaid.map(async (r) => {
      const events = await stack.sql<{ id: string }>("payments", "SELECT id FROM platform_outbox WHERE payload->>'type' = 'PaymentCompleted' AND payload->'data'->>'reference' = $1", [r.id]);
      const consumed = await stack.sql("registrations", "SELECT 1 FROM platform_inbox WHERE event_id = ANY($1::uuid[])", [events.map((e) => e.id)]);
      return { ...r, paymentCompletedConsumed: consumed.length > 0 };
    }),
  );
}

/** How many outcomes of each kind, e.g. { ok: 2, "refused ECONNREFUSED": 9 }. */
function tally(outcomes: Outcome[]): Record<string, number> {
  return outcomes.reduce<Record<string, number>>((t, o) => {
    const key = o.result === "refused" ? `refused ${o.detail?.slice(0, 40)}` : o.result;
    return { ...t, [key]: (t[key] ?? 0) + 1 };
  }, {});
}
