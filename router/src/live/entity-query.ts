import { Kind, print, visit, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionNode } from "graphql";

/**
 * Turns the selection a subscriber made on a change's entity field into the query that
 * fetches that entity through the gateway: `query($__id: ID!, ...) { __entity: <root>(id: $__id) { ... } }`,
 * with the fragments and variables the selection uses.
 */
export function entityQuery(info: GraphQLResolveInfo, rootField: string, idArgument: string): { text: string; variables: string[] } {
  const selections: SelectionNode[] = info.fieldNodes.flatMap((node: FieldNode) => node.selectionSet?.selections ?? []);
  const fragments = new Map<string, FragmentDefinitionNode>();
  const variables = new Set<string>();
  const collect = (node: object) =>
    visit(node as SelectionNode, {
      Variable: (v) => {
        variables.add(v.name.value);
      },
      FragmentSpread: (spread) => {
        const name = spread.name.value;
        const fragment = info.fragments[name];
        if (fragment && !fragments.has(name)) {
          fragments.set(name, fragment);
          collect(fragment);
        }
      },
    });
  selections.forEach(collect);
  const operation = info.operation.variableDefinitions ?? [];
  const definitions = operation.filter((d) => variables.has(d.variable.name.value)).map((d) => print(d));
  const body = print({ kind: Kind.SELECTION_SET, selections });
  const text = [
    `query LiveEntity($__id: ID!${definitions.map((d) => `, ${d}`).join("")}) { __entity: ${rootField}(${idArgument}: $__id) ${body} }`,
    ...[...fragments.values()].map((f) => print(f)),
  ].join("\n");
  return { text, variables: [...variables] };
}
