import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { repoRoot } from "./schemas.ts";

export const read = (path: string) => readFileSync(join(repoRoot, path), "utf8");
export const exists = (path: string) => existsSync(join(repoRoot, path));

/** Every document of a YAML file, with `<<` merge keys applied (compose uses them). */
export function readYaml<T = any>(path: string): T[] {
  return parseAllDocuments(read(path), { merge: true }).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${path}: ${doc.errors[0]!.message}`);
    return doc.toJS({ maxAliasCount: -1 }) as T;
  });
}
