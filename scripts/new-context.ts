/**
 * Scaffolds a bounded context that composes, starts and passes its tests before a line of
 * its own logic is written (`npm run new-context -- <name> --system <system>`):
 *   npx tsx scripts/new-context.ts <name> --system <system> [--port N] [--thing <singular>] [--description "..."]
 * It writes subgraphs/<name>/ and prisma/<name>/ (with the first migration) and the
 * context's event contracts in packages/contracts, from scripts/new-context/templates;
 * declares the context in packages/platform/src/topology.ts; then regenerates what follows
 * from the declarations: SDL types, deployment files and the supergraph.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { CONTEXTS, ROUTER_PORT, SYSTEMS, type SystemName } from "@supergraph/platform/topology";
import { fill, namesOf, type Names } from "./new-context/names.ts";
import { choosePort, withCodegenModel, withContractsExport, withEntry } from "./new-context/entries.ts";

const root = resolve(import.meta.dirname, "..");
const templates = join(import.meta.dirname, "new-context", "templates");

function usage(problem: string): never {
  console.error(`${problem}\nusage: npx tsx scripts/new-context.ts <name> --system <${SYSTEMS.join("|")}> [--port N] [--thing <singular>] [--description "..."]`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { system: { type: "string" }, port: { type: "string" }, thing: { type: "string" }, description: { type: "string" } },
});
const [name, ...extra] = positionals;
if (!name || extra.length > 0) usage("give one context name");
if (!values.system || !(SYSTEMS as readonly string[]).includes(values.system)) usage(`--system must be one of ${SYSTEMS.join(", ")}`);
if (values.port !== undefined && !/^\d+$/.test(values.port)) usage("--port must be a number");
if (CONTEXTS.some((c) => c.name === name)) usage(`${name} is declared already`);
if (values.description !== undefined && !/^[^"\\`\n]+$/.test(values.description)) usage("--description: one line, without quotes or backslashes");

let names: Names;
let port: number;
try {
  names = namesOf(name, values.thing);
  port = choosePort(CONTEXTS, ROUTER_PORT, values.port === undefined ? undefined : Number(values.port));
} catch (error) {
  usage((error as Error).message);
}
const system = values.system as SystemName;
const description = values.description ?? `${name.replace(/-/g, " ")} of the ${system} system`;

/** Every template file under `dir`, as (path in the tree, text), both filled in. */
function render(dir: string): [string, string][] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".tpl"))
    .map((e) => {
      const source = join(e.parentPath, e.name);
      const path = fill(relative(templates, source).replace(/\.tpl$/, ""), { ...names }, source);
      return [path, fill(readFileSync(source, "utf8"), { ...names, port: String(port), system, description }, source)];
    });
}

const files = render(templates);
const present = files.map(([path]) => path).filter((path) => existsSync(join(root, path)));
if (present.length > 0) usage(`refusing to overwrite: ${present.join(", ")}`);
for (const [path, text] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const edit = (path: string, change: (text: string) => string) => writeFileSync(join(root, path), change(readFileSync(join(root, path), "utf8")));
edit("packages/platform/src/topology.ts", (text) => withEntry(text, { name, port, system, description }));
edit("packages/contracts/src/index.ts", (text) => withContractsExport(text, names));
if (existsSync(join(root, "scripts", "codegen.ts"))) edit("scripts/codegen.ts", (text) => withCodegenModel(text, names));

/** The generators run as processes of their own, so each reads the topology as it is now. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(join(root, "node_modules", ".bin", "tsx"), [script, ...args], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${script} ${args.join(" ")} failed (exit ${result.status})`);
}
run("scripts/prisma.ts", "migration", name, "init");
run("scripts/deploy-manifests.ts");
run("scripts/compose.ts");
// After composing: the web client's enums come from the supergraph.
if (existsSync(join(root, "scripts", "codegen.ts"))) run("scripts/codegen.ts");

console.log(`
${name} declared on port ${port} (${system}), with ${files.length} files of its own:
${files.map(([path]) => `  ${path}`).join("\n")}
Next: its SDL (subgraphs/${name}/schema.graphql), its decider (src/domain/${names.thing}.ts),
its events (packages/contracts/src/${name}.ts), its policies, its Prisma schema; then
  npx tsx scripts/prisma.ts migration ${name} <change>   after a Prisma schema change
  npx tsx scripts/compose.ts && npx tsx scripts/codegen.ts   after an SDL change
  npm install   so package-lock.json knows the new workspace (npm ci refuses it otherwise)`);
