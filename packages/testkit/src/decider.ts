import { DomainError, replay, type Decider, type DomainEvent } from "@supergraph/platform";
import { expect } from "vitest";

/** What a command did to the entity: its events and the state they fold into. */
export interface Outcome<State, Event> {
  readonly events: readonly Event[];
  readonly state: State | null;
}

export interface When<State, Command, Event> {
  /** Then the command yields exactly `expected`; returns the outcome to look further at the state. */
  then(expected: readonly Event[], expectedState?: State | null): Outcome<State, Event>;
  /** Then the command changes nothing: no event. */
  thenNothing(): void;
  /** Then the command is refused with a DomainError of `code`; returns the error. */
  thenRefuses(code: string): DomainError;
  /** The outcome, for assertions the others do not cover. */
  outcome(): Outcome<State, Event>;
}

export interface Given<State, Command, Event> {
  /** The entity after the given events (or the given state). */
  state(): State | null;
  when(command: Command, options?: { at?: Date }): When<State, Command, Event>;
}

export interface DeciderSpec<State, Command, Event> {
  /** Given the entity's history: events in order, folded from nothing (no events: no entity). */
  given(events: readonly Event[], options?: { at?: Date }): Given<State, Command, Event>;
  /** Given the entity as it is (an entity no event of this decider makes, e.g. a row of an older version). */
  givenState(state: State | null): Given<State, Command, Event>;
}

const EPOCH = new Date("2026-01-01T00:00:00.000Z");

/**
 * Given/When/Then for a context's decider: given events, when a command, then events or a
 * refusal code. `at` is when the given events happened and when the command runs (default
 * 2026-01-01T00:00:00Z; each may be set on its own).
 */
export function deciderSpec<State, Command, Event extends DomainEvent>(
  decider: Decider<State, Command, Event>,
  options: { at?: Date } = {},
): DeciderSpec<State, Command, Event> {
  const defaultAt = options.at ?? EPOCH;
  const from = (initial: () => State | null): Given<State, Command, Event> => ({
    state: initial,
    when(command, whenOptions = {}) {
      const at = whenOptions.at ?? defaultAt;
      const run = (): Outcome<State, Event> => {
        const state = initial();
        const events = decider.decide(command, state);
        return { events, state: replay(decider, state, events, at) };
      };
      return {
        then(expected, ...rest) {
          const outcome = run();
          expect(outcome.events).toEqual(expected);
          if (rest.length > 0) expect(outcome.state).toEqual(rest[0]);
          return outcome;
        },
        thenNothing() {
          expect(run().events).toEqual([]);
        },
        thenRefuses(code) {
          let refused: unknown;
          try {
            run();
          } catch (error) {
            refused = error;
          }
          if (!(refused instanceof DomainError)) {
            throw new Error(`expected a refusal with ${code}, got ${refused === undefined ? "no refusal" : String(refused)}`);
          }
          expect(refused.code).toBe(code);
          return refused;
        },
        outcome: run,
      };
    },
  });
  return {
    given: (events, givenOptions = {}) => from(() => replay(decider, null, events, givenOptions.at ?? defaultAt)),
    givenState: (state) => from(() => state),
  };
}
