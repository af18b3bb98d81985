import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestCourseOrder, type RequestCourseOrderInput } from "../commands/request-course-order.ts";
import type { CourseOrder } from "../domain/course-order.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface CourseOrdersContext extends BaseContext {
  readonly courseOrderById: DataLoader<string, CourseOrder | null>;
}

export interface CourseOrdersDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function courseOrdersResolvers({ transact, clock }: CourseOrdersDeps) {
  return {
    Query: {
      courseOrder: async (_: unknown, args: { id: string }, ctx: CourseOrdersContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.courseOrderById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestCourseOrder: (_: unknown, args: { input: RequestCourseOrderInput }, ctx: CourseOrdersContext) =>
        requestCourseOrder(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    CourseOrder: {
      __resolveReference: (ref: { id: string }, ctx: CourseOrdersContext) => (isUuid(ref.id) ? ctx.courseOrderById.load(ref.id) : null),
      owner: (t: CourseOrder) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: CourseOrder) => t.requestedAt.toISOString(),
      confirmedAt: (t: CourseOrder) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<CourseOrdersContext>;
}
