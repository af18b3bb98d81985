import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LiveStatusDeclaration } from "@supergraph/contracts/define.live";
import { Kind, parse, print, type EnumTypeDefinitionNode } from "graphql";

const SCALARS = new Set(["ID", "String", "Int", "Float", "Boolean"]);

const SUBSCRIPTION_DESCRIPTION = `Live status, pushed over graphql-ws on the router's \`/graphql\` endpoint. Each change is
taken from the event stream (never from polling); the entity in it is resolved through the
whole graph, so a payload may select any of its fields. Every change carries a \`cursor\`:
reconnect with \`after: <last cursor seen>\` to receive, in order and once each, the changes
missed meanwhile, then the live ones.`;

/** A docstring: one line in quotes, more in a block. */
const describe = (text: string, indent = "") => (text.includes("\n") || text.includes('"') ? `${indent}"""\n${text}\n${indent}"""` : `${indent}"${text}"`);

/** `RegistrationStatus!` -> `RegistrationStatus`. */
const namedType = (type: string) => type.replace(/[[\]!]/g, "");

/** "LectureEnrolment" -> "a lecture enrolment". */
function aName(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `${/^[aeiou]/.test(words) ? "an" : "a"} ${words}`;
}

/**
 * The router's `live` subgraph schema (router/live.graphql) for some declarations: the
 * subscription fields, their change types, key stubs of the entities, and the enums a change
 * carries, copied from the owner's own SDL so they can never drift from it.
 */
export function liveSchema(repoRoot: string, declarations: readonly LiveStatusDeclaration[]): string {
  const subscriptionFields = declarations.flatMap((d) =>
    Object.entries(d.subscriptions).map(([name, s]) => {
      const argument = s.argument === undefined ? "" : `${s.argument}: ID!, `;
      return `${describe(s.description, "  ")}\n  ${name}(${argument}after: String): ${d.change.type}!`;
    }),
  );
  const changeTypes = declarations.map((d) => {
    const fields: [string, string, string][] = [
      ["cursor", "String!", "Position of this change in the event stream; pass it as `after` to resume."],
      ...Object.entries<{ type: string; description: string }>(d.change.fields).map(([name, f]) => [name, f.type, f.description] as [string, string, string]),
      ["occurredAt", "String!", "When the change happened (ISO-8601)."],
      [d.entity.field, `${d.entity.type}!`, d.entity.description],
    ];
    return `${describe(d.change.description)}\ntype ${d.change.type} {\n${fields.map(([name, type, text]) => `${describe(text, "  ")}\n  ${name}: ${type}`).join("\n")}\n}`;
  });
  const enums = new Map<string, string>();
  for (const d of declarations) {
    for (const { type } of Object.values<{ type: string }>(d.change.fields)) {
      const name = namedType(type);
      if (SCALARS.has(name) || enums.has(name)) continue;
      enums.set(name, print(ownerEnum(repoRoot, d.owner, name)));
    }
  }
  const stubs = declarations.map(
    (d) => `${describe(`${aName(d.entity.type).replace(/^a/, "A")}, owned by the ${d.owner} context.`)}\ntype ${d.entity.type} @key(fields: "id", resolvable: false) {\n  "${d.entity.type} id."\n  id: ID!\n}`,
  );
  return [
    `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])`,
    `${describe(SUBSCRIPTION_DESCRIPTION)}\ntype Subscription {\n${subscriptionFields.join("\n")}\n}`,
    ...changeTypes,
    ...enums.values(),
    ...stubs,
  ].join("\n\n") + "\n";
}

/** The enum `name` as the owning context's schema.graphql defines it. */
function ownerEnum(repoRoot: string, owner: string, name: string): EnumTypeDefinitionNode {
  const sdl = parse(readFileSync(join(repoRoot, "subgraphs", owner, "schema.graphql"), "utf8"));
  const found = sdl.definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name);
  if (!found) throw new Error(`a live change of ${owner} carries ${name}, which is no enum of subgraphs/${owner}/schema.graphql`);
  return found;
}

export const liveSchemaPath = (repoRoot: string) => join(repoRoot, "router", "live.graphql");
