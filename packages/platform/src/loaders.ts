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
