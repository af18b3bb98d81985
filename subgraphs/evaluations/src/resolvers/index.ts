import { isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { registerFinalEvaluation, type FinalEvaluationInput, type RegisterFinalEvaluationDeps } from "../commands/register-final-evaluation.ts";
import { registerInterimEvaluation, type InterimEvaluationInput } from "../commands/register-interim-evaluation.ts";
import { EvaluationError, finalOf, type Evaluation, type EvaluationSheet, type Evaluator } from "../domain/evaluation-sheet.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface EvaluationsContext extends BaseContext {
  readonly sheetOfLearning: DataLoader<string, EvaluationSheet | null>;
  readonly sheetById: DataLoader<string, EvaluationSheet | null>;
  readonly evaluationById: DataLoader<string, Evaluation | null>;
}

export interface EvaluationsDeps extends RegisterFinalEvaluationDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** The student's own, or any for a learning manager (who evaluates) or an ADMIN. */
const mayReadOf = (viewer: Viewer | null, studentId: string) => !!viewer && (mayRead(viewer, studentId) || viewer.roles.includes("LEARNING_MANAGER"));
const visible = <T extends { studentId: string }>(ctx: EvaluationsContext, found: T | null) => (found && mayReadOf(ctx.viewer, found.studentId) ? found : null);
const evaluator = (viewer: Viewer): Evaluator => ({ userId: viewer.userId, admin: viewer.roles.includes("ADMIN") });
const user = (id: string) => ({ __typename: "User" as const, id });
const notFound = () => EvaluationError.refuse("EVALUATION_SHEET_NOT_FOUND", "No evaluation sheet for that learning: it is unknown or has not started yet.");

async function sheetOf(ctx: EvaluationsContext, learningId: string) {
  return isUuid(learningId) ? visible(ctx, await ctx.sheetOfLearning.load(learningId)) : null;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function evaluationsResolvers(deps: EvaluationsDeps) {
  const { transact, clock } = deps;
  return {
    Query: {
      evaluationSheet: (_: unknown, args: { learningId: string }, ctx: EvaluationsContext) => {
        requireViewer(ctx.viewer);
        return sheetOf(ctx, args.learningId);
      },
      evaluations: async (_: unknown, args: { learningId: string }, ctx: EvaluationsContext) => {
        requireViewer(ctx.viewer);
        return [...((await sheetOf(ctx, args.learningId))?.evaluations ?? [])];
      },
    },
    Mutation: {
      registerInterimEvaluation: (_: unknown, args: { input: InterimEvaluationInput }, ctx: EvaluationsContext) => {
        const viewer = requireRole(ctx.viewer, "LEARNING_MANAGER", "ADMIN");
        if (!isUuid(args.input.learningId)) throw notFound();
        return registerInterimEvaluation(transact, evaluator(viewer), args.input, clock());
      },
      registerFinalEvaluation: (_: unknown, args: { input: FinalEvaluationInput }, ctx: EvaluationsContext) => {
        const viewer = requireRole(ctx.viewer, "LEARNING_MANAGER", "ADMIN");
        if (!isUuid(args.input.learningId)) throw notFound();
        return registerFinalEvaluation(deps, evaluator(viewer), args.input, clock());
      },
    },
    EvaluationSheet: {
      __resolveReference: async (ref: { id: string }, ctx: EvaluationsContext) => (isUuid(ref.id) ? visible(ctx, await ctx.sheetById.load(ref.id)) : null),
      student: (s: EvaluationSheet) => user(s.studentId),
      manager: (s: EvaluationSheet) => (s.managerId ? user(s.managerId) : null),
      finalEvaluation: (s: EvaluationSheet) => finalOf(s),
      openedAt: (s: EvaluationSheet) => s.openedAt.toISOString(),
      canceledAt: (s: EvaluationSheet) => s.canceledAt?.toISOString() ?? null,
    },
    Evaluation: {
      __resolveReference: async (ref: { id: string }, ctx: EvaluationsContext) => (isUuid(ref.id) ? visible(ctx, await ctx.evaluationById.load(ref.id)) : null),
      manager: (e: Evaluation) => user(e.managerId),
      registeredAt: (e: Evaluation) => e.registeredAt.toISOString(),
    },
    LearningRecord: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      evaluationSheet: (learning: { id: string }, _: unknown, ctx: EvaluationsContext) => sheetOf(ctx, learning.id),
    },
  } satisfies Resolvers<EvaluationsContext>;
}
