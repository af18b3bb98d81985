import type { Sql } from "@supergraph/platform";
import { availabilityOf, calendarDay, dayRange } from "../domain/availability.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { daysBetween } from "../infra/availability-store.ts";

/** Public reads: no viewer is checked, as residents ask without signing in. */
export function parkingAvailabilityResolvers({ sql }: { sql: Sql }) {
  return {
    Query: {
      parkingAvailability: async (_: unknown, args: { date: string }) => {
        const date = calendarDay(args.date);
        const [day] = await daysBetween(sql, date, date);
        return availabilityOf(day!);
      },
      freeParkingSpaces: async (_: unknown, args: { from: string; to: string }) => {
        const { from, to } = dayRange(args.from, args.to);
        return (await daysBetween(sql, from, to)).map(availabilityOf);
      },
    },
  } satisfies Resolvers;
}
