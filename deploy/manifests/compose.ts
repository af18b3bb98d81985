import type { ContextDeclaration } from "@supergraph/platform/topology";
import { subgraphUrlVariable } from "@supergraph/platform/topology";
import { dbId, dbPasswordVariable, noteLines, secretsOf, settingsOf } from "./names.ts";
import type { Regions } from "./regions.ts";

/** `${KEY:-default}`, quoted when the default holds a character YAML could read otherwise. */
const variable = (key: string, fallback: string) => {
  const text = `\${${key}:-${fallback}}`;
  return /^[\w./@-]*$/.test(fallback) ? text : JSON.stringify(text);
};

/** One context's service: the shared anchors, its port, database, secrets and settings. */
function service(c: ContextDeclaration): string[] {
  const id = dbId(c.name);
  return [
    `${c.name}:`,
    "  <<: *app",
    "  environment:",
    "    <<: *common-env",
    `    SERVICE: ${c.name}`,
    `    PORT: "${c.port}"`,
    `    DATABASE_URL: postgresql://${id}:${variable(dbPasswordVariable(c.name), id)}@postgres:5432/supergraph_${id}`,
    ...secretsOf(c).flatMap((key) => [...noteLines(c, key), `${key}: ${variable(key, "")}`].map((l) => `    ${l}`)),
    ...settingsOf(c).flatMap(([key, value]) => [...noteLines(c, key), `${key}: ${variable(key, value)}`].map((l) => `    ${l}`)),
    "  depends_on: *context-deps",
  ];
}

/** The regions of docker-compose.yml. */
export function composeRegions(contexts: readonly ContextDeclaration[]): Regions {
  return {
    "postgres-contexts": [
      `SUPERGRAPH_CONTEXTS: ${contexts.map((c) => c.name).join(" ")}`,
      ...contexts.map((c) => `${dbPasswordVariable(c.name)}: ${variable(dbPasswordVariable(c.name), dbId(c.name))}`),
    ],
    "context-services": contexts.flatMap((c, i) => [...(i > 0 ? [""] : []), ...service(c)]),
    "router-subgraphs": contexts.map((c) => `${subgraphUrlVariable(c.name)}: http://${c.name}:${c.port}/graphql`),
    "router-depends-on": contexts.flatMap((c) => [`${c.name}:`, "  condition: service_healthy"]),
  };
}
