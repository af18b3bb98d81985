import { isUuid, requireRole, requireViewer, type BaseContext, type Bulkhead, type Sql, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { startLearning, type StartLearningInput } from "../commands/start-learning.ts";
import type { LearningRecord } from "../domain/learning-record.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { learningQueue, learningRecordsOfStudent } from "../infra/learning-record-store.ts";

export interface LearningContext extends BaseContext {
  readonly learningById: DataLoader<string, LearningRecord | null>;
  readonly learningByOrder: DataLoader<string, LearningRecord | null>;
}

export interface LearningDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
  /**
   * The load shedding the mutations run under. Reads are not shed: they are one indexed
   * SELECT each, and the router's live pushes resolve their payload through learningRecord.
   */
  readonly admit: Bulkhead;
}

/** The record's student, a learning manager or an ADMIN. */
const mayRead = (viewer: Viewer | null, r: LearningRecord) =>
  !!viewer && (r.studentId === viewer.userId || viewer.roles.includes("LEARNING_MANAGER") || viewer.roles.includes("ADMIN"));

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function learningResolvers({ sql, transact, clock, admit }: LearningDeps) {
  return {
    Query: {
      learningRecord: async (_: unknown, args: { id: string }, ctx: LearningContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.learningById.load(args.id) : null;
        return found && mayRead(viewer, found) ? found : null;
      },
      myLearningRecords: (_: unknown, __: unknown, ctx: LearningContext) => learningRecordsOfStudent(sql, requireViewer(ctx.viewer).userId),
      learningQueue: (_: unknown, __: unknown, ctx: LearningContext) => {
        const viewer = requireRole(ctx.viewer, "LEARNING_MANAGER", "ADMIN");
        return learningQueue(sql, viewer.roles.includes("ADMIN") ? null : viewer.userId);
      },
    },
    Mutation: {
      startLearning: (_: unknown, args: { input: StartLearningInput }, ctx: LearningContext) => {
        const viewer = requireRole(ctx.viewer, "LEARNING_MANAGER", "ADMIN");
        return admit(() => startLearning(transact, viewer, args.input, clock()));
      },
    },
    LearningRecord: {
      __resolveReference: async (ref: { id: string }, ctx: LearningContext) => {
        const found = isUuid(ref.id) ? await ctx.learningById.load(ref.id) : null;
        return found && mayRead(ctx.viewer, found) ? found : null;
      },
      order: (r: LearningRecord) => ({ __typename: "CourseOrder" as const, id: r.orderId }),
      student: (r: LearningRecord) => ({ __typename: "User" as const, id: r.studentId }),
      manager: (r: LearningRecord) => (r.managerId ? { __typename: "User" as const, id: r.managerId } : null),
      openedAt: (r: LearningRecord) => r.openedAt.toISOString(),
      startedAt: (r: LearningRecord) => iso(r.startedAt),
      completedAt: (r: LearningRecord) => iso(r.completedAt),
      canceledAt: (r: LearningRecord) => iso(r.canceledAt),
    },
    CourseOrder: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      learning: async (o: { id: string }, _: unknown, ctx: LearningContext) => {
        const found = isUuid(o.id) ? await ctx.learningByOrder.load(o.id) : null;
        return found && mayRead(ctx.viewer, found) ? found : null;
      },
    },
  } satisfies Resolvers<LearningContext>;
}
