import type { LearningEvent } from "@supergraph/contracts/learning";
import { domainErrors, type Decider } from "@supergraph/platform";
import { LearningErrorCode, type LearningStatus } from "../generated/graphql.ts";

/** Statuses of a learning record: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { LearningStatus };

export interface LearningRecord {
  readonly id: string;
  readonly orderId: string;
  readonly orderNumber: string;
  readonly studentId: string;
  readonly phoneNumber: string;
  readonly courseTitle: string;
  readonly status: LearningStatus;
  readonly managerId: string | null;
  readonly managerName: string | null;
  readonly interimEvaluations: number;
  readonly lastInterimScore: number | null;
  /** The last evaluation applied (interim or final): the same evaluation again changes nothing. */
  readonly lastEvaluationId: string | null;
  readonly finalScore: number | null;
  readonly openedAt: Date;
  readonly startedAt: Date | null;
  readonly completedAt: Date | null;
  readonly canceledAt: Date | null;
}

export type LearningCommand =
  /** Course-orders' CourseOrdered. */
  | { type: "OpenLearning"; learningId: string; orderId: string; orderNumber: string; studentId: string; phoneNumber: string; courseTitle: string; openedAt: string }
  | { type: "StartLearning"; managerId: string; managerName: string; startedAt: string }
  /** Evaluations' InterimEvaluationRegistered. */
  | { type: "ApplyInterimEvaluation"; evaluationId: string; score: number; note?: string }
  /** Evaluations' FinalEvaluationRegistered. */
  | { type: "ApplyFinalEvaluation"; evaluationId: string; score: number }
  /** Course-orders' CourseOrderCanceled. */
  | { type: "CancelLearning"; canceledAt: string };

/** Refusals of the learning context, their codes from its SDL's LearningErrorCode. */
export const LearningError = domainErrors(LearningErrorCode);

const notFound = () => LearningError.refuse("LEARNING_RECORD_NOT_FOUND", "No learning record with that id.");

/** Decides which events a command on a learning record yields, or refuses it. */
export function decide(command: LearningCommand, state: LearningRecord | null): LearningEvent[] {
  switch (command.type) {
    case "OpenLearning": {
      // The order has its record already (its event delivered again).
      if (state) return [];
      const { learningId, orderId, orderNumber, studentId, phoneNumber, courseTitle, openedAt } = command;
      return [{ type: "LearningOpened", subject: learningId, data: { learningId, orderId, orderNumber, studentId, phoneNumber, courseTitle, openedAt } }];
    }
    case "StartLearning": {
      if (!state) throw notFound();
      if (state.status === "CANCELED") throw LearningError.refuse("LEARNING_CANCELED", "The learning was canceled with its order.");
      if (state.status !== "AWAITING_MANAGER") throw LearningError.refuse("LEARNING_ALREADY_STARTED", `The learning was started already by ${state.managerName ?? "a learning manager"}.`);
      const managerName = command.managerName.trim();
      if (managerName.length < 1 || managerName.length > 100) throw LearningError.refuse("INVALID_MANAGER", "The manager's name must have 1 to 100 characters.");
      const { id: learningId, orderId, orderNumber, studentId, phoneNumber } = state;
      return [{ type: "LearningStarted", subject: learningId, data: { learningId, orderId, orderNumber, studentId, phoneNumber, managerId: command.managerId, managerName, startedAt: command.startedAt } }];
    }
    case "ApplyInterimEvaluation": {
      if (!state) throw notFound();
      // Completed or canceled meanwhile, or this evaluation applied already: nothing to change.
      if (state.status !== "IN_PROGRESS" || state.lastEvaluationId === command.evaluationId) return [];
      const { evaluationId, score, note } = command;
      return [{ type: "LearningEvaluated", subject: state.id, data: { learningId: state.id, orderId: state.orderId, studentId: state.studentId, evaluationId, score, ...(note !== undefined && { note }) } }];
    }
    case "ApplyFinalEvaluation": {
      if (!state) throw notFound();
      if (state.status !== "IN_PROGRESS") return [];
      const { evaluationId, score } = command;
      return [{ type: "LearningCompleted", subject: state.id, data: { learningId: state.id, orderId: state.orderId, studentId: state.studentId, evaluationId, score } }];
    }
    case "CancelLearning": {
      if (!state) throw notFound();
      // Canceled already; a completed learning's order cannot be canceled (its final score is recorded).
      if (state.status === "CANCELED" || state.status === "COMPLETED") return [];
      const { id: learningId, orderId, orderNumber, studentId, phoneNumber } = state;
      return [{ type: "LearningCanceled", subject: learningId, data: { learningId, orderId, orderNumber, studentId, phoneNumber, canceledAt: command.canceledAt } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the learning record it is about, as of `at`. */
export function evolve(state: LearningRecord | null, event: LearningEvent, at: Date): LearningRecord | null {
  switch (event.type) {
    case "LearningOpened": {
      const { learningId, orderId, orderNumber, studentId, phoneNumber, courseTitle, openedAt } = event.data;
      return {
        id: learningId, orderId, orderNumber, studentId, phoneNumber, courseTitle, status: "AWAITING_MANAGER", managerId: null, managerName: null,
        interimEvaluations: 0, lastInterimScore: null, lastEvaluationId: null, finalScore: null, openedAt: new Date(openedAt), startedAt: null, completedAt: null, canceledAt: null,
      };
    }
    case "LearningStarted":
      return state && { ...state, status: "IN_PROGRESS", managerId: event.data.managerId, managerName: event.data.managerName, startedAt: new Date(event.data.startedAt) };
    case "LearningEvaluated":
      return state && { ...state, interimEvaluations: state.interimEvaluations + 1, lastInterimScore: event.data.score, lastEvaluationId: event.data.evaluationId };
    case "LearningCompleted":
      return state && { ...state, status: "COMPLETED", finalScore: event.data.score, lastEvaluationId: event.data.evaluationId, completedAt: at };
    case "LearningCanceled":
      return state && { ...state, status: "CANCELED", canceledAt: new Date(event.data.canceledAt) };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The learning context's decisions on a learning record, for the platform's command layer. */
export const learningRecordDecider: Decider<LearningRecord, LearningCommand, LearningEvent> = { decide, evolve };
