import { readFileSync } from "node:fs";
import { RefundDeliveryErrorCode, type TurnIntoRefundDeliveryRequest, type TurnIntoRefundDeliveryResult } from "@supergraph/contracts/deliveries";
import { admission, breakerOf, entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { RefundError } from "./domain/pizza-refund.ts";
import { refundsEnv } from "./env.ts";
import { findPizzaRefunds, latestRefundsOfOrders } from "./infra/pizza-refund-store.ts";
import { cancelPizzaRefund, completePizzaRefund, noteRefundDeliveryPolicy } from "./policies/end-pizza-refund.ts";
import { refundsResolvers, type RefundsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The refunds context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const refundsSubgraph: ContextDefinition<typeof refundsEnv, NoDb, RefundsContext> = {
  name: "refunds",
  env: refundsEnv,
  build: ({ env, sql, transact, clock, call }) => {
    const turnIntoRefundDelivery = call<TurnIntoRefundDeliveryRequest, TurnIntoRefundDeliveryResult>("deliveries", "turnIntoRefundDelivery", {
      ...breakerOf(env, "REFUND_DELIVERY"),
      unavailable: { code: RefundDeliveryErrorCode.UNAVAILABLE, message: "Deliveries cannot answer right now; no refund was stored. Please try again shortly." },
    });
    const admit = admission({
      callee: turnIntoRefundDelivery,
      limit: env.REFUND_ADMISSION_LIMIT,
      maxWaitMs: env.REFUND_QUEUE_TIMEOUT_MS,
      busy: () => RefundError.unavailable("REFUNDS_BUSY", "Too many refunds right now; nothing was stored. Please try again shortly."),
    });
    return {
      typeDefs,
      resolvers: refundsResolvers({ sql, transact, clock, turnIntoRefundDelivery, admit }),
      context: (base) => ({
        ...base,
        pizzaRefundById: entityLoader((ids) => findPizzaRefunds(sql, ids), (r) => r.id),
        latestRefundOfOrder: entityLoader((ids) => latestRefundsOfOrders(sql, ids), (r) => r.orderId),
      }),
      policies: [noteRefundDeliveryPolicy, cancelPizzaRefund, completePizzaRefund],
    };
  },
};
