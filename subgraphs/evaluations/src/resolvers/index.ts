import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestEvaluation, type RequestEvaluationInput } from "../commands/request-evaluation.ts";
import type { Evaluation } from "../domain/evaluation.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface EvaluationsContext extends BaseContext {
  readonly evaluationById: DataLoader<string, Evaluation | null>;
}

export interface EvaluationsDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function evaluationsResolvers({ transact, clock }: EvaluationsDeps) {
  return {
    Query: {
      evaluation: async (_: unknown, args: { id: string }, ctx: EvaluationsContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.evaluationById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestEvaluation: (_: unknown, args: { input: RequestEvaluationInput }, ctx: EvaluationsContext) =>
        requestEvaluation(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    Evaluation: {
      __resolveReference: (ref: { id: string }, ctx: EvaluationsContext) => (isUuid(ref.id) ? ctx.evaluationById.load(ref.id) : null),
      owner: (t: Evaluation) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: Evaluation) => t.requestedAt.toISOString(),
      confirmedAt: (t: Evaluation) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<EvaluationsContext>;
}
