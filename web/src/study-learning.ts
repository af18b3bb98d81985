import type { LearningStatus, LearningStatusChange, MyLearningRow } from "./study-operations.ts";

/*
 * "My learning" on screen: the rows of the read model (views), and the learning statuses pushed
 * live by learning. The read model is built from the same events as the pushes, by another
 * consumer, so a push may arrive before its row moved: the status shown is the one further along
 * of the two (a learning status only moves forward), and the rows are read again after a push.
 */

const PROGRESS: Record<LearningStatus, number> = { AWAITING_MANAGER: 0, IN_PROGRESS: 1, COMPLETED: 2, CANCELED: 2 };

/** The further along of two statuses of one learning record (`a` may be unknown yet). */
export function laterStatus(a: LearningStatus | null, b: LearningStatus | null): LearningStatus | null {
  if (!a) return b;
  if (!b) return a;
  return PROGRESS[b] > PROGRESS[a] ? b : a;
}

/** The rows with each learning status as the latest push shows it, when that is further along. */
export function withPushedStatus(rows: readonly MyLearningRow[], pushed: readonly LearningStatusChange[]): MyLearningRow[] {
  const latest = new Map<string, LearningStatus>();
  for (const change of pushed) {
    const id = change.learning?.id;
    if (id) latest.set(id, laterStatus(latest.get(id) ?? null, change.status)!);
  }
  return rows.map((r) => (r.learningId && latest.has(r.learningId) ? { ...r, learningStatus: laterStatus(r.learningStatus, latest.get(r.learningId)!) } : r));
}

/** Whether the student may still cancel it: ordered, and no final score recorded. */
export const cancelable = (r: MyLearningRow) => r.orderStatus === "ORDERED" && r.finalScore === null && r.learningStatus !== "COMPLETED";

/** The day `n` days from today (UTC), YYYY-MM-DD: the order form's first dates. */
export const inDays = (n: number, now = new Date()) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);
