import { readFileSync } from "node:fs";
import { entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { paymentsEnv } from "./env.ts";
import { findPayments } from "./infra/payment-store.ts";
import { simulatedProcessor } from "./infra/processor.ts";
import { chargeAnswer } from "./commands/charge.ts";
import { cancelRequestedPayment } from "./policies/cancellation-requests.ts";
import { paymentsResolvers, type PaymentsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The payments context, for the platform's `runContext`. */
export const paymentsSubgraph: ContextDefinition<typeof paymentsEnv, NoDb, PaymentsContext> = {
  name: "payments",
  env: paymentsEnv,
  build: ({ env, sql, transact, clock }) => {
    const processor = simulatedProcessor(
      {
        latencyMs: env.PAYMENT_LATENCY_MS,
        jitterMs: env.PAYMENT_LATENCY_JITTER_MS,
        failureRate: env.PAYMENT_FAILURE_RATE,
        refundFailureRate: env.PAYMENT_REFUND_FAILURE_RATE,
      },
      Math.random,
    );
    return {
      typeDefs,
      resolvers: paymentsResolvers({ sql }),
      context: (base) => ({
        ...base,
        paymentById: entityLoader((ids) => findPayments(sql, ids), (p) => p.id),
      }),
      policies: [cancelRequestedPayment({ clock, processor })],
      answers: { charge: chargeAnswer({ sql, transact, processor, clock }) },
    };
  },
};
