import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestLearningRecord, type RequestLearningRecordInput } from "../commands/request-learning-record.ts";
import type { LearningRecord } from "../domain/learning-record.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface LearningContext extends BaseContext {
  readonly learningRecordById: DataLoader<string, LearningRecord | null>;
}

export interface LearningDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function learningResolvers({ transact, clock }: LearningDeps) {
  return {
    Query: {
      learningRecord: async (_: unknown, args: { id: string }, ctx: LearningContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.learningRecordById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestLearningRecord: (_: unknown, args: { input: RequestLearningRecordInput }, ctx: LearningContext) =>
        requestLearningRecord(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    LearningRecord: {
      __resolveReference: (ref: { id: string }, ctx: LearningContext) => (isUuid(ref.id) ? ctx.learningRecordById.load(ref.id) : null),
      owner: (t: LearningRecord) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: LearningRecord) => t.requestedAt.toISOString(),
      confirmedAt: (t: LearningRecord) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<LearningContext>;
}
