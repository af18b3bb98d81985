import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { operationalStatus } from "./support/endpoints.ts";
import { exists, read } from "./support/files.ts";
import { repoRoot, SERVICES } from "./support/schemas.ts";

/** The root Dockerfile, its .dockerignore and the scripts under deploy/docker, without a Docker engine. */
const lines = read("Dockerfile")
  .replace(/\\\n/g, " ")
  .split("\n")
  .filter((l) => l.trim() && !l.trim().startsWith("#"));
const stages = lines.reduce<string[][]>((all, line) => (line.startsWith("FROM ") ? [...all, [line]] : (all.at(-1)?.push(line), all)), []);
const runtime = stages.at(-1)!;
const build = stages.find((s) => / AS build$/i.test(s[0]!))!;
const instruction = (stage: string[], name: string) => stage.filter((l) => l.startsWith(`${name} `)).map((l) => l.slice(name.length + 1).trim());
const workspaceDir = (service: string) => (service === "router" ? "router" : `subgraphs/${service}`);

const scratch = mkdtempSync(join(tmpdir(), "dockerfile-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("Dockerfile", () => {
  it("builds from Node's slim image at a major the project supports", () => {
    const image = lines.find((l) => l.startsWith("ARG NODE_IMAGE="))?.split("=")[1];
    const [, major] = image?.match(/^node:(\d+)[\w.-]*-slim$/) ?? [];
    const engines = JSON.parse(read("package.json")).engines.node as string;
    expect(Number(major)).toBeGreaterThanOrEqual(Number(engines.match(/\d+/)?.[0]));
    for (const stage of stages) expect(stage[0]).toMatch(/^FROM \$\{NODE_IMAGE\} AS \w+$/);
  });

  it("installs with npm ci, generates the Prisma clients, then keeps only run-time dependencies", () => {
    const runs = instruction(build, "RUN").join("\n");
    expect(runs).toMatch(/npm ci\b/);
    expect(runs).toContain("node_modules/.bin/tsx scripts/prisma.ts generate");
    expect(exists("scripts/prisma.ts")).toBe(true);
    expect(runs).toMatch(/node deploy\/docker\/runtime-dependencies\.mjs[\s\S]*npm prune --omit=dev/);
  });

  it("runs as the unprivileged node user, listening on every interface", () => {
    expect(instruction(runtime, "USER").at(-1)).toBe("node");
    expect(instruction(runtime, "ENV").join(" ")).toMatch(/\bHOST=0\.0\.0\.0\b/);
  });

  it("health-checks the process on an endpoint the services really answer", async () => {
    const command = JSON.parse(instruction(runtime, "HEALTHCHECK")[0]!.replace(/^.*?CMD\s+/, "")) as string[];
    expect(command.slice(0, 4)).toEqual(["node", "--import", "tsx", "deploy/docker/healthcheck.ts"]);
    expect((await operationalStatus([command[4]!])).get(command[4]!)).toBe(200);
  });

  it("starts through the entrypoint script", () => {
    expect(JSON.parse(instruction(runtime, "ENTRYPOINT")[0]!)).toEqual(["sh", "deploy/docker/entrypoint.sh"]);
  });
});

describe("deploy/docker/entrypoint.sh", () => {
  // A stand-in `node` on PATH reports where and how the entrypoint would start the service.
  const bin = join(scratch, "bin");
  spawnSync("mkdir", ["-p", bin]);
  writeFileSync(join(bin, "node"), '#!/bin/sh\nprintf "%s\\n" "$PWD" "$@"\n');
  chmodSync(join(bin, "node"), 0o755);
  const start = (service: string) =>
    spawnSync("sh", [join(repoRoot, "deploy/docker/entrypoint.sh")], {
      env: { PATH: `${bin}:${process.env.PATH}`, SERVICE: service },
      encoding: "utf8",
    });

  it.each(SERVICES)("runs %s's own package start script as one Node process", (service) => {
    const script = JSON.parse(read(`${workspaceDir(service)}/package.json`)).scripts.start as string;
    const [runner, entry, ...rest] = script.split(" ");
    expect([runner, rest]).toEqual(["tsx", []]);
    const result = start(service);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([join(repoRoot, workspaceDir(service)), "--import", "tsx", entry]);
    expect(exists(join(workspaceDir(service), entry!))).toBe(true);
  });

  it.each(["", "billing", "../router", ".hidden"])("refuses SERVICE=%j", (service) => {
    const result = start(service);
    expect(result.status).toBe(64);
    expect(result.stdout).toBe("");
  });
});

describe("deploy/docker/healthcheck.ts", () => {
  // Asynchronous: the server answering it runs in this process.
  const check = (port: number | undefined, path: string) =>
    new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "deploy/docker/healthcheck.ts"), path], {
        cwd: repoRoot,
        env: { ...process.env, PORT: port === undefined ? "" : String(port), SERVICE: "" },
        stdio: "ignore",
      });
      child.once("exit", (code) => resolve(code));
    });

  it("exits 0 on a 2xx answer and 1 on anything else, or on no answer", async () => {
    const server = createServer((req, res) => res.writeHead(req.url === "/healthz" ? 200 : 503).end());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await check(port, "/healthz")).toBe(0);
      expect(await check(port, "/readyz")).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await check(port, "/healthz")).toBe(1);
    expect(await check(undefined, "/healthz")).toBe(1);
  }, 60_000);
});

describe(".dockerignore", () => {
  const patterns = read(".dockerignore")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  const toRegExp = (pattern: string) =>
    new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*\*\//g, "\u0000")
        .replace(/\*\*/g, "\u0001")
        .replace(/\*/g, "[^/]*")
        .replace(/\?/g, "[^/]")
        .replace(/\u0000/g, "(?:.*/)?")
        .replace(/\u0001/g, ".*")}(?:/.*)?$`,
    );
  /** Docker's rule: the last pattern that matches decides; `!` puts a path back. */
  const ignored = (path: string) =>
    patterns.reduce((out, p) => (toRegExp(p.replace(/^!/, "")).test(path) ? !p.startsWith("!") : out), false);
  const walk = (dir: string): string[] =>
    readdirSync(join(repoRoot, dir)).flatMap((name) => {
      const path = dir ? `${dir}/${name}` : name;
      if (name === "node_modules" || name === "prisma-client" || name === ".git") return [];
      return statSync(join(repoRoot, path)).isDirectory() ? walk(path) : [path];
    });

  it("leaves out dependencies and generated code, which the build makes itself", () => {
    expect(ignored("node_modules/zod/package.json")).toBe(true);
    expect(ignored("subgraphs/lectures/node_modules/x/index.js")).toBe(true);
    expect(ignored("subgraphs/lectures/src/infra/prisma-client/client.ts")).toBe(true);
  });

  it("keeps every source, schema and migration the services read at run time", () => {
    const needed = ["package.json", "package-lock.json", "tsconfig.json", ...["packages", "subgraphs", "router", "prisma", "schema", "deploy/docker"].flatMap(walk)]
      .filter((path) => !/\.test\.ts$/.test(path) && !/(^|\/)dist\//.test(path));
    expect(needed.filter(ignored)).toEqual([]);
    expect(ignored("scripts/prisma.ts")).toBe(false);
  });
});

describe("deploy/docker/runtime-dependencies.mjs", () => {
  it("makes tsx a dependency at its locked version and drops the build and test tools", () => {
    const dir = mkdtempSync(join(scratch, "manifest-"));
    for (const file of ["package.json", "package-lock.json"]) copyFileSync(join(repoRoot, file), join(dir, file));
    const result = spawnSync(process.execPath, [join(repoRoot, "deploy/docker/runtime-dependencies.mjs")], { cwd: dir, encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8"));
    expect(manifest.dependencies.tsx).toBe(lock.packages["node_modules/tsx"].version);
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest.workspaces).toEqual(JSON.parse(read("package.json")).workspaces);
  });
});
