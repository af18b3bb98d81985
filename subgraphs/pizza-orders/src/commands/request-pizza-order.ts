import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { pizzaOrderDecider, type PizzaOrder } from "../domain/pizza-order.ts";
import { savePizzaOrder } from "../infra/pizza-order-store.ts";

export interface RequestPizzaOrderInput {
  readonly title: string;
}

/** Requests a new pizza order for `ownerId`; the confirm-pizza-order policy confirms it once PizzaOrderRequested is published. */
export async function requestPizzaOrder(transact: UnitOfWork, ownerId: string, input: RequestPizzaOrderInput, now: Date): Promise<PizzaOrder> {
  const pizzaOrderId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: pizzaOrderDecider, load: async () => null, save: (tx, pizzaOrder) => savePizzaOrder(tx, pizzaOrder) },
    { type: "RequestPizzaOrder", pizzaOrderId, ownerId, ...input },
    { now, causation: commandCausation(pizzaOrderId) },
  );
  return state!;
}
