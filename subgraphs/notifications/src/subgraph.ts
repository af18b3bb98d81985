import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { notificationsEnv } from "./env.ts";
import { findNotifications } from "./infra/notification-store.ts";
import { simulatedSmsProvider } from "./infra/sms-provider.ts";
import { sendRequestedNotification } from "./policies/send-requested-notification.ts";
import { notificationsResolvers, type NotificationsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The notifications context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const notificationsSubgraph: ContextDefinition<typeof notificationsEnv, NoDb, NotificationsContext> = {
  name: "notifications",
  env: notificationsEnv,
  build: ({ env, sql, transact, clock }) => {
    const provider = simulatedSmsProvider({ latencyMs: env.SMS_LATENCY_MS, failureRate: env.SMS_FAILURE_RATE }, Math.random);
    return {
      typeDefs,
      resolvers: notificationsResolvers({ sql }),
      context: (base) => ({
        ...base,
        notificationById: entityLoader((ids) => findNotifications(sql, ids), (n) => n.id),
      }),
      policies: [sendRequestedNotification({ transact, provider, clock, giveUpAfter: env.EVENT_MAX_DELIVERIES })],
    };
  },
};
