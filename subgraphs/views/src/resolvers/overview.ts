import { requireViewer, type BaseContext, type Sql } from "@supergraph/platform";
import type { Resolvers } from "../generated/graphql.ts";
import { viewsResolvers } from "./index.ts";
import { onlineStudyResolvers } from "./online-study.ts";
import { parkingResolvers } from "./parking.ts";
import { pizzaResolvers } from "./pizza.ts";
import { vaccinationResolvers } from "./vaccination.ts";

/**
 * `myOverview`: the signed-in user's rows of every system's read model, in one fetch
 * (docs/one-graph.md). Each list is answered by that system's own "my..." query, so the rows
 * and their mapping are the ones its board shows; the five reads run side by side.
 */
export function overviewResolvers({ sql }: { sql: Sql }) {
  const registrations = viewsResolvers({ sql }).Query.myRegistrationBoard;
  const learning = onlineStudyResolvers({ sql }).Query.myLearning;
  const pizza = pizzaResolvers({ sql }).Query.myPizzaOrderBoard;
  const parking = parkingResolvers({ sql }).Query.myParkingReservations;
  const vaccinations = vaccinationResolvers({ sql }).Query.myVaccinations;
  return {
    Query: {
      myOverview: async (_: unknown, __: unknown, ctx: BaseContext) => {
        const { userId } = requireViewer(ctx.viewer);
        const [courseRegistrations, courseOrders, pizzaOrders, parkingReservations, vaccinationRows] = await Promise.all([
          registrations(_, __, ctx),
          learning(_, __, ctx),
          pizza(_, __, ctx),
          parking(_, __, ctx),
          vaccinations(_, __, ctx),
        ]);
        return { userId, courseRegistrations, courseOrders, pizzaOrders, parkingReservations, vaccinations: vaccinationRows };
      },
    },
  } satisfies Resolvers<BaseContext>;
}
