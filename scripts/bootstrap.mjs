// `npm start` and `npm test` after a fresh clone: checks Node, installs what is missing,
// generates the Prisma clients, then runs scripts/start.ts or scripts/test.ts.
//   node scripts/bootstrap.mjs start|test [arguments for the script]
// It runs before `npm install`, so it uses Node's built-in modules only (and tsx once installed).
// start.ts runs in this very process (tsx's loader registered here), so no wrapper process
// idles beside the stack for the whole run; it is told when `npm start` began
// (SUPERGRAPH_STARTED_AT) and how long an install took (SUPERGRAPH_INSTALL_MS), so its ready
// line counts from the command the user typed.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const scripts = { start: "scripts/start.ts", test: "scripts/test.ts" };

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node ${process.versions.node} is too old: this project needs Node 20.19 or later (20, 22 or 24).`);
  }
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

function run(command, args) {
  // npm is npm.cmd on Windows, which only a shell can run.
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" && command === "npm" });
  if (result.error) fail(`${command} ${args.join(" ")}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`, result.status ?? 1);
}

/**
 * When the user's command began: the start of the `npm` process that runs us (through
 * `sh -c`), read from /proc on Linux; elsewhere, or run without npm, this process's start.
 */
function commandStartedAt() {
  try {
    const ticksPerSecond = 100; // USER_HZ, 100 on every Linux that Node runs on
    // Boot time to 10 ms, from the uptime (the btime line of /proc/stat is whole seconds).
    const bootMs = Date.now() - Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]) * 1000;
    let pid = process.ppid;
    for (let hop = 0; hop < 3 && pid > 1; hop++) {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      // Fields after the command name, which may itself hold spaces and parentheses.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "").split(" ");
      // npm renames itself "npm start" (process.title), else it shows as node running npm-cli.js.
      if (cmdline.some((arg) => /^(.*[\\/])?npm(-cli\.js)?( |$)/.test(arg))) return bootMs + (Number(fields[19]) / ticksPerSecond) * 1000;
      pid = Number(fields[1]);
    }
  } catch {
    // Not Linux: fall through.
  }
  return performance.timeOrigin;
}

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
/** A dependency list as text, in npm's order (the lock file sorts them; manifests need not). */
const canonical = (deps) => JSON.stringify(Object.entries(deps ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * Whether node_modules holds what the lock file says, and the lock what the manifests ask for,
 * by content: npm records what it installed in node_modules/.package-lock.json. Times would
 * say "stale" after any edit of package.json, a new script included, and reinstall for nothing.
 */
function installMatchesManifests() {
  const lock = readJson(join(root, "package-lock.json"));
  const installed = readJson(join(root, "node_modules", ".package-lock.json")).packages ?? {};
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path.includes("node_modules/")) {
      // Optional packages for other platforms (esbuild's, PostgreSQL's) are never installed here.
      if (!installed[path] ? !entry.optional : installed[path].version !== entry.version) return false;
      continue;
    }
    // The root and each workspace: their manifest must ask for what the lock was made from.
    const manifest = join(root, path, "package.json");
    if (!existsSync(manifest)) return false;
    const wanted = readJson(manifest);
    for (const field of DEPENDENCY_FIELDS) if (canonical(wanted[field]) !== canonical(entry[field])) return false;
    if (path === "" && JSON.stringify(wanted.workspaces ?? []) !== JSON.stringify(entry.workspaces ?? [])) return false;
  }
  return true;
}

/** Whether node_modules must be (re)installed; an unreadable record counts as stale. */
function installIsStale() {
  try {
    return !installMatchesManifests();
  } catch {
    return mtime(join(root, "node_modules", ".package-lock.json")) < Math.max(mtime(join(root, "package-lock.json")), mtime(join(root, "package.json")));
  }
}

/** Installs when node_modules is missing or stale; returns what it ran and how long it took, or undefined. */
function installIfNeeded() {
  const installed = join(root, "node_modules", ".package-lock.json");
  const lock = join(root, "package-lock.json");
  const started = Date.now();
  let command;
  if (!existsSync(join(root, "node_modules")) && existsSync(lock)) {
    command = "npm ci";
  } else if (!existsSync(lock) || installIsStale()) {
    command = "npm install";
  } else {
    return undefined;
  }
  console.log(`installing dependencies (${command}; a fresh clone takes about a minute)`);
  run("npm", command.split(" ").slice(1));
  // An install that changed nothing may leave the marker as it was; mark it fresh.
  if (existsSync(installed)) {
    const now = new Date();
    utimesSync(installed, now, now);
  }
  return { command, ms: Date.now() - started };
}

/** Runs a TypeScript file with tsx's loader in a child Node, forwarding signals, then exits as it did. */
function runTypeScript(script, args) {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, script), ...args], { cwd: root, stdio: "inherit" });
  const forwarded = new Map();
  const forward = (signal) => {
    // npm forwards the terminal's Ctrl-C too, so one press can arrive twice: pass it on once.
    const last = forwarded.get(signal) ?? 0;
    forwarded.set(signal, Date.now());
    if (Date.now() - last > 1_000 && child.exitCode === null) child.kill(signal);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => forward(signal));
  // npm runs us through `sh -c`, and a SIGTERM to npm kills that shell without telling us.
  const parent = process.ppid;
  const orphaned = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(orphaned);
    forward("SIGTERM");
  }, 1_000);
  orphaned.unref();
  child.on("error", (error) => fail(`cannot run ${script}: ${error.message}`));
  child.on("exit", (code, signal) => {
    if (signal) {
      // Die the same way, so whoever started npm sees the signal.
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
}

/**
 * Whether every context's Prisma client matches its schema, by the stamp scripts/prisma.ts
 * writes beside each client (sha256 of the schema and the prisma binary's path): checked
 * here so an up-to-date start spends no second Node process (~1.5 s) finding nothing to do.
 */
function prismaClientsFresh() {
  const prismaDir = join(root, "prisma");
  const bin = join(root, "node_modules", ".bin", "prisma");
  return readdirSync(prismaDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(prismaDir, d.name, "schema.prisma")))
    .every((d) => {
      const hash = createHash("sha256").update(readFileSync(join(prismaDir, d.name, "schema.prisma"))).update(bin).digest("hex");
      const stamp = join(root, "subgraphs", d.name, "src", "infra", "prisma-client", ".schema-hash");
      return existsSync(stamp) && readFileSync(stamp, "utf8") === hash;
    });
}

/** Runs a TypeScript file in this process, through tsx's loader, with these arguments. */
async function importTypeScript(script, args) {
  const { register } = await import("tsx/esm/api");
  register();
  process.argv = [process.argv[0], join(root, script), ...args];
  await import(pathToFileURL(join(root, script)).href);
}

const startedAt = commandStartedAt();
const [command, ...args] = process.argv.slice(2);
if (!Object.hasOwn(scripts, command ?? "")) fail("usage: node scripts/bootstrap.mjs start|test [arguments]", 2);
checkNode();
const install = installIfNeeded();
if (!prismaClientsFresh()) run(process.execPath, ["--import", "tsx", join(root, "scripts", "prisma.ts"), "generate"]);
if (!existsSync(join(root, scripts[command]))) fail(`${scripts[command]} does not exist yet`);
if (command === "start") {
  process.env.SUPERGRAPH_STARTED_AT = String(Math.round(startedAt));
  if (install) {
    process.env.SUPERGRAPH_INSTALL_MS = String(install.ms);
    process.env.SUPERGRAPH_INSTALL_COMMAND = install.command;
  }
  await importTypeScript(scripts.start, args);
} else {
  runTypeScript(scripts[command], args);
}
