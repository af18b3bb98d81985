// Rewrites the root package.json inside the image build so that `npm prune --omit=dev`
// keeps exactly what the services need at run time: tsx runs their TypeScript (no build
// step) but is a root devDependency, and the root devDependencies (Prisma's CLI, TypeScript,
// vitest) are build and test tools that optional peer links would otherwise keep.
import { readFileSync, writeFileSync } from "node:fs";

const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const tsx = lock.packages["node_modules/tsx"]?.version;
if (!tsx) throw new Error("tsx is not in package-lock.json");
manifest.dependencies = { ...manifest.dependencies, tsx };
delete manifest.devDependencies;
writeFileSync("package.json", `${JSON.stringify(manifest, null, 2)}\n`);
