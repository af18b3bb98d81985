import type { ContextDeclaration, SystemName } from "@supergraph/platform/topology";

/** What the scaffold declares of a new context; the rest of its entry starts at the defaults. */
export interface NewEntry {
  readonly name: string;
  readonly port: number;
  readonly system: SystemName;
  readonly description: string;
}

/** The first port after every declared one (the router's excepted), unless `wanted` is free. */
export function choosePort(contexts: readonly ContextDeclaration[], routerPort: number, wanted?: number): number {
  const taken = new Set([routerPort, ...contexts.map((c) => c.port)]);
  if (wanted !== undefined) {
    if (taken.has(wanted)) throw new Error(`port ${wanted} is taken (router ${routerPort}, contexts ${[...taken].sort().join(", ")})`);
    return wanted;
  }
  let port = Math.max(...taken) + 1;
  while (taken.has(port)) port++;
  return port;
}

/**
 * topology.ts with the new context's entry added at the end of CONTEXTS, written as the
 * others are; it reads through SQL only (`prisma: false`) until its author says otherwise.
 */
export function withEntry(topology: string, entry: NewEntry): string {
  const start = topology.indexOf("export const CONTEXTS: readonly ContextDeclaration[] = [");
  const end = start < 0 ? -1 : topology.indexOf("\n];", start);
  if (end < 0) throw new Error("packages/platform/src/topology.ts: no CONTEXTS array found to add the context to");
  const text = [
    "  {",
    `    name: ${JSON.stringify(entry.name)},`,
    `    port: ${entry.port},`,
    `    system: ${JSON.stringify(entry.system)},`,
    `    description: ${JSON.stringify(entry.description)},`,
    "    scaling: SMALL,",
    "    prisma: false,",
    "  },",
  ].join("\n");
  return `${topology.slice(0, end)}\n${text}${topology.slice(end)}`;
}

/** packages/contracts/src/index.ts with the new publisher's contracts exported beside the others. */
export function withContractsExport(index: string, names: { name: string; nameCamel: string }): string {
  const line = `export * as ${names.nameCamel} from "./${names.name}.ts";`;
  if (index.includes(line)) return index;
  return `${index.trimEnd()}\n${line}\n`;
}

/**
 * scripts/codegen.ts with the new context's entity mapped to its domain type, so the
 * generated resolver types take and give the domain's entity (dates as Date, the owner as
 * an id); unchanged when codegen keeps no such map.
 */
export function withCodegenModel(codegen: string, names: { name: string; thing: string; Thing: string }): string {
  const start = codegen.indexOf("const MODELS");
  const end = start < 0 ? -1 : codegen.indexOf("\n};", start);
  if (end < 0) return codegen;
  const key = /^[a-z]\w*$/.test(names.name) ? names.name : JSON.stringify(names.name);
  return `${codegen.slice(0, end)}\n  ${key}: { ${names.Thing}: "../domain/${names.thing}.ts#${names.Thing}" },${codegen.slice(end)}`;
}
