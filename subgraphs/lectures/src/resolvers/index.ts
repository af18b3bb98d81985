import { isUuid, requireRole, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { cancelLecture } from "../commands/cancel-lecture.ts";
import { openLecture, type OpenLectureInput } from "../commands/open-lecture.ts";
import { LectureError, type Lecture, type LectureStatus } from "../domain/lecture.ts";
import type { Resolvers } from "../generated/graphql.ts";
import type { PrismaClient } from "../infra/prisma-client/client.ts";

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
      openLecture: (_: unknown, args: { input: OpenLectureInput }, ctx: LecturesContext) =>
        openLecture(transact, requireRole(ctx.viewer, "INSTRUCTOR").userId, args.input, clock()),
      cancelLecture: (_: unknown, args: { id: string }, ctx: LecturesContext) => {
        const viewer = requireRole(ctx.viewer, "INSTRUCTOR", "ADMIN");
        if (!isUuid(args.id)) throw LectureError.refuse("LECTURE_NOT_FOUND", "No lecture with that id.");
        return cancelLecture(transact, args.id, viewer, clock());
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
