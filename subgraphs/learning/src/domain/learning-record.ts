import type { LearningRecordEvent } from "@supergraph/contracts/learning";
import { domainErrors, type Decider } from "@supergraph/platform";
import { LearningErrorCode, type LearningRecordStatus } from "../generated/graphql.ts";

/** Statuses of a learning record: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { LearningRecordStatus };

export interface LearningRecord {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: LearningRecordStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type LearningRecordCommand =
  | { type: "RequestLearningRecord"; learningRecordId: string; ownerId: string; title: string }
  /** The request was published: the learning record is confirmed (the confirm-learning-record policy). */
  | { type: "ConfirmLearningRecord" };

/** Refusals of the learning context, their codes from its SDL's LearningErrorCode. */
export const LearningRecordError = domainErrors(LearningErrorCode);

/** Decides which events a command on a learning record yields, or refuses it. */
export function decide(command: LearningRecordCommand, state: LearningRecord | null): LearningRecordEvent[] {
  switch (command.type) {
    case "RequestLearningRecord": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw LearningRecordError.refuse("INVALID_LEARNING_RECORD", "The title must have 1 to 200 characters.");
      const { learningRecordId, ownerId } = command;
      return [{ type: "LearningRecordRequested", subject: learningRecordId, data: { learningRecordId, ownerId, title } }];
    }
    case "ConfirmLearningRecord": {
      if (!state) throw LearningRecordError.refuse("LEARNING_RECORD_NOT_FOUND", "No learning record with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "LearningRecordConfirmed", subject: state.id, data: { learningRecordId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the learning record it is about, as of `at`. */
export function evolve(state: LearningRecord | null, event: LearningRecordEvent, at: Date): LearningRecord {
  switch (event.type) {
    case "LearningRecordRequested":
      return { id: event.data.learningRecordId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "LearningRecordConfirmed":
      if (!state) throw new Error("LearningRecordConfirmed for a learning record that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The learning context's decisions on a learning record, for the platform's command layer. */
export const learningRecordDecider: Decider<LearningRecord, LearningRecordCommand, LearningRecordEvent> = { decide, evolve };
