import { commandCausation, executeCommand, isUuid, type UnitOfWork, type Viewer } from "@supergraph/platform";
import { LearningError, type LearningRecord } from "../domain/learning-record.ts";
import { onLearningRecord } from "./learning-record.ts";

export interface StartLearningInput {
  readonly learningId: string;
  readonly managerName: string;
  readonly managerId?: string | null;
}

/**
 * Starts a learning: a LEARNING_MANAGER assigns themselves (a managerId other than their
 * own is refused), an ADMIN names the manager. LearningStarted once: a second start is
 * LEARNING_ALREADY_STARTED, whoever sends it.
 */
export async function startLearning(transact: UnitOfWork, by: Viewer, input: StartLearningInput, now: Date): Promise<LearningRecord> {
  if (!isUuid(input.learningId)) throw LearningError.refuse("LEARNING_RECORD_NOT_FOUND", "No learning record with that id.");
  const byAdmin = by.roles.includes("ADMIN");
  const managerId = byAdmin ? input.managerId : (input.managerId ?? by.userId);
  if (!managerId || !isUuid(managerId) || (!byAdmin && managerId !== by.userId)) {
    throw LearningError.refuse("INVALID_MANAGER", byAdmin ? "Name the learning manager to assign (managerId)." : "A learning manager assigns themselves only.");
  }
  const { state } = await executeCommand(
    transact,
    onLearningRecord({ id: input.learningId }),
    { type: "StartLearning", managerId, managerName: input.managerName, startedAt: now.toISOString() },
    { now, causation: commandCausation(input.learningId) },
  );
  return state!;
}

