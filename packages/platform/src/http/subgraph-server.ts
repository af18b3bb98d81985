import { createServer, type IncomingMessage, type Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import { GraphQLError, parse } from "graphql";
import { bearerToken, InvalidTokenError, type Viewer } from "../auth/tokens.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import { TRACING_OFF, type Tracing } from "../tracing.ts";
import { clientErrors } from "./client-errors.ts";
import { graphqlFirst } from "./graphql-handler.ts";
import { formatError, metricsPlugin } from "./graphql-plugins.ts";
import { mountOperationalRoutes, type ReadinessCheck } from "./health.ts";
import { requireRouterSecret, ROUTER_SECRET_HEADER, routerSecretCheck } from "./router-secret.ts";
import { caseHeaderPlugin, operationNamePlugin, traceRequests } from "./tracing.ts";

/** What every resolver of every subgraph receives. */
export interface BaseContext {
  /** The verified caller, or null for anonymous requests. */
  readonly viewer: Viewer | null;
}

export interface SubgraphServerOptions<Ctx extends BaseContext> {
  name: string;
  typeDefs: string;
  resolvers: GraphQLResolverMap<Ctx>;
  /** Adds per-request state (DataLoaders) to the base context. */
  context: (base: BaseContext) => Ctx;
  verify: (token: string) => Promise<Viewer>;
  host: string;
  port: number;
  introspection: boolean;
  /** When set, `/graphql` answers only requests carrying it (from the router). */
  routerSecret?: string;
  readiness: readonly ReadinessCheck[];
  /** Extra HTTP routes (the identity context's JWKS). */
  routes?: (app: Express) => void;
  plugins?: ApolloServerPlugin<Ctx>[];
  log: Logger;
  metrics: Metrics;
  /** Off by default: no span per request. */
  tracing?: Tracing;
}

export interface RunningHttpServer {
  readonly url: string;
  /** Stops accepting, marks not ready, lets in-flight requests finish. */
  stop(): Promise<void>;
}

/**
 * Idle keep-alive connections from the router live longer than Node's 5 s default, and the
 * server says so in its Keep-Alive header: a client that reuses a socket at the moment the
 * server closes it gets a reset, which the router could only report as an outage.
 */
export function keepConnectionsAlive(httpServer: Server): void {
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
}

/** Largest request body a subgraph takes. */
const BODY_LIMIT = "256kb";
const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * The request's context: the viewer of its bearer token (401 UNAUTHENTICATED for a token that
 * does not verify), then what the context adds.
 */
function contextOf<Ctx extends BaseContext>(options: SubgraphServerOptions<Ctx>): (req: IncomingMessage) => Promise<Ctx> {
  return async (req) => {
    const token = bearerToken(req.headers.authorization);
    let viewer: Viewer | null = null;
    if (token) {
      try {
        viewer = await options.verify(token);
      } catch (error) {
        const reason = error instanceof InvalidTokenError ? error.message : "token could not be verified";
        throw new GraphQLError(`Invalid bearer token (${reason}).`, {
          extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
        });
      }
    }
    return options.context({ viewer });
  };
}

/**
 * Apollo Server 5 with the federation subgraph schema, health, readiness and metrics. GraphQL
 * requests are served from node:http directly (graphql-handler.ts); Express serves the other
 * routes, and GraphQL too while tracing is on (its server span wraps the request there).
 */
export async function startSubgraphServer<Ctx extends BaseContext>(options: SubgraphServerOptions<Ctx>): Promise<RunningHttpServer> {
  const tracing = options.tracing ?? TRACING_OFF;
  const app = express();
  app.disable("x-powered-by");
  const context = contextOf(options);
  const secret = options.routerSecret ? routerSecretCheck(options.routerSecret) : undefined;
  // Assigned once Apollo Server has started, before the server listens.
  let direct: ReturnType<typeof graphqlFirst> | undefined;
  const httpServer: Server = createServer((req, res) => (direct ?? app)(req, res));
  keepConnectionsAlive(httpServer);
  const server = new ApolloServer<Ctx>({
    schema: buildSubgraphSchema([{ typeDefs: parse(options.typeDefs), resolvers: options.resolvers }]),
    introspection: options.introspection,
    // Without introspection, error messages do not suggest field names either.
    hideSchemaDetailsFromClientErrors: !options.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // runService owns SIGTERM: Apollo's own handler would re-raise it when the HTTP drain
    // ends and kill the process before events in hand, the outbox and NATS are closed.
    stopOnTerminationSignals: false,
    formatError,
    // Cache control is on by default and wraps every field's resolution for hints nothing here sets.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      metricsPlugin(options.metrics),
      ...(tracing.enabled ? [caseHeaderPlugin(tracing), operationNamePlugin()] : []),
      ...(options.plugins ?? []),
    ],
    logger: options.log,
  });
  await server.start();
  let draining = false;
  mountOperationalRoutes(app, options.metrics, options.readiness, () => draining);
  options.routes?.(app);
  if (options.routerSecret) app.use("/graphql", requireRouterSecret(options.routerSecret));
  app.use(
    "/graphql",
    express.json({ limit: BODY_LIMIT }),
    ...(tracing.enabled ? [traceRequests(tracing)] : []),
    expressMiddleware(server, { context: ({ req }) => context(req) }),
  );
  app.use(clientErrors);
  if (!tracing.enabled) {
    direct = graphqlFirst("/graphql", app, {
      server,
      context,
      admits: secret ? (req) => secret(req.headers[ROUTER_SECRET_HEADER]) : () => true,
      limitBytes: BODY_LIMIT_BYTES,
      log: options.log,
    });
  }
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const url = `http://${options.host}:${options.port}/graphql`;
  return {
    url,
    async stop() {
      draining = true;
      await server.stop();
    },
  };
}
