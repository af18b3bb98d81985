import type { DomainEvent } from "../events/envelope.ts";

/**
 * A context's decisions on one kind of entity, as pure functions (no I/O, no clock): what a
 * command yields, and what the entity becomes with each event. Unit tests give events, run a
 * command and expect events or a refusal (@supergraph/testkit's decider kit).
 */
export interface Decider<State, Command, Event extends DomainEvent> {
  /** The events of a command on the entity (null: it does not exist yet); throws DomainError for a refusal. */
  decide(command: Command, state: State | null): Event[];
  /** The entity after one of its events, as of `now` (the time the event is recorded). */
  evolve(state: State | null, event: Event, now: Date): State | null;
}

/** The entity after `events` in order, from `state`. */
export function replay<State, Event extends DomainEvent>(
  decider: Pick<Decider<State, never, Event>, "evolve">,
  state: State | null,
  events: readonly Event[],
  now: Date,
): State | null {
  return events.reduce<State | null>((s, e) => decider.evolve(s, e, now), state);
}
