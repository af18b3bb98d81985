/**
 * Embedded PostgreSQL for `npm start`: one PGlite database per context, each served on a
 * local TCP port by pglite-socket, so subgraphs use the same `pg` driver, Prisma adapter
 * and migrations as they do against a real server.
 *
 * Found with @electric-sql/pglite 0.5.14 and @electric-sql/pglite-socket 0.2.17, checked
 * through `pg` 8.23 and the generated Prisma 6.19 client (pool of 5, transactions, advisory
 * locks, enums, JSONB, ON CONFLICT, interactive `$transaction`: all work):
 * - PGlite is a single PostgreSQL session. The socket server multiplexes clients onto it,
 *   but accepts only `maxConnections` of them (default 1: a larger `pg` pool gets ECONNRESET
 *   and "Connection terminated unexpectedly" on its extra connections); raised here.
 * - The stock query queue hands the session over between clients per protocol message and
 *   pins it to one client only inside an explicit transaction. `pg` sends every query with
 *   parameters as one Parse/Bind/Describe/Execute/Sync batch, and a batch that reaches the
 *   server in more than one TCP read can be interleaved with another client's batch: the
 *   second Parse replaces the unnamed statement, the first client's Bind runs against it
 *   (reproduced with raw sockets). A single failure inside the queue also stops it for good,
 *   and its clean-up after a lost client runs `db.exec("ROLLBACK")`, whose answer PGlite
 *   writes to the last client served (see {@link discard}). Known upstream:
 *   electric-sql/pglite#1046 and #985 (open), fixes proposed in #977 and #1094.
 *   Workaround: {@link SessionTurns} replaces the server's queue. A client keeps the session
 *   from its first message until PGlite is idle again (after Sync, a simple Query or the
 *   startup message, outside a transaction); a failure resets the session and moves on.
 * - Whole transactions therefore run one after another: correct, but serial. A client idle
 *   in a transaction holds back every other client of that database, so code inside an
 *   interactive transaction must not wait for a query on another connection (it would wait
 *   until the transaction times out), and a transaction spanning a network call stalls the
 *   database for as long.
 * - All clients share one session, so session-level state is shared: `pg_advisory_lock`
 *   from one connection does not block another (the session already holds it), `SET`
 *   without LOCAL and named prepared statements leak across connections. Transaction-level
 *   locks (`pg_try_advisory_xact_lock`) still exclude, since transactions never overlap.
 *   This is sound with one process per database, which is how `npm start` runs.
 * - Connections add no parallelism; a pool of 5 per subgraph (EMBEDDED_POOL_SIZE) keeps
 *   waiting inside the server rather than in the pool, within the limit set here.
 * - Every database runs on the thread of the process that starts them. Five take about
 *   1 GB of memory, about 20 s on first start (initdb) and 2 s afterwards.
 */
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** Pool size a subgraph should use against an embedded database. */
export const EMBEDDED_POOL_SIZE = 5;

/** Clients one embedded database accepts: a subgraph's pool plus room for scripts and psql. */
const MAX_CONNECTIONS = 20;

const HOST = "127.0.0.1";

export interface EmbeddedPostgresOptions {
  /** Parent folder; each context's database persists in `<dataDir>/<context>`. */
  dataDir: string;
  contexts: readonly string[];
  /** The first context listens on this port, the next one on the port after, and so on. */
  basePort: number;
}

export interface EmbeddedPostgres {
  /** `postgresql://` URL of each context's database, by context name. */
  urls: Record<string, string>;
  stop(): Promise<void>;
}

/** One protocol exchange from a client, waiting for its turn on the session. */
interface Turn {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
}

const SYNC = Uint8Array.of(0x53, 0, 0, 0, 4);

/**
 * Output of the session's own clean-up. It must go through execProtocolRawStream with a
 * callback of its own: PGlite keeps the last stream's callback, and execProtocolRaw (like
 * `exec`/`query`) would write its answer into the socket of the last client served.
 */
const discard = (): void => undefined;

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`);
  const message = Buffer.alloc(5 + text.length);
  message.write("Q", 0);
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}

/**
 * Whether this message ends a client's exchange (PGlite then answers ReadyForQuery, or for
 * Terminate nothing): Sync, simple Query, function call, Terminate, or the startup message
 * (no type byte; the first byte of its length is 0).
 */
function endsExchange(message: Uint8Array): boolean {
  const type = message[0];
  return type === 0 || type === 0x53 || type === 0x51 || type === 0x46 || type === 0x58;
}

/**
 * Gives the single PGlite session to one client at a time, for a whole exchange (and a
 * whole transaction). Implements what pglite-socket's handlers call on their queue.
 */
class SessionTurns {
  readonly #db: PGlite;
  #queue: Turn[] = [];
  #owner: number | null = null;
  #draining = false;

  constructor(db: PGlite) {
    this.#db = db;
  }

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ handlerId, message, onData, resolve, reject });
      void this.#drain();
    });
  }

  getQueueLength(): number {
    return this.#queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    const dropped = this.#queue.filter((t) => t.handlerId === handlerId);
    this.#queue = this.#queue.filter((t) => t.handlerId !== handlerId);
    for (const turn of dropped) turn.reject(new Error("client disconnected"));
  }

  /** Called when a client goes away: whatever it left half done must not block the others. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    await this.#reset(handlerId);
    void this.#drain();
  }

  #next(): Turn | undefined {
    const index = this.#owner === null ? 0 : this.#queue.findIndex((t) => t.handlerId === this.#owner);
    return index < 0 ? undefined : this.#queue.splice(index, 1)[0];
  }

  async #drain(): Promise<void> {
    if (this.#draining) return;
    this.#draining = true;
    try {
      for (let turn = this.#next(); turn; turn = this.#next()) {
        this.#owner = turn.handlerId;
        await this.#run(turn);
      }
    } finally {
      this.#draining = false;
    }
  }

  async #run(turn: Turn): Promise<void> {
    let bytes = 0;
    try {
      // The owner changes inside the exclusive section so a concurrent reset sees a settled owner.
      await this.#db.runExclusive(async () => {
        await this.#db.execProtocolRawStream(turn.message, {
          onRawData: (data) => {
            bytes += data.length;
            turn.onData(data);
          },
        });
        if (endsExchange(turn.message) && !this.#db.isInTransaction()) this.#owner = null;
      });
      turn.resolve(bytes);
    } catch (error) {
      turn.reject(error instanceof Error ? error : new Error(String(error)));
      await this.#reset(turn.handlerId);
    }
  }

  /** Ends a half-sent batch (Sync) and an open transaction of `handlerId`, then frees the session. */
  async #reset(handlerId: number): Promise<void> {
    await this.#db
      .runExclusive(async () => {
        if (this.#owner !== handlerId) return;
        this.#owner = null;
        await this.#db.execProtocolRawStream(SYNC, { onRawData: discard });
        if (this.#db.isInTransaction()) await this.#db.execProtocolRawStream(simpleQuery("ROLLBACK"), { onRawData: discard });
      })
      .catch(() => undefined); // a closed database has nothing left to reset
  }
}

/** Fails early, naming the port, rather than after opening the databases. */
function ensurePortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `port ${port} is in use (another \`npm start\` still running?); the embedded databases need ports from ${port}`
            : `cannot listen on ${HOST}:${port}: ${error.message}`,
        ),
      ),
    );
    probe.listen(port, HOST, () => probe.close(() => resolve()));
  });
}

interface RunningDatabase {
  db: PGlite;
  server: PGLiteSocketServer;
}

async function startOne(dir: string, port: number): Promise<RunningDatabase> {
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir);
  const server = new PGLiteSocketServer({ db, host: HOST, port, maxConnections: MAX_CONNECTIONS });
  if (!("queryQueue" in server)) {
    await db.close();
    throw new Error("pglite-socket changed: PGLiteSocketServer has no queryQueue to replace; recheck scripts/embedded-postgres.ts");
  }
  (server as unknown as { queryQueue: SessionTurns }).queryQueue = new SessionTurns(db);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, server };
}

async function stopOne({ db, server }: RunningDatabase): Promise<void> {
  await server.stop();
  await db.close();
}

/**
 * Starts one persistent PGlite per context on consecutive local ports and returns their
 * URLs. `stop()` closes the sockets, then the databases (which flushes them to disk).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const ports = options.contexts.map((_, i) => options.basePort + i);
  for (const port of ports) await ensurePortFree(port);

  const running: RunningDatabase[] = [];
  const urls: Record<string, string> = {};
  try {
    // One after another: PGlite's first start runs initdb, which is heavy on memory.
    for (const [i, context] of options.contexts.entries()) {
      const port = ports[i]!;
      running.push(await startOne(join(options.dataDir, context), port));
      urls[context] = `postgresql://postgres@${HOST}:${port}/postgres`;
    }
  } catch (error) {
    await Promise.allSettled(running.map(stopOne));
    throw error;
  }

  return {
    urls,
    async stop() {
      const results = await Promise.allSettled(running.map(stopOne));
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failed.length > 0) throw new AggregateError(failed.map((f) => f.reason), "some embedded databases did not stop cleanly");
    },
  };
}
