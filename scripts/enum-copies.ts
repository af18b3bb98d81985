/**
 * Finds every copy of a subgraph's enum outside its SDL and what it should hold, for
 * scripts/enums.test.ts. The owner of an enum is the subgraph whose `schema.graphql` defines
 * it; its copies are found by name (a Prisma enum, an enum in `router/live.graphql` or in
 * another subgraph's SDL, a TypeScript union or `z.enum` or const object of that name in the
 * code) or declared below when they go by another name. Composition does not catch these:
 * Federation merges an output enum's values across subgraphs instead of refusing a drift.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CONTEXTS } from "@supergraph/platform/topology";
import { Kind, parse } from "graphql";

/** A copy that goes by another name than its owner, or leaves some of its values out on purpose. */
export interface DeclaredCopy {
  /** `<context>.<Enum>`: the enum in subgraphs/<context>/schema.graphql. */
  readonly owner: string;
  /** Repository-relative file of the copy. */
  readonly file: string;
  readonly name: string;
  /** Values of the owner the copy never holds, and why; the rest it must hold exactly. */
  readonly omits?: { readonly values: readonly string[]; readonly because: string };
}

export const DECLARED_COPIES: readonly DeclaredCopy[] = [
  { owner: "lectures.LectureStatus", file: "prisma/registrations/schema.prisma", name: "OfferedLectureStatus" },
];

/** One copy, the values it holds, and the values it should hold. */
export interface EnumCheck {
  /** `<file> <name>`, e.g. `prisma/views/schema.prisma RegistrationStatus`. */
  readonly copy: string;
  /** `<file> <name>` of the enum it copies. */
  readonly of: string;
  readonly actual: readonly string[];
  readonly expected: readonly string[];
}

/** Reads a repository-relative file (or undefined when it does not exist). */
export type ReadFile = (path: string) => string | undefined;

interface Found {
  readonly file: string;
  readonly name: string;
  readonly values: readonly string[];
}

const at = (f: { file: string; name: string }) => `${f.file} ${f.name}`;
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** The enums of an SDL file, by name (an `extend enum` adds its values). */
export function sdlEnums(file: string, text: string): Found[] {
  const values = new Map<string, string[]>();
  for (const d of parse(text).definitions) {
    if (d.kind !== Kind.ENUM_TYPE_DEFINITION && d.kind !== Kind.ENUM_TYPE_EXTENSION) continue;
    values.set(d.name.value, [...(values.get(d.name.value) ?? []), ...(d.values ?? []).map((v) => v.name.value)]);
  }
  return [...values].map(([name, v]) => ({ file, name, values: v }));
}

/** The enums of a Prisma schema (comments and `@@` attributes skipped; a value's `@map` keeps its name). */
export function prismaEnums(file: string, text: string): Found[] {
  return [...text.replace(/\/\/.*$/gm, "").matchAll(/^\s*enum\s+(\w+)\s*\{([^}]*)\}/gm)].map((m) => ({
    file,
    name: m[1]!,
    values: m[2]!
      .split("\n")
      .map((line) => line.trim().split(/\s+/)[0] ?? "")
      .filter((value) => value !== "" && !value.startsWith("@")),
  }));
}

/**
 * TypeScript copies named like an enum in `names`: `type X = "A" | "B"`, `const X = z.enum([...])`
 * and `const X = { KEY: "A", ... }` (its values). Other TypeScript names are not copies.
 */
export function typescriptEnums(file: string, text: string, names: ReadonlySet<string>): Found[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  const literals = (s: string) => [...s.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  const found: Found[] = [];
  for (const m of code.matchAll(/\btype\s+(\w+)\s*=\s*((?:\s*\|?\s*"[^"]*")+)\s*;/g)) found.push({ file, name: m[1]!, values: literals(m[2]!) });
  for (const m of code.matchAll(/\bconst\s+(\w+)\s*=\s*z\.enum\(\s*\[([^\]]*)\]/g)) found.push({ file, name: m[1]!, values: literals(m[2]!) });
  for (const m of code.matchAll(/\bconst\s+(\w+)\s*=\s*\{([^{}]*)\}\s*as\s+const/g)) {
    found.push({ file, name: m[1]!, values: [...m[2]!.matchAll(/:\s*"([^"]*)"/g)].map((v) => v[1]!) });
  }
  return found.filter((f) => names.has(f.name));
}

/** Code that may hold a copy: every package, context, the router and the web client, but not generated code or tests. */
export function codeFiles(root: string): string[] {
  const roots = ["packages", "subgraphs", "router/src", "web/src"];
  const skip = new Set(["node_modules", "generated", "prisma-client", "dist"]);
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(join(root, dir))) return;
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skip.has(entry.name)) walk(path);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        files.push(path);
      }
    }
  };
  roots.forEach(walk);
  return files.sort();
}

export interface EnumCopies {
  readonly checks: EnumCheck[];
  /** Copies with no owner to compare with (an undeclared read-model enum, a declaration gone stale). */
  readonly problems: string[];
}

/** Every copy of every subgraph enum in the repository, against its owner. */
export function enumCopies(read: ReadFile, code: readonly string[], declared: readonly DeclaredCopy[] = DECLARED_COPIES): EnumCopies {
  const checks: EnumCheck[] = [];
  const problems: string[] = [];
  const must = (path: string) => {
    const text = read(path);
    if (text === undefined) throw new Error(`${path} is missing`);
    return text;
  };

  const subgraph = new Map(CONTEXTS.map((c) => [c.name, sdlEnums(`subgraphs/${c.name}/schema.graphql`, must(`subgraphs/${c.name}/schema.graphql`))]));
  const isDeclared = (f: Found) => declared.some((d) => d.file === f.file && d.name === f.name);
  const owners = new Map<string, Found>();
  for (const found of [...subgraph.values()].flat().filter((f) => !isDeclared(f))) {
    const first = owners.get(found.name);
    // Two subgraphs may share an enum (a Federation value type); then each copies the first.
    if (first) checks.push({ copy: at(found), of: at(first), actual: sorted(found.values), expected: sorted(first.values) });
    else owners.set(found.name, found);
  }
  const ownerNamed = (qualified: string) => {
    const [context, name] = qualified.split(".");
    return subgraph.get(context ?? "")?.find((f) => f.name === name);
  };

  const copies: Found[] = [
    ...[...subgraph.values()].flat().filter(isDeclared),
    ...CONTEXTS.flatMap((c) => {
      const file = `prisma/${c.name}/schema.prisma`;
      const text = read(file);
      return text === undefined ? [] : prismaEnums(file, text);
    }),
    ...sdlEnums("router/live.graphql", must("router/live.graphql")),
    ...code.flatMap((file) => typescriptEnums(file, must(file), new Set([...owners.keys(), ...declared.map((d) => d.name)]))),
  ];
  // A copy of a declared copy (views' Prisma enum of views' SDL enum) compares with that copy.
  const byName = new Map([...owners, ...[...subgraph.values()].flat().filter(isDeclared).map((f) => [f.name, f] as const)]);

  for (const copy of copies) {
    const declaration = declared.find((d) => d.file === copy.file && d.name === copy.name);
    if (declaration) {
      const owner = ownerNamed(declaration.owner);
      if (!owner) {
        problems.push(`${at(copy)} is declared a copy of ${declaration.owner}, which no subgraph SDL defines`);
        continue;
      }
      const omitted = new Set(declaration.omits?.values ?? []);
      checks.push({ copy: at(copy), of: at(owner), actual: sorted(copy.values), expected: sorted(owner.values.filter((v) => !omitted.has(v))) });
      continue;
    }
    const original = byName.get(copy.name);
    if (original && original !== copy) checks.push({ copy: at(copy), of: at(original), actual: sorted(copy.values), expected: sorted(original.values) });
    else if (!original) problems.push(`${at(copy)} copies no subgraph enum of that name: declare what it copies in DECLARED_COPIES (scripts/enum-copies.ts)`);
  }
  for (const d of declared) {
    if (!copies.some((c) => c.file === d.file && c.name === d.name)) problems.push(`DECLARED_COPIES names ${d.file} ${d.name}, which does not exist`);
  }
  return { checks, problems };
}
