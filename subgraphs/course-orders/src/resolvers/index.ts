import { isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { cancelCourseOrder, orderCourse, type OrderCourseInput } from "../commands/order-course.ts";
import { CourseOrderError, type Course, type CourseOrder } from "../domain/course-order.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { ordersOfStudent } from "../infra/course-order-store.ts";
import { searchCourses } from "../infra/course-store.ts";

export interface CourseOrdersContext extends BaseContext {
  readonly courseOrderById: DataLoader<string, CourseOrder | null>;
  readonly courseById: DataLoader<string, Course | null>;
}

export interface CourseOrdersDeps {
  readonly sql: Sql;
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** The order's student, a learning manager (who runs its learning) or an ADMIN. */
const mayReadOrder = (viewer: Viewer, order: CourseOrder) =>
  order.studentId === viewer.userId || viewer.roles.includes("ADMIN") || viewer.roles.includes("LEARNING_MANAGER");

const notFound = () => CourseOrderError.refuse("COURSE_ORDER_NOT_FOUND", "No course order with that id.");

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function courseOrdersResolvers({ sql, transact, clock }: CourseOrdersDeps) {
  return {
    Query: {
      courses: (_: unknown, args: { search?: string | null }) => searchCourses(sql, args.search),
      course: (_: unknown, args: { id: string }, ctx: CourseOrdersContext) => (isUuid(args.id) ? ctx.courseById.load(args.id) : null),
      courseOrder: async (_: unknown, args: { id: string }, ctx: CourseOrdersContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.courseOrderById.load(args.id) : null;
        return found && mayReadOrder(viewer, found) ? found : null;
      },
      myCourseOrders: (_: unknown, __: unknown, ctx: CourseOrdersContext) => ordersOfStudent(sql, requireViewer(ctx.viewer).userId),
    },
    Mutation: {
      orderCourse: (_: unknown, args: { input: OrderCourseInput }, ctx: CourseOrdersContext) =>
        orderCourse(transact, requireRole(ctx.viewer, "STUDENT").userId, args.input, clock()),
      cancelCourseOrder: (_: unknown, args: { id: string }, ctx: CourseOrdersContext) => {
        const viewer = requireRole(ctx.viewer, "STUDENT", "ADMIN");
        if (!isUuid(args.id)) throw notFound();
        return cancelCourseOrder(transact, args.id, { userId: viewer.userId, byAdmin: viewer.roles.includes("ADMIN") }, clock());
      },
    },
    CourseOrder: {
      __resolveReference: (ref: { id: string }, ctx: CourseOrdersContext) => (isUuid(ref.id) ? ctx.courseOrderById.load(ref.id) : null),
      course: async (o: CourseOrder, _: unknown, ctx: CourseOrdersContext) => {
        const course = await ctx.courseById.load(o.courseId);
        return course ?? { id: o.courseId, code: o.courseCode, title: o.courseTitle, durationDays: 0 };
      },
      student: (o: CourseOrder) => ({ __typename: "User" as const, id: o.studentId }),
      orderedAt: (o: CourseOrder) => o.orderedAt.toISOString(),
      finalScoreRecordedAt: (o: CourseOrder) => o.finalScoreRecordedAt?.toISOString() ?? null,
      canceledAt: (o: CourseOrder) => o.canceledAt?.toISOString() ?? null,
    },
    Course: {
      __resolveReference: (ref: { id: string }, ctx: CourseOrdersContext) => (isUuid(ref.id) ? ctx.courseById.load(ref.id) : null),
    },
    User: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      courseOrders: (user: { id: string }, _: unknown, ctx: CourseOrdersContext) =>
        ctx.viewer && mayRead(ctx.viewer, user.id) && isUuid(user.id) ? ordersOfStudent(sql, user.id) : [],
    },
  } satisfies Resolvers<CourseOrdersContext>;
}
