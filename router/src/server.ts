import { createServer, type RequestListener } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import {
  keepConnectionsAlive,
  clientErrors,
  bearerToken,
  createTokenVerifier,
  graphqlFirst,
  InvalidTokenError,
  metricsPlugin,
  mountOperationalRoutes,
  operationNamePlugin,
  traceRequests,
  TRACING_OFF,
  type Logger,
  type Metrics,
  type Tracing,
  type Viewer,
} from "@supergraph/platform";
import express from "express";
import { Gauge } from "prom-client";
import { buildSchema, GraphQLError, printSchema, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { RouterEnv } from "./env.ts";
import { formatError, operationResolution } from "./errors.ts";
import { createGateway, type RouterContext } from "./gateway.ts";
import { limitRules } from "./limits.ts";
import { mountStaticPages } from "./static.ts";
import { connectLive } from "./live/connect.ts";
import type { GraphExecutor } from "./live/engine.ts";
import { httpSubscriptions } from "./live/http-subscriptions.ts";
import { asLimitRefusal, operationChecker } from "./live/operation.ts";
import { startLiveSocket } from "./live/socket.ts";

export interface RunningRouter {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The router: verifies the bearer token (and forwards it), applies the abuse limits, plans
 * and executes through @apollo/gateway; health, readiness and metrics beside it.
 */
export async function startRouter(env: RouterEnv & { supergraphPath: string }, log: Logger, metrics: Metrics, tracing: Tracing = TRACING_OFF): Promise<RunningRouter> {
  const app = express();
  app.disable("x-powered-by");
  // The app until everything is mounted; then POST /graphql goes past Express (the platform's graphqlFirst).
  let onRequest: RequestListener = app;
  const httpServer = createServer((req, res) => onRequest(req, res));
  keepConnectionsAlive(httpServer);
  const verify = createTokenVerifier({ jwksUrl: env.JWKS_URL, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE });
  const gateway = createGateway({ supergraphPath: env.supergraphPath, subgraphUrls: env.subgraphUrls, routerSecret: env.ROUTER_SECRET, subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS, tracing });
  let apiSchema: GraphQLSchema | undefined;
  let liveSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => {
    apiSchema = loaded;
    // The gateway puts its own resolvers on the API schema; live payloads run on a plain copy.
    liveSchema = buildSchema(printSchema(loaded));
  });
  const rules = limitRules({ maxDepth: env.MAX_DEPTH, maxAliases: env.MAX_ALIASES, maxCost: env.MAX_COST });
  // Limit refusals answer OPERATION_LIMIT_EXCEEDED over HTTP too, as the check says them on the other transports.
  const formatRouterError = (formatted: GraphQLFormattedError, error: unknown) => formatError(asLimitRefusal(formatted, error), error);
  const server = new ApolloServer<RouterContext>({
    gateway,
    introspection: env.INTROSPECTION,
    // Without introspection, error messages do not suggest field names either.
    hideSchemaDetailsFromClientErrors: !env.INTROSPECTION,
    includeStacktraceInErrorResponses: false,
    formatError: formatRouterError,
    csrfPrevention: true,
    // runService owns SIGTERM: Apollo's own handler would re-raise it when the HTTP drain
    // ends and kill the process before events in hand, the outbox and NATS are closed.
    stopOnTerminationSignals: false,
    validationRules: rules,
    parseOptions: { maxTokens: env.MAX_TOKENS },
    logger: log,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), metricsPlugin(metrics), operationResolution, ...(tracing.enabled ? [operationNamePlugin()] : [])],
  });
  await server.start();
  const graph: GraphExecutor = async (query, variables, viewer) => {
    const response = await server.executeOperation({ query, variables }, { contextValue: { viewer } });
    if (response.body.kind !== "single") return { errors: [new GraphQLError("Incremental delivery is not supported here.")] };
    const result = response.body.singleResult;
    if (!result.errors) return result as ExecutionResult;
    // Apollo's errors come formatted; graphql-ws sends a query's errors through toJSON().
    return { ...result, errors: result.errors.map((e) => new GraphQLError(e.message, { path: e.path, extensions: e.extensions })) } as ExecutionResult;
  };
  const events = connectLive({ url: env.NATS_URL, namespace: env.NATS_NAMESPACE, streamReplicas: env.NATS_STREAM_REPLICAS, graph, log, tracing });
  // NATS usually answers in milliseconds: wait that long, so live subscriptions work from the
  // first request; a NATS that does not answer holds back nothing else.
  await events.settled(3_000);
  const engine = events.engine;
  new Gauge({
    name: "live_subscriptions",
    help: "Open live subscriptions, and the groups sharing one upstream fetch per event",
    labelNames: ["kind"],
    registers: [metrics.registry],
    collect() {
      const { subscribers, groups } = engine.stats();
      this.set({ kind: "subscribers" }, subscribers);
      this.set({ kind: "groups" }, groups);
    },
  });
  // One check for graphql-ws and both HTTP subscription transports (parsed and validated once per text).
  const check = operationChecker({ rules, maxTokens: env.MAX_TOKENS, hideSchemaDetails: !env.INTROSPECTION });
  const live = startLiveSocket({ httpServer, path: "/graphql", schema: () => liveSchema, verify, engine, graph, check, maxPayloadBytes: env.MAX_BODY_BYTES });
  const httpLive = httpSubscriptions({
    schema: () => liveSchema,
    check,
    viewerOf: (header) => viewerOf(header, verify),
    engine,
    graph,
    formatError: (error) => formatRouterError({ ...error.toJSON(), extensions: { ...error.extensions, code: error.extensions.code ?? "INTERNAL_SERVER_ERROR" } }, error),
    heartbeatMs: env.MULTIPART_HEARTBEAT_MS,
    log,
  });
  let draining = false;
  mountOperationalRoutes(app, metrics, [["gateway", () => apiSchema !== undefined], ["nats", () => events.state()]], () => draining);
  // Before /graphql: a browser's GET /graphql gets the explorer, not Apollo's page.
  mountStaticPages(app, { log });
  // graphql-sse's own endpoint (both of its modes); before /graphql, which would match it too.
  app.use("/graphql/stream", express.json({ limit: env.MAX_BODY_BYTES }), httpLive.onStream);
  app.use(
    "/graphql",
    express.json({ limit: env.MAX_BODY_BYTES }),
    // Subscriptions over HTTP (multipart, SSE) before Apollo Server, which has none.
    httpLive.onGraphql,
    // The router's server span, parent of the gateway's (gateway.request, plan, fetch).
    ...(tracing.enabled ? [traceRequests(tracing)] : []),
    expressMiddleware(server, {
      context: async ({ req }) => ({ viewer: await viewerOf(req.headers.authorization, verify) }),
    }),
  );
  app.use(clientErrors);
  // Tracing runs its server span as an Express middleware, so a traced router serves through the app.
  if (!tracing.enabled) {
    onRequest = graphqlFirst("/graphql", app, {
      server,
      context: async (req) => ({ viewer: await viewerOf(req.headers.authorization, verify) }),
      limitBytes: env.MAX_BODY_BYTES,
      log,
      // What the app's HTTP subscriptions take: SSE unread, an operation that may be a subscription (multipart) read.
      leaves: (req) => req.headers.accept?.toLowerCase().includes("text/event-stream") === true,
      handsOver: (body) => /\bsubscription\b/.test(String((body as { query?: unknown }).query)),
    });
  }
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(env.PORT, env.HOST, resolve);
  });
  return {
    url: `http://${env.HOST}:${env.PORT}/graphql`,
    async stop() {
      draining = true;
      await live.close();
      httpLive.close();
      await server.stop();
      await events.stop();
    },
  };
}

async function viewerOf(header: string | undefined, verify: (token: string) => Promise<Viewer>): Promise<Viewer | null> {
  const token = bearerToken(header);
  if (!token) {
    if (header) throw invalidToken("expected 'Bearer <token>'");
    return null;
  }
  try {
    return await verify(token);
  } catch (error) {
    throw invalidToken(error instanceof InvalidTokenError ? error.message : "token could not be verified");
  }
}

const invalidToken = (reason: string) =>
  new GraphQLError(`Invalid bearer token (${reason}).`, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
