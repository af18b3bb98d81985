import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, isUuid, type Sql, type UnitOfWork } from "@supergraph/platform";
import { type PizzaOrder, type RequestedLine } from "../domain/pizza-order.ts";
import { pizzasById } from "../infra/pizza-order-store.ts";
import { onPizzaOrder } from "./pizza-order.ts";

export interface PlacePizzaOrderInput {
  readonly lines: readonly RequestedLine[];
}

/** Places an order for `customerId`: lines checked and priced from the menu, PLACED with PizzaOrderPlaced. */
export async function placePizzaOrder(deps: { sql: Sql; transact: UnitOfWork }, customerId: string, input: PlacePizzaOrderInput, now: Date): Promise<PizzaOrder> {
  // A malformed id is not looked up: the decider finds it missing from the menu (PIZZA_NOT_FOUND).
  const menu = await pizzasById(deps.sql, [...new Set(input.lines.map((l) => l.pizzaId).filter(isUuid))]);
  const orderId = randomUUID();
  const { state } = await executeCommand(
    deps.transact,
    onPizzaOrder(orderId),
    { type: "PlacePizzaOrder", orderId, customerId, lines: input.lines, menu, placedAt: now },
    { now, causation: commandCausation(orderId) },
  );
  return state!;
}
