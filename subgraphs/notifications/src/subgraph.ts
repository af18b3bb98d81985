import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { notificationsEnv } from "./env.ts";
import { findNotifications } from "./infra/notification-store.ts";
import { confirmNotification } from "./policies/confirm-notification.ts";
import { notificationsResolvers, type NotificationsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/**
 * The notifications context, for the platform's `runContext`. It reads through SQL only, so it builds
 * no Prisma client (`prisma: false` in topology.ts); give it `createDb` and `prisma: true`
 * for typed queries through Prisma.
 */
export const notificationsSubgraph: ContextDefinition<typeof notificationsEnv, NoDb, NotificationsContext> = {
  name: "notifications",
  env: notificationsEnv,
  build: ({ sql, transact, clock }) => ({
    typeDefs,
    resolvers: notificationsResolvers({ transact, clock }),
    context: (base) => ({
      ...base,
      notificationById: entityLoader((ids) => findNotifications(sql, ids), (t) => t.id),
    }),
    policies: [confirmNotification],
  }),
};
