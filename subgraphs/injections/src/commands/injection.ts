import type { InjectionEvent } from "@supergraph/contracts/injections";
import type { CommandSpec } from "@supergraph/platform";
import { injectionDecider, type Injection, type InjectionCommand } from "../domain/injection.ts";
import { lockInjection, saveInjection } from "../infra/injection-store.ts";

/** A command on an injection, found by its id or its booking's: locked while it is decided, saved whole. */
export function onInjection(by: { id: string } | { bookingId: string }): CommandSpec<Injection, InjectionCommand, InjectionEvent> {
  return {
    decider: injectionDecider,
    load: (tx) => lockInjection(tx, by),
    save: (tx, injection) => saveInjection(tx, injection),
  };
}
