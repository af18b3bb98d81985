import { RetryLater, runCommand, type CommandOptions, type RecordEvents, type Sql } from "@supergraph/platform";
import type { Lecture } from "../domain/lecture.ts";
import { onLecture } from "./lecture.ts";

/**
 * Counts (+1) or uncounts (-1) a registration in its lecture's enrolment, in the consuming
 * policy's transaction, and announces the new count in EnrolmentChanged (live enrolment
 * screens follow it). This count is the one the API shows (docs/commands.md, "Enrolment").
 */
export async function changeEnrolment(tx: Sql, record: RecordEvents, lectureId: string, by: 1 | -1, options: CommandOptions): Promise<Lecture> {
  const lecture = onLecture(lectureId);
  const { state } = await runCommand(
    tx,
    record,
    {
      ...lecture,
      // A registration for a lecture not (yet) here — this database restored from an older
      // backup — is retried, then dead-lettered for an operator, rather than counted nowhere.
      load: async (t) => (await lecture.load(t)) ?? Promise.reject(new RetryLater("lecture not known yet")),
    },
    { type: "ChangeEnrolment", by },
    options,
  );
  return state!;
}
