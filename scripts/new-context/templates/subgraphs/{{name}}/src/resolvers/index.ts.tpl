import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { request{{Thing}}, type Request{{Thing}}Input } from "../commands/request-{{thing}}.ts";
import type { {{Thing}} } from "../domain/{{thing}}.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface {{Name}}Context extends BaseContext {
  readonly {{thingCamel}}ById: DataLoader<string, {{Thing}} | null>;
}

export interface {{Name}}Deps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function {{nameCamel}}Resolvers({ transact, clock }: {{Name}}Deps) {
  return {
    Query: {
      {{thingCamel}}: async (_: unknown, args: { id: string }, ctx: {{Name}}Context) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.{{thingCamel}}ById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      request{{Thing}}: (_: unknown, args: { input: Request{{Thing}}Input }, ctx: {{Name}}Context) =>
        request{{Thing}}(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    {{Thing}}: {
      __resolveReference: (ref: { id: string }, ctx: {{Name}}Context) => (isUuid(ref.id) ? ctx.{{thingCamel}}ById.load(ref.id) : null),
      owner: (t: {{Thing}}) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: {{Thing}}) => t.requestedAt.toISOString(),
      confirmedAt: (t: {{Thing}}) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<{{Name}}Context>;
}
