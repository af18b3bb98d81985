import { commandCausation, executeCommand, type UnitOfWork, type Viewer } from "@supergraph/platform";
import type { Lecture } from "../domain/lecture.ts";
import { onLecture } from "./lecture.ts";

/** Cancels a lecture for its instructor (or an admin); registrations cancel its registrations on LectureCanceled. */
export async function cancelLecture(transact: UnitOfWork, lectureId: string, by: Viewer, now: Date): Promise<Lecture> {
  const { state } = await executeCommand(
    transact,
    onLecture(lectureId),
    { type: "CancelLecture", byUserId: by.userId, byAdmin: by.roles.includes("ADMIN") },
    { now, causation: commandCausation(lectureId) },
  );
  return state!;
}
