import { randomUUID } from "node:crypto";
import { commandCausation, isUuid, requireRole, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { decide, evolve, LectureError, type Lecture, type LectureStatus } from "../domain/lecture.ts";
import type { Resolvers } from "../generated/graphql.ts";
import type { PrismaClient } from "../infra/prisma-client/client.ts";
import { lockLecture, saveLecture } from "../infra/lecture-store.ts";

export interface LecturesContext extends BaseContext {
  readonly lectureById: DataLoader<string, Lecture | null>;
}

export interface LecturesDeps {
  /** The lists, through Prisma. */
  readonly db: PrismaClient;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

export function lecturesResolvers({ db, transact, clock }: LecturesDeps) {
  return {
    Query: {
      lectures: (_: unknown, args: { status?: LectureStatus | null }) =>
        db.lecture.findMany({ where: args.status ? { status: args.status } : {}, orderBy: { openedAt: "desc" }, take: 500 }),
      lecture: (_: unknown, args: { id: string }, ctx: LecturesContext) => (isUuid(args.id) ? ctx.lectureById.load(args.id) : null),
      myLectures: (_: unknown, __: unknown, ctx: LecturesContext) => {
        const viewer = requireRole(ctx.viewer, "INSTRUCTOR");
        return db.lecture.findMany({ where: { instructorId: viewer.userId }, orderBy: { openedAt: "desc" } });
      },
    },
    Mutation: {
      openLecture: async (_: unknown, args: { input: { title: string; price: number; capacity: number } }, ctx: LecturesContext) => {
        const viewer = requireRole(ctx.viewer, "INSTRUCTOR");
        const lectureId = randomUUID();
        const events = decide({ type: "OpenLecture", lectureId, instructorId: viewer.userId, ...args.input }, null);
        return transact(async (tx, record) => {
          const lecture = events.reduce<Lecture | null>((state, e) => evolve(state, e, clock()), null)!;
          await saveLecture(tx, lecture);
          await record(events, commandCausation(lectureId));
          return lecture;
        });
      },
      cancelLecture: async (_: unknown, args: { id: string }, ctx: LecturesContext) => {
        const viewer = requireRole(ctx.viewer, "INSTRUCTOR", "ADMIN");
        if (!isUuid(args.id)) throw LectureError.refuse("LECTURE_NOT_FOUND", "No lecture with that id.");
        return transact(async (tx, record) => {
          const state = await lockLecture(tx, args.id);
          const events = decide({ type: "CancelLecture", byUserId: viewer.userId, byAdmin: viewer.roles.includes("ADMIN") }, state);
          const lecture = events.reduce<Lecture | null>((s, e) => evolve(s, e, clock()), state)!;
          await saveLecture(tx, lecture);
          await record(events, commandCausation(lecture.id));
          return lecture;
        });
      },
    },
    Lecture: {
      __resolveReference: (ref: { id: string }, ctx: LecturesContext) => (isUuid(ref.id) ? ctx.lectureById.load(ref.id) : null),
      instructor: (lecture: Lecture) => ({ __typename: "User", id: lecture.instructorId }),
      openedAt: (lecture: Lecture) => lecture.openedAt.toISOString(),
      canceledAt: (lecture: Lecture) => lecture.canceledAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<LecturesContext>;
}
