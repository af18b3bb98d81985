import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { pizzaRefundDecider, type PizzaRefund } from "../domain/pizza-refund.ts";
import { savePizzaRefund } from "../infra/pizza-refund-store.ts";

export interface RequestPizzaRefundInput {
  readonly title: string;
}

/** Requests a new pizza refund for `ownerId`; the confirm-pizza-refund policy confirms it once PizzaRefundRequested is published. */
export async function requestPizzaRefund(transact: UnitOfWork, ownerId: string, input: RequestPizzaRefundInput, now: Date): Promise<PizzaRefund> {
  const pizzaRefundId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: pizzaRefundDecider, load: async () => null, save: (tx, pizzaRefund) => savePizzaRefund(tx, pizzaRefund) },
    { type: "RequestPizzaRefund", pizzaRefundId, ownerId, ...input },
    { now, causation: commandCausation(pizzaRefundId) },
  );
  return state!;
}
