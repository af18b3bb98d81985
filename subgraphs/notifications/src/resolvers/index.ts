import { isUuid, mayRead, requireRole, requireViewer, type BaseContext, type Sql } from "@supergraph/platform";
import type DataLoader from "dataloader";
import { NotificationsError } from "../domain/errors.ts";
import type { Notification } from "../domain/notification.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { smsHistoryOf } from "../infra/notification-store.ts";

export interface NotificationsContext extends BaseContext {
  readonly notificationById: DataLoader<string, Notification | null>;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Resolvers check the viewer and translate arguments; notifications has no commands of its own (it follows requests). */
export function notificationsResolvers({ sql }: { sql: Sql }) {
  return {
    Query: {
      mySmsHistory: (_: unknown, __: unknown, ctx: NotificationsContext) => smsHistoryOf(sql, requireViewer(ctx.viewer).userId),
      smsHistory: (_: unknown, args: { userId: string }, ctx: NotificationsContext) => {
        requireRole(ctx.viewer, "ADMIN");
        if (!isUuid(args.userId)) throw NotificationsError.refuse("INVALID_USER_ID", "The user id must be a uuid.");
        return smsHistoryOf(sql, args.userId);
      },
      notification: async (_: unknown, args: { id: string }, ctx: NotificationsContext) => {
        const viewer = requireViewer(ctx.viewer);
        const found = isUuid(args.id) ? await ctx.notificationById.load(args.id) : null;
        return found && mayRead(viewer, found.recipientId) ? found : null;
      },
    },
    Notification: {
      __resolveReference: async (ref: { id: string }, ctx: NotificationsContext) => {
        const found = isUuid(ref.id) ? await ctx.notificationById.load(ref.id) : null;
        return found && ctx.viewer && mayRead(ctx.viewer, found.recipientId) ? found : null;
      },
      recipient: (n: Notification) => ({ __typename: "User" as const, id: n.recipientId }),
      requestedAt: (n: Notification) => n.requestedAt.toISOString(),
      sentAt: (n: Notification) => iso(n.sentAt),
    },
    User: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      smsHistory: (user: { id: string }, _: unknown, ctx: NotificationsContext) =>
        ctx.viewer && mayRead(ctx.viewer, user.id) && isUuid(user.id) ? smsHistoryOf(sql, user.id) : [],
    },
  } satisfies Resolvers<NotificationsContext>;
}
