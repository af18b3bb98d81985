import { readFileSync } from "node:fs";
import { DoseErrorCode, type ReleaseDoseRequest, type ReleaseDoseResult, type ReserveDoseRequest, type ReserveDoseResult } from "@supergraph/contracts/vaccines";
import { admission, breakerOf, entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { BookingError } from "./domain/vaccination-booking.ts";
import { vaccinationBookingsEnv } from "./env.ts";
import { findBookings } from "./infra/vaccination-booking-store.ts";
import { recordInjection } from "./policies/record-injection.ts";
import { vaccinationBookingsResolvers, type VaccinationBookingsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The vaccination-bookings context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const vaccinationBookingsSubgraph: ContextDefinition<typeof vaccinationBookingsEnv, NoDb, VaccinationBookingsContext> = {
  name: "vaccination-bookings",
  env: vaccinationBookingsEnv,
  build: ({ env, sql, transact, clock, call, log }) => {
    const breaker = breakerOf(env, "DOSE_RESERVATION");
    const reserveDose = call<ReserveDoseRequest, ReserveDoseResult>("vaccines", "reserveDose", {
      ...breaker,
      unavailable: { code: DoseErrorCode.UNAVAILABLE, message: "Vaccines cannot answer right now; nothing was booked. Please try again shortly." },
    });
    const releaseDose = call<ReleaseDoseRequest, ReleaseDoseResult>("vaccines", "releaseDose", {
      ...breaker,
      unavailable: { code: DoseErrorCode.UNAVAILABLE, message: "Vaccines cannot answer right now." },
    });
    const admit = admission({
      callee: reserveDose,
      limit: env.BOOKING_ADMISSION_LIMIT,
      maxWaitMs: env.BOOKING_QUEUE_TIMEOUT_MS,
      busy: () => BookingError.unavailable("BOOKINGS_BUSY", "Too many bookings right now; nothing was booked. Please try again shortly."),
    });
    return {
      typeDefs,
      resolvers: vaccinationBookingsResolvers({ sql, transact, clock, reserveDose, releaseDose, admit, log }),
      context: (base) => ({
        ...base,
        bookingById: entityLoader((ids) => findBookings(sql, ids), (b) => b.id),
      }),
      policies: [recordInjection],
    };
  },
};
