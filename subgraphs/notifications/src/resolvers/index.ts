import { isUuid, mayRead, requireViewer, type BaseContext, type UnitOfWork } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { requestNotification, type RequestNotificationInput } from "../commands/request-notification.ts";
import type { Notification } from "../domain/notification.ts";
import type { Resolvers } from "../generated/graphql.ts";

export interface NotificationsContext extends BaseContext {
  readonly notificationById: DataLoader<string, Notification | null>;
}

export interface NotificationsDeps {
  readonly transact: UnitOfWork;
  readonly clock: () => Date;
}

/** Resolvers check the viewer and translate arguments; the decisions are the domain's. */
export function notificationsResolvers({ transact, clock }: NotificationsDeps) {
  return {
    Query: {
      notification: async (_: unknown, args: { id: string }, ctx: NotificationsContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.notificationById.load(args.id) : null;
        return found && mayRead(viewer, found.ownerId) ? found : null;
      },
    },
    Mutation: {
      requestNotification: (_: unknown, args: { input: RequestNotificationInput }, ctx: NotificationsContext) =>
        requestNotification(transact, requireViewer(ctx.viewer).userId, args.input, clock()),
    },
    Notification: {
      __resolveReference: (ref: { id: string }, ctx: NotificationsContext) => (isUuid(ref.id) ? ctx.notificationById.load(ref.id) : null),
      owner: (t: Notification) => ({ __typename: "User" as const, id: t.ownerId }),
      requestedAt: (t: Notification) => t.requestedAt.toISOString(),
      confirmedAt: (t: Notification) => t.confirmedAt?.toISOString() ?? null,
    },
  } satisfies Resolvers<NotificationsContext>;
}
