import { Kind, parse, print, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { entityQuery } from "./entity-query.ts";

/**
 * The resolve info of the change type's entity field in `document`: entityQuery reads only
 * `fieldNodes`, `fragments` and `operation`.
 */
function entityInfo(document: string, entityField: string): GraphQLResolveInfo {
  const definitions = parse(document).definitions;
  const operation = definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const root = operation.selectionSet.selections[0] as FieldNode;
  const fieldNodes = (root.selectionSet?.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === entityField);
  return { fieldNodes, fragments, operation } as unknown as GraphQLResolveInfo;
}

/** Both texts as the same printed document, so layout does not matter. */
const normalized = (text: string) => print(parse(text));

describe("the query behind a live entity", () => {
  it("given a plain selection, when built, then the entity is fetched by id with that selection and needs no variables", () => {
    const info = entityInfo(`subscription { registrationChanges(id: "r-1") { status registration { id status } } }`, "registration");

    const query = entityQuery(info, "registration", "id");

    expect(normalized(query.text)).toBe(normalized(`query LiveEntity($__id: ID!) { __entity: registration(id: $__id) { id status } }`));
    expect(query.variables).toEqual([]);
  });

  it("given aliases, then they are kept (results are read by response key)", () => {
    const info = entityInfo(`subscription { lectureEnrolmentChanges(lectureId: "l-1") { lecture { name: title seats: capacity } } }`, "lecture");

    expect(normalized(entityQuery(info, "lecture", "id").text)).toBe(normalized(`query LiveEntity($__id: ID!) { __entity: lecture(id: $__id) { name: title seats: capacity } }`));
  });

  it("given fragments, nested ones and one spread twice, then each used fragment is sent once and unused ones are not", () => {
    const info = entityInfo(
      `subscription { paymentChanges(id: "p-1") { payment { ...Amount ... on Payment { ...Amount payer { ...Name } } } } }
       fragment Amount on Payment { amount }
       fragment Name on User { name ...Email }
       fragment Email on User { email }
       fragment Unused on Payment { status }`,
      "payment",
    );

    const query = entityQuery(info, "payment", "id");

    expect(normalized(query.text)).toBe(
      normalized(`query LiveEntity($__id: ID!) { __entity: payment(id: $__id) { ...Amount ... on Payment { ...Amount payer { ...Name } } } }
        fragment Amount on Payment { amount }
        fragment Name on User { name ...Email }
        fragment Email on User { email }`),
    );
  });

  it("given variables, then only those the selection and its fragments use are declared, with their defaults", () => {
    const info = entityInfo(
      `subscription Watch($id: ID!, $withLecture: Boolean!, $size: Int = 64, $unused: String) {
         registrationChanges(id: $id) { status registration { id lecture @include(if: $withLecture) { title } ...Avatar } }
       }
       fragment Avatar on Registration { student { avatar(size: $size) } }`,
      "registration",
    );

    const query = entityQuery(info, "registration", "id");

    expect(normalized(query.text)).toBe(
      normalized(`query LiveEntity($__id: ID!, $withLecture: Boolean!, $size: Int = 64) {
          __entity: registration(id: $__id) { id lecture @include(if: $withLecture) { title } ...Avatar }
        }
        fragment Avatar on Registration { student { avatar(size: $size) } }`),
    );
    expect([...query.variables].sort()).toEqual(["size", "withLecture"]);
  });

  it("given the entity field selected twice, then both selections are merged into the query", () => {
    const info = entityInfo(`subscription { registrationChanges(id: "r-1") { registration { id } registration { status } } }`, "registration");

    expect(normalized(entityQuery(info, "registration", "id").text)).toBe(normalized(`query LiveEntity($__id: ID!) { __entity: registration(id: $__id) { id status } }`));
  });
});
