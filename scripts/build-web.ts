/**
 * Builds the two browser bundles the router serves, with esbuild, offline:
 *   router/explorer/ -> router/dist/explorer/   GraphiQL (the explorer), at /graphql and /explorer
 *   web/             -> web/dist/               the live web client, at /app
 * Incremental: a bundle is rebuilt only when its sources, this script or the installed
 * packages changed (a hash stamp in the output, as scripts/prisma.ts does for clients), so
 * `npm start` and `npm test` can run it every time.
 *   tsx scripts/build-web.ts [--force]
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, stop, type BuildOptions, type Plugin } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const STAMP = ".build-hash";

interface Bundle {
  name: string;
  /** Source folder: everything in it goes into the hash; its index.html is the page. */
  source: string;
  out: string;
  builds: (assets: string) => BuildOptions[];
}

/** Settings every browser build shares. */
const browser: BuildOptions = {
  bundle: true,
  minify: true,
  sourcemap: "linked",
  target: ["es2022", "chrome111", "firefox111", "safari16.4"],
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "linked",
  logLevel: "warning",
};

/**
 * GraphiQL's stylesheet already holds Monaco's CSS (and its icon font as a data URL), so the
 * CSS files Monaco's ESM modules import one by one are left out rather than shipped twice.
 */
const withoutMonacoCss: Plugin = {
  name: "without-monaco-css",
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]monaco-editor[\\/]/.test(args.importer) ? { path: args.path, namespace: "monaco-css" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "monaco-css" }, () => ({ contents: "", loader: "css" }));
  },
};

/**
 * GraphiQL takes prettier's parsers from the legacy `prettier/parser-*` paths, which are UMD
 * files; imported from an ES module package, esbuild (like Node) gives them a `default`
 * export only, and prettify fails ("Couldn't resolve parser"). Their ES module twins under
 * `prettier/plugins/*` export `parsers` by name (and are already in the bundle).
 */
const prettierParsersAsModules: Plugin = {
  name: "prettier-parsers-as-modules",
  setup(build) {
    build.onResolve({ filter: /^prettier\/parser-[a-z]+$/ }, (args) =>
      build.resolve(args.path.replace("/parser-", "/plugins/"), { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer }),
    );
  },
};

export const BUNDLES: readonly Bundle[] = [
  {
    name: "explorer",
    source: "router/explorer",
    out: "router/dist/explorer",
    builds: (assets) => [
      {
        ...browser,
        // Nearly all of it is GraphiQL and Monaco: maps of their minified code would be
        // ~25 MB nobody reads.
        sourcemap: false,
        entryPoints: { explorer: join(root, "router/explorer/src/main.tsx") },
        outdir: assets,
        format: "esm",
        // Monaco and prettier are imported lazily by GraphiQL: separate chunks, loaded on demand.
        splitting: true,
        chunkNames: "chunks/[name]-[hash]",
        loader: { ".ttf": "file", ".woff": "file", ".woff2": "file" },
        plugins: [withoutMonacoCss, prettierParsersAsModules],
      },
      {
        ...browser,
        sourcemap: false,
        entryPoints: Object.fromEntries(
          ["editor", "json", "graphql"].map((w) => [`workers/${w}.worker`, join(root, `router/explorer/src/workers/${w}.worker.ts`)]),
        ),
        outdir: assets,
        // Classic workers: `new Worker(url)` works in every browser without `type: "module"`.
        format: "iife",
      },
    ],
  },
  {
    name: "web",
    source: "web",
    out: "web/dist",
    builds: (assets) => [
      {
        ...browser,
        entryPoints: { app: join(root, "web/src/main.tsx") },
        outdir: assets,
        format: "esm",
      },
    ],
  },
];

function filesUnder(dir: string, skip: (path: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (skip(path)) return [];
      return entry.isDirectory() ? filesUnder(path, skip) : [path];
    })
    .sort();
}

/** What a bundle is made of: its sources, this script, and the installed packages. */
function sourceHash(bundle: Bundle): string {
  const source = join(root, bundle.source);
  const out = join(root, bundle.out);
  const skip = (path: string) => path === out || path.startsWith(`${out}/`) || /[\\/]node_modules$/.test(path);
  const hash = createHash("sha256");
  for (const file of [...filesUnder(source, skip), join(root, "scripts/build-web.ts"), join(root, "node_modules/.package-lock.json")]) {
    if (!existsSync(file)) continue;
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export interface BuiltBundle {
  name: string;
  out: string;
  built: boolean;
  /** Output files (not source maps or licences) and their sizes in bytes. */
  files: { path: string; bytes: number }[];
}

function outputFiles(out: string): BuiltBundle["files"] {
  if (!existsSync(out)) return [];
  return filesUnder(out, (p) => /[\\/]\.(next|previous)$/.test(p))
    .filter((p) => !/\.(map|LEGAL\.txt)$/.test(p) && !p.endsWith(STAMP))
    .map((p) => ({ path: relative(out, p), bytes: statSync(p).size }));
}

async function buildBundle(bundle: Bundle, force: boolean): Promise<BuiltBundle> {
  const out = join(root, bundle.out);
  const hash = sourceHash(bundle);
  const stamp = join(out, STAMP);
  if (!force && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) {
    return { name: bundle.name, out, built: false, files: outputFiles(out) };
  }
  // Built aside inside the output folder (so on the same disk, and as ignored by git),
  // then swapped in by renames, so a running router never serves half a build.
  const staging = join(out, ".next");
  const previous = join(out, ".previous");
  for (const dir of [staging, previous]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const options of bundle.builds(join(staging, "assets"))) await build(options);
  copyFileSync(join(root, bundle.source, "index.html"), join(staging, "index.html"));
  if (existsSync(join(out, "assets"))) renameSync(join(out, "assets"), previous);
  renameSync(join(staging, "assets"), join(out, "assets"));
  renameSync(join(staging, "index.html"), join(out, "index.html"));
  writeFileSync(stamp, hash);
  for (const dir of [staging, previous]) rmSync(dir, { recursive: true, force: true });
  return { name: bundle.name, out, built: true, files: outputFiles(out) };
}

/**
 * Builds every bundle whose sources changed (all of them with `force`). esbuild's service
 * process (~370 MB after these builds) would otherwise stay alive as long as the caller,
 * which for `npm start` is the whole run: it is stopped once the builds are done.
 */
export async function buildWeb(options: { force?: boolean } = {}): Promise<BuiltBundle[]> {
  const results: BuiltBundle[] = [];
  try {
    for (const bundle of BUNDLES) results.push(await buildBundle(bundle, options.force ?? false));
  } finally {
    await stop();
  }
  return results;
}

/** Whether every bundle has been built at least once (its page is there), stale or not. */
export function bundlesBuilt(): boolean {
  return BUNDLES.every((bundle) => existsSync(join(root, bundle.out, "index.html")));
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const started = Date.now();
  const verbose = process.argv.includes("--sizes");
  const results = await buildWeb({ force: process.argv.includes("--force") });
  for (const result of results) {
    const total = result.files.reduce((sum, f) => sum + f.bytes, 0);
    console.log(`${result.name}: ${result.built ? "built" : "up to date"} in ${relative(root, result.out)} (${result.files.length} files, ${kib(total)})`);
    if (verbose) for (const f of result.files) console.log(`  ${f.path.padEnd(48)} ${kib(f.bytes).padStart(12)}`);
  }
  if (results.some((r) => r.built)) console.log(`web bundles ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
