import { readFileSync } from "node:fs";
import { PaymentErrorCode, type ChargeRequest, type ChargeResult } from "@supergraph/contracts/payments";
import { admission, breakerOf, entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { startHoldSweeper } from "./commands/sweep-holds.ts";
import { registrationsEnv } from "./env.ts";
import { RegistrationError } from "./domain/registration.ts";
import { findRegistrations } from "./infra/registration-store.ts";
import { offerLecture, withdrawLecture } from "./policies/lecture-replica.ts";
import { registrationsResolvers, type RegistrationsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The registrations context, for the platform's `runContext`. */
export const registrationsSubgraph: ContextDefinition<typeof registrationsEnv, NoDb, RegistrationsContext> = {
  name: "registrations",
  env: registrationsEnv,
  build: ({ env, sql, transact, clock, call, log }) => {
    const charge = call<ChargeRequest, ChargeResult>("payments", "charge", {
      ...breakerOf(env, "PAYMENT"),
      unavailable: { code: PaymentErrorCode.UNAVAILABLE, message: "Payment is unavailable right now; nothing was registered. Please try again shortly." },
    });
    const admit = admission({
      // Whole attempts, charge included: what payments is asked at once stays bounded, and an
      // attempt holds a connection only for its two short transactions (the pool queues the rest).
      callee: charge,
      limit: env.REGISTRATION_ADMISSION_LIMIT,
      maxWaitMs: env.REGISTRATION_QUEUE_TIMEOUT_MS,
      busy: () => RegistrationError.unavailable("REGISTRATIONS_BUSY", "Too many registrations right now; nothing was registered. Please try again shortly."),
    });
    return {
      typeDefs,
      resolvers: registrationsResolvers({ sql, transact, clock, charge, admit, log }),
      context: (base) => ({
        ...base,
        registrationById: entityLoader((ids) => findRegistrations(sql, ids), (r) => r.id),
      }),
      policies: [offerLecture, withdrawLecture],
      start: () => startHoldSweeper({ sql, transact, log }, env.SEAT_HOLD_TIMEOUT_MS),
    };
  },
};
