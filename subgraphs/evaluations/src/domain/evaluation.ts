import type { EvaluationEvent } from "@supergraph/contracts/evaluations";
import { domainErrors, type Decider } from "@supergraph/platform";
import { EvaluationsErrorCode, type EvaluationStatus } from "../generated/graphql.ts";

/** Statuses of a evaluation: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { EvaluationStatus };

export interface Evaluation {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: EvaluationStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type EvaluationCommand =
  | { type: "RequestEvaluation"; evaluationId: string; ownerId: string; title: string }
  /** The request was published: the evaluation is confirmed (the confirm-evaluation policy). */
  | { type: "ConfirmEvaluation" };

/** Refusals of the evaluations context, their codes from its SDL's EvaluationsErrorCode. */
export const EvaluationError = domainErrors(EvaluationsErrorCode);

/** Decides which events a command on a evaluation yields, or refuses it. */
export function decide(command: EvaluationCommand, state: Evaluation | null): EvaluationEvent[] {
  switch (command.type) {
    case "RequestEvaluation": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw EvaluationError.refuse("INVALID_EVALUATION", "The title must have 1 to 200 characters.");
      const { evaluationId, ownerId } = command;
      return [{ type: "EvaluationRequested", subject: evaluationId, data: { evaluationId, ownerId, title } }];
    }
    case "ConfirmEvaluation": {
      if (!state) throw EvaluationError.refuse("EVALUATION_NOT_FOUND", "No evaluation with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "EvaluationConfirmed", subject: state.id, data: { evaluationId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the evaluation it is about, as of `at`. */
export function evolve(state: Evaluation | null, event: EvaluationEvent, at: Date): Evaluation {
  switch (event.type) {
    case "EvaluationRequested":
      return { id: event.data.evaluationId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "EvaluationConfirmed":
      if (!state) throw new Error("EvaluationConfirmed for a evaluation that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The evaluations context's decisions on a evaluation, for the platform's command layer. */
export const evaluationDecider: Decider<Evaluation, EvaluationCommand, EvaluationEvent> = { decide, evolve };
