import DataLoader from "dataloader";

/**
 * A per-request DataLoader of entities by id: one query for all references of a request
 * (federation `_entities` batches), `null` for ids that do not exist.
 */
export function entityLoader<T>(fetchMany: (ids: readonly string[]) => Promise<T[]>, idOf: (entity: T) => string): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await fetchMany(ids)).map((e) => [idOf(e), e]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Most ids in one statement of {@link sharedLookup}; more go in further statements. */
const LOOKUP_BATCH = 200;

interface Waiting<T> {
  ids: readonly string[];
  resolve: (found: T[]) => void;
  reject: (error: unknown) => void;
}

/**
 * `fetchMany` shared by the concurrent requests of one process: the ids asked for until the
 * event loop's current round of I/O is handled (`setImmediate`) go to the database in one
 * statement, and each caller gets the entities of its own ids. Under load, requests that
 * arrive together then cost one round trip to PostgreSQL instead of one each: the pool
 * checkout, the extended-protocol exchange and the socket writes were the largest part of a
 * subgraph request's CPU (docs/performance.md, round four). Nothing is cached: a lookup is
 * only ever sent after it was asked for, so a read still sees every write committed before it.
 * Give it to {@link entityLoader}, which keeps its per-request cache and batching.
 */
export function sharedLookup<T>(fetchMany: (ids: readonly string[]) => Promise<T[]>, idOf: (entity: T) => string): (ids: readonly string[]) => Promise<T[]> {
  let waiting: Waiting<T>[] = [];

  const send = (batch: Waiting<T>[], ids: string[]) => {
    fetchMany(ids).then(
      (rows) => {
        const found = new Map(rows.map((e) => [idOf(e), e]));
        for (const w of batch) {
          const mine: T[] = [];
          for (const id of w.ids) {
            const entity = found.get(id);
            if (entity !== undefined) mine.push(entity);
          }
          w.resolve(mine);
        }
      },
      (error: unknown) => {
        for (const w of batch) w.reject(error);
      },
    );
  };

  const flush = () => {
    const all = waiting;
    waiting = [];
    let batch: Waiting<T>[] = [];
    let ids = new Set<string>();
    for (const w of all) {
      if (ids.size > 0 && ids.size + w.ids.length > LOOKUP_BATCH) {
        send(batch, [...ids]);
        batch = [];
        ids = new Set();
      }
      batch.push(w);
      for (const id of w.ids) ids.add(id);
    }
    if (batch.length > 0) send(batch, [...ids]);
  };

  return (ids) =>
    new Promise<T[]>((resolve, reject) => {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ ids, resolve, reject });
    });
}
