import { subgraphUrlVariable } from "@supergraph/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrivateNats } from "@supergraph/testkit/infrastructure";
import { Subscriber } from "@supergraph/testkit/live";
import { metric } from "@supergraph/testkit/metrics";
import { freePort } from "@supergraph/testkit/ports";
import { ServiceProcess } from "@supergraph/testkit/processes";
import { Stack } from "@supergraph/testkit/stack";
import { waitFor } from "@supergraph/testkit/wait";

/**
 * The router with NATS out of reach: queries and mutations need only the subgraphs, so it
 * opens its port and serves them at once; `/readyz` says what it waits for, and live
 * subscriptions start by themselves when NATS answers.
 */
describe("a router whose NATS does not answer yet", () => {
  let stack: Stack;
  let nats: PrivateNats;
  let router: ServiceProcess;

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["payments", "lectures", "registrations", "views"] });
    nats = await PrivateNats.create();
    const subgraphUrls = Object.fromEntries([...stack.services.values()].map((s) => [subgraphUrlVariable(s.name), `${s.url}/graphql`]));
    // Alive is enough here: it is not ready without NATS, which is the point.
    router = new ServiceProcess("router-without-nats", "router/src/index.ts", await freePort(), { ...stack.baseEnv, ...subgraphUrls, NATS_URL: nats.url }, {
      ready: async (url) => (await fetch(`${url}/healthz`)).ok,
    });
  });
  afterAll(async () => {
    await router?.stop();
    await nats?.destroy();
    await stack?.stop();
  });

  it("serves queries at once, says in /readyz and its log what it waits for, and starts live subscriptions when NATS answers", async () => {
    const started = performance.now();
    await router.start();
    const openedAfterMs = performance.now() - started;

    const student = await stack.mintUser("STUDENT");
    const answered = await stack.gql("{ lectures { id } myRegistrations { id } }", {}, student.token, `${router.url}/graphql`);
    expect(answered.errors).toBeUndefined();
    expect(answered.data).toEqual({ lectures: expect.any(Array), myRegistrations: [] });

    const readiness = await fetch(`${router.url}/readyz`);
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toMatchObject({ checks: { gateway: "ok", nats: expect.stringMatching(/^waiting for NATS at nats:\/\/127\.0\.0\.1:\d+: queries and mutations are served/) } });
    await waitFor("the router to log what it waits for", () => router.recentOutput(200).includes("waiting for NATS"), 10_000);

    const early = new Subscriber(router.url, student.token).subscribe("subscription { myRegistrationChanges { status } }");
    await waitFor("the early subscription to be refused", () => early.errors.length > 0, 10_000);
    expect(early.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "LIVE_UNAVAILABLE", retryable: true }) })]);
    await early.close();

    await nats.start();
    await waitFor("the router to be ready once NATS answers", async () => (await fetch(`${router.url}/readyz`)).status === 200, 30_000, 200);
    const later = new Subscriber(router.url, student.token).subscribe("subscription { myRegistrationChanges { status } }");
    await waitFor("the router to count the subscription as open", async () => (await metric(router.url, "live_subscriptions", { kind: "subscribers" })) === 1, 10_000);
    expect(later.errors).toEqual([]);
    await later.close();
    // It waited a bounded while for NATS, not for ever (before: no port for 25 s and more).
    expect(openedAfterMs).toBeLessThan(15_000);
  });
});
