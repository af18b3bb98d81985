import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeSupergraph } from "@supergraph/router/src/compose.ts";
import { repoRoot } from "./processes.ts";

/**
 * A supergraph of only some contexts, in a temporary file for the router's SUPERGRAPH_PATH.
 * The committed one names every subgraph: a router given it while some are not started would
 * plan their fields to their default local URLs, which may be a developer's `npm start`.
 */
export class PartialSupergraph {
  private constructor(
    private readonly dir: string,
    readonly path: string,
  ) {}

  static write(contexts: readonly string[]): PartialSupergraph {
    const dir = mkdtempSync(join(tmpdir(), "supergraph-"));
    const path = join(dir, "supergraph.graphql");
    writeFileSync(path, composeSupergraph(repoRoot, contexts));
    return new PartialSupergraph(dir, path);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
