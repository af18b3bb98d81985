import { readFileSync } from "node:fs";
import { PaymentErrorCode, type ChargeRequest, type ChargeResult } from "@supergraph/contracts/payments";
import { admission, breakerOf, entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { PizzaOrderError } from "./domain/pizza-order.ts";
import { pizzaOrdersEnv } from "./env.ts";
import { findPizzaOrders, pizzasById } from "./infra/pizza-order-store.ts";
import { noteDelivery } from "./policies/note-delivery.ts";
import { recordPayment } from "./policies/record-payment.ts";
import { pizzaOrdersResolvers, type PizzaOrdersContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The pizza-orders context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const pizzaOrdersSubgraph: ContextDefinition<typeof pizzaOrdersEnv, NoDb, PizzaOrdersContext> = {
  name: "pizza-orders",
  env: pizzaOrdersEnv,
  build: ({ env, sql, transact, clock, call }) => {
    const charge = call<ChargeRequest, ChargeResult>("payments", "charge", {
      ...breakerOf(env, "PAYMENT"),
      unavailable: { code: PaymentErrorCode.UNAVAILABLE, message: "Payment is unavailable right now; the order is still PLACED and was not charged twice. Please try again shortly." },
    });
    const admit = admission({
      callee: charge,
      limit: env.PIZZA_PAYMENT_ADMISSION_LIMIT,
      maxWaitMs: env.PIZZA_PAYMENT_QUEUE_TIMEOUT_MS,
      busy: () => PizzaOrderError.unavailable("PIZZA_ORDERS_BUSY", "Too many payments right now; the order is still PLACED. Please try again shortly."),
    });
    return {
      typeDefs,
      resolvers: pizzaOrdersResolvers({ sql, transact, clock, charge, admit }),
      context: (base) => ({
        ...base,
        pizzaOrderById: entityLoader((ids) => findPizzaOrders(sql, ids), (o) => o.id),
        pizzaById: entityLoader(async (ids) => [...(await pizzasById(sql, ids)).values()], (p) => p.id),
      }),
      policies: [recordPayment, noteDelivery],
    };
  },
};
