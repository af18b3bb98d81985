import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * A working copy of the repository to scaffold into: its files (tracked, and new ones not
 * ignored), the generated Prisma clients, and a node_modules whose entries link to the
 * original's, except `@supergraph/*`, which link to the copy's own workspaces so that the
 * copy's topology and contexts are the ones imported.
 */
export function copyTree(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), "new-context-"));
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const path of new Set(listed.stdout.split("\0").filter(Boolean))) {
    if (!existsSync(join(root, path))) continue; // deleted in the working tree
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    cpSync(join(root, path), join(copy, path));
  }
  for (const context of readdirSync(join(root, "subgraphs"))) {
    const client = join("subgraphs", context, "src", "infra", "prisma-client");
    if (existsSync(join(root, client))) cpSync(join(root, client), join(copy, client), { recursive: true });
  }
  mkdirSync(join(copy, "node_modules", "@supergraph"), { recursive: true });
  for (const entry of readdirSync(join(root, "node_modules"))) {
    if (entry !== "@supergraph") symlinkSync(join(root, "node_modules", entry), join(copy, "node_modules", entry));
  }
  for (const workspace of workspaces(copy)) {
    const { name } = JSON.parse(readFileSync(join(copy, workspace, "package.json"), "utf8")) as { name: string };
    symlinkSync(join(copy, workspace), join(copy, "node_modules", name));
  }
  return copy;
}

/** The workspace folders the root package.json names (`packages/*` and the like). */
function workspaces(root: string): string[] {
  const patterns = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { workspaces: string[] }).workspaces;
  return patterns.flatMap((pattern) =>
    pattern.endsWith("/*")
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory() && existsSync(join(root, pattern.slice(0, -2), d.name, "package.json")))
          .map((d) => `${pattern.slice(0, -2)}/${d.name}`)
      : [pattern],
  );
}
