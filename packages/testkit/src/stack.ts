import { randomBytes, randomUUID } from "node:crypto";
import { connectBus, contextNamed, CONTEXTS, createLogger, subgraphUrlVariable, type EventBus, type Role } from "@supergraph/platform";
import pg from "pg";
import { testEnv } from "./env.ts";
import { freePort } from "./ports.ts";
import { hostGroups, type ProcessMode } from "../../../scripts/hosting.ts";
import { ContextHost, HostedContext } from "./hosted.ts";
import { PortTakenError, ServiceProcess, type StackService } from "./processes.ts";
import { PartialSupergraph } from "./supergraph.ts";
import { TokenMint } from "./tokens.ts";

/** Where a stack runs and what it starts, when not everything on the machine's PostgreSQL and NATS. */
export interface StackOptions {
  /** PostgreSQL URL (of its `postgres` database) the contexts' databases are made in. */
  postgresUrl?: string;
  natsUrl?: string;
  /** JetStream's duplicate window of the stack's stream, made before the services start. */
  duplicateWindowMs?: number;
  /**
   * The contexts to start (names from `CONTEXTS`; `contextsOf(system)` gives a system's), for
   * a test that needs only those: identity always starts too (its JWKS verifies every token),
   * and the router serves a supergraph of the started ones alone. Default: every context.
   */
  only?: readonly string[];
  /**
   * How the contexts spread over Node processes, as `npm start`'s SUPERGRAPH_PROCESSES:
   * `per-context` (each its own process, as Kubernetes runs them: what benchmarks measure) or
   * `per-system` (the contexts of a system share a host process, scripts/host.ts; each keeps
   * its own server, port, pool and NATS connection, and stops and starts alone). Default:
   * STACK_PROCESSES, else per-context; the integration tier sets per-system (vitest.config.ts),
   * which saves loading the modules once per context.
   */
  processes?: Exclude<ProcessMode, "one">;
  /** Contexts that get a process of their own whatever `processes` says: one a test kills (SIGKILL) or profiles (NODE_ARGS). */
  ownProcess?: readonly string[];
}

/**
 * Settings every test stack starts with unless a test says otherwise: a first charge on a
 * cold process of a busy 2-core machine can take over the 1 s production default, which is
 * not what these tests are about (the fault tests set their own timeouts).
 */
const TEST_DEFAULTS: Record<string, Record<string, string>> = { registrations: { PAYMENT_TIMEOUT_MS: "3000" } };

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: unknown[] }[];
}

export interface SignedIn {
  token: string;
  userId: string;
}

/**
 * A supergraph for one test file: its subgraphs (every one, or `only` some) and the router as
 * real processes, each context on its own fresh database in the real PostgreSQL, all on the
 * real NATS under a namespace of their own (so test files and a developer's stack never see
 * each other).
 */
export class Stack {
  readonly services = new Map<string, StackService>();
  private hosts: ContextHost[] = [];
  private buses: EventBus[] = [];
  private replicas: ServiceProcess[] = [];

  private constructor(
    readonly namespace: string,
    readonly router: ServiceProcess,
    /** What every process of the stack gets: NATS, its namespace, JWKS, the router's secret. */
    readonly baseEnv: Record<string, string>,
    /** Signs tokens with the key identity signs with. */
    readonly tokens: TokenMint,
    private readonly postgresUrl: string,
    readonly natsUrl: string,
    /** The supergraph of the started contexts, when that is not all of them. */
    private readonly supergraph: PartialSupergraph | undefined,
  ) {}

  /** Starts a stack on fresh ports; once more on other ports if one of them was taken meanwhile. */
  static async start(env: Record<string, Record<string, string>> = {}, options: StackOptions = {}): Promise<Stack> {
    try {
      return await Stack.startOnce(env, options);
    } catch (error) {
      if (!(error instanceof PortTakenError)) throw error;
      return Stack.startOnce(env, options);
    }
  }

  private static async startOnce(env: Record<string, Record<string, string>>, options: StackOptions): Promise<Stack> {
    const settings = testEnv();
    const namespace = `e2e_${randomBytes(4).toString("hex")}`;
    const natsUrl = options.natsUrl ?? settings.natsUrl;
    const contexts = startedContexts(options.only);
    const unstarted = Object.keys(env).filter((name) => name !== "router" && !contexts.includes(name));
    if (unstarted.length > 0) throw new Error(`settings for ${unstarted.join(", ")}, which this stack does not start (started: ${contexts.join(", ")})`);
    const ports = new Map(await Promise.all(contexts.map(async (name) => [name, await freePort()] as const)));
    const tokens = await TokenMint.create();
    const baseEnv = {
      NATS_URL: natsUrl,
      NATS_NAMESPACE: namespace,
      JWKS_URL: `http://127.0.0.1:${ports.get("identity")}/.well-known/jwks.json`,
      LOG_LEVEL: settings.logLevel,
      // As npm start does: a secret per run, so subgraphs answer this stack's router only.
      ROUTER_SECRET: randomBytes(24).toString("base64url"),
    };
    if (options.duplicateWindowMs !== undefined) {
      const bus = await connectBus({ url: natsUrl, namespace, name: "e2e-setup", duplicateWindowMs: options.duplicateWindowMs, log: createLogger("e2e", "silent") });
      await bus.close();
    }
    const supergraph = contexts.length < CONTEXTS.length ? PartialSupergraph.write(contexts) : undefined;
    const router = new ServiceProcess("router", "router/src/index.ts", await freePort(), {
      ...baseEnv,
      ...(supergraph ? { SUPERGRAPH_PATH: supergraph.path } : {}),
      ...Object.fromEntries(contexts.map((name) => [subgraphUrlVariable(name), `http://127.0.0.1:${ports.get(name)}/graphql`])),
      ...env.router,
    });
    const stack = new Stack(namespace, router, baseEnv, tokens, options.postgresUrl ?? settings.postgresUrl, natsUrl, supergraph);
    const mode = options.processes ?? (process.env.STACK_PROCESSES === "per-system" ? "per-system" : "per-context");
    const own = new Set(mode === "per-context" ? contexts : (options.ownProcess ?? []).map((name) => contextNamed(name).name));
    const hostOf = new Map<string, ContextHost>();
    for (const group of hostGroups(CONTEXTS.filter((c) => contexts.includes(c.name) && !own.has(c.name)), "per-system")) {
      const host = new ContextHost(group.name, { ...baseEnv, LOG_LEVEL: settings.logLevel });
      stack.hosts.push(host);
      for (const name of group.contexts) hostOf.set(name, host);
    }
    for (const name of contexts) {
      const contextEnv = {
        ...baseEnv,
        DATABASE_URL: stack.databaseUrl(name),
        ...(name === "identity" ? { JWT_PRIVATE_JWK: tokens.privateJwk } : {}),
        ...TEST_DEFAULTS[name],
        ...env[name],
      };
      const host = hostOf.get(name);
      stack.services.set(
        name,
        host ? new HostedContext(name, ports.get(name)!, host, contextEnv) : new ServiceProcess(name, `subgraphs/${name}/src/index.ts`, ports.get(name)!, contextEnv),
      );
    }
    try {
      // The hosts load their modules while identity starts (its JWKS verifies every token);
      // the router needs only its supergraph file and NATS to be ready, so it starts meanwhile.
      for (const host of stack.hosts) host.open();
      const routerReady = router.start();
      const contextsReady = stack
        .service("identity")
        .start()
        .then(() =>
          Promise.all(
            startOrder(stack.services, hostOf).map(async (line) => {
              for (const service of line) await service.start();
            }),
          ),
        );
      const outcomes = await Promise.allSettled([contextsReady, routerReady]);
      const failed = outcomes.find((o) => o.status === "rejected");
      if (failed) throw failed.reason;
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  service(name: string): StackService {
    const service = this.services.get(name);
    if (!service) throw new Error(`no service ${name} in this stack (started: ${[...this.services.keys()].join(", ")})`);
    return service;
  }

  databaseUrl(context: string): string {
    return this.postgresUrl.replace(/\/[^/]*$/, `/${this.namespace}_${context.replace(/-/g, "_")}`);
  }

  /** Another process of a context on the same database and NATS durables (a replica). */
  async addReplica(context: string, env: Record<string, string> = {}): Promise<ServiceProcess> {
    const replica = new ServiceProcess(`${context}-replica-${this.replicas.length + 1}`, `subgraphs/${context}/src/index.ts`, await freePort(), {
      ...this.baseEnv,
      DATABASE_URL: this.databaseUrl(context),
      ...env,
    });
    this.replicas.push(replica);
    await replica.start();
    return replica;
  }

  /** Runs SQL on a context's database, to check what was (not) written. */
  async sql<R extends Record<string, unknown>>(context: string, text: string, params: unknown[] = []): Promise<R[]> {
    const client = new pg.Client({ connectionString: this.databaseUrl(context) });
    await client.connect();
    try {
      return (await client.query<R>(text, params)).rows;
    } finally {
      await client.end();
    }
  }

  /** A NATS connection in the stack's namespace, for publishing or reading events directly. */
  async bus(): Promise<EventBus> {
    const bus = await connectBus({ url: this.natsUrl, namespace: this.namespace, name: "e2e", log: createLogger("e2e", "silent") });
    this.buses.push(bus);
    return bus;
  }

  /** Sends a GraphQL operation to the router (or to `url`), as a web client would. */
  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string, url = `${this.router.url}/graphql`): Promise<GraphQLResponse<T>> {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GraphQLResponse<T>;
    return { ...body, status: res.status };
  }

  private users = 0;

  /**
   * A user with a token like the ones identity issues, holding `role` (or each of `roles`, for
   * one person acting in several systems), minted here: no sign-up round trip (identity has no
   * record of them).
   */
  async mintUser(role: Role | readonly Role[]): Promise<SignedIn> {
    const userId = randomUUID();
    const roles: Role[] = typeof role === "string" ? [role] : [...new Set(role)];
    return { userId, token: await this.tokens.sign({ sub: userId, roles }) };
  }

  /** Signs a new user up through the router. */
  async signUp(role: Role, name = `${role.toLowerCase()} ${++this.users}`): Promise<SignedIn> {
    const email = `${role.toLowerCase()}-${this.users}-${randomBytes(3).toString("hex")}@example.com`;
    const res = await this.gql<{ signUp: { token: string; user: { id: string } } }>(
      `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`,
      { input: { email, password: "correct horse battery", name, role } },
    );
    if (!res.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(res.errors)}`);
    return { token: res.data.signUp.token, userId: res.data.signUp.user.id };
  }

  async stop(): Promise<void> {
    await Promise.all([this.router, ...[...this.services.values()].filter((s) => s instanceof ServiceProcess), ...this.replicas].map((s) => s.stop()));
    // A host's SIGTERM stops each of its contexts gracefully.
    await Promise.all(this.hosts.map((host) => host.end()));
    for (const bus of this.buses) await bus.close();
    const bus = await connectBus({ url: this.natsUrl, namespace: this.namespace, name: "e2e-cleanup", log: createLogger("e2e", "silent") }).catch(() => null);
    if (bus) {
      await bus.jsm.streams.delete(bus.names.stream).catch(() => undefined);
      await bus.close();
    }
    const admin = new pg.Client({ connectionString: this.postgresUrl });
    await admin.connect();
    for (const name of this.services.keys()) {
      await admin.query(`DROP DATABASE IF EXISTS "${this.namespace}_${name.replace(/-/g, "_")}" WITH (FORCE)`).catch(() => undefined);
    }
    await admin.end();
    this.supergraph?.remove();
  }
}

/**
 * The services to start after identity, as lines started side by side: each context of its own
 * process alone, a host's contexts one after another (they share one event loop, which starting
 * them at once would only crowd: NATS and PostgreSQL answers waiting behind module loading).
 */
function startOrder(services: Map<string, StackService>, hostOf: Map<string, ContextHost>): StackService[][] {
  const lines = new Map<ContextHost | StackService, StackService[]>();
  for (const service of services.values()) {
    if (service.name === "identity") continue;
    const key = hostOf.get(service.name) ?? service;
    lines.set(key, [...(lines.get(key) ?? []), service]);
  }
  return [...lines.values()];
}

/** The contexts a stack starts, in declaration order: `only` (checked against CONTEXTS) and identity, or all. */
function startedContexts(only: readonly string[] | undefined): string[] {
  if (!only) return CONTEXTS.map((c) => c.name);
  const wanted = new Set(["identity", ...only.map((name) => contextNamed(name).name)]);
  return CONTEXTS.filter((c) => wanted.has(c.name)).map((c) => c.name);
}
