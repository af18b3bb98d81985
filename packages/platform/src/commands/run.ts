import type { Sql } from "../database.ts";
import { causedBy, type Causation, type DomainEvent, type EventEnvelope } from "../events/envelope.ts";
import type { RecordEvents, UnitOfWork } from "../events/outbox.ts";
import { replay, type Decider } from "./decider.ts";

/** How one command finds, decides on and stores its entity. */
export interface CommandSpec<State, Command, Event extends DomainEvent> {
  readonly decider: Decider<State, Command, Event>;
  /**
   * The entity the command acts on, locked until the transaction ends (`SELECT ... FOR
   * UPDATE`), with whatever else must be locked with it; null when it does not exist (yet).
   */
  load(tx: Sql): Promise<State | null>;
  /** Writes the entity after the command's events; called only when there are events. */
  save(tx: Sql, state: State, previous: State | null, events: readonly Event[]): Promise<void>;
  /** The events to publish, when they differ from the decided ones (default: all of them). */
  publish?(events: readonly Event[]): DomainEvent[];
}

export interface CommandOptions {
  /** When the command takes effect: the clock's now, or the time of the event that caused it. */
  readonly now: Date;
  readonly causation: Causation;
}

export interface CommandResult<State, Event> {
  /** The entity after the command (null only when it neither existed nor was made). */
  readonly state: State | null;
  /** The events decided (empty when the command changed nothing). */
  readonly events: readonly Event[];
}

/**
 * Runs one command inside the caller's unit of work: load (and lock) -> decide -> evolve ->
 * save -> record its events in the outbox. A refusal (DomainError from `decide`) throws
 * before anything is written, so the caller's transaction rolls back whole.
 */
export async function runCommand<State, Command, Event extends DomainEvent>(
  tx: Sql,
  record: RecordEvents,
  spec: CommandSpec<State, Command, Event>,
  command: NoInfer<Command>,
  options: CommandOptions,
): Promise<CommandResult<State, Event>> {
  const previous = await spec.load(tx);
  const events = spec.decider.decide(command, previous);
  if (events.length === 0) return { state: previous, events };
  const state = replay(spec.decider, previous, events, options.now);
  if (state !== null) await spec.save(tx, state, previous, events);
  await record(spec.publish ? spec.publish(events) : events, options.causation);
  return { state, events };
}

/** {@link runCommand} in a unit of work of its own: what a resolver calls. */
export function executeCommand<State, Command, Event extends DomainEvent>(
  transact: UnitOfWork,
  spec: CommandSpec<State, Command, Event>,
  command: NoInfer<Command>,
  options: CommandOptions,
): Promise<CommandResult<State, Event>> {
  return transact((tx, record) => runCommand(tx, record, spec, command, options));
}

/** The options of a command a policy runs for a handled event: as of the event's time, caused by it. */
export function inResponseTo(event: EventEnvelope): CommandOptions {
  return { now: new Date(event.time), causation: causedBy(event) };
}
