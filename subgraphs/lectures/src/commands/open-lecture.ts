import { randomUUID } from "node:crypto";
import { commandCausation, executeCommand, type UnitOfWork } from "@supergraph/platform";
import { lectureDecider, type Lecture } from "../domain/lecture.ts";
import { saveLecture } from "../infra/lecture-store.ts";

export interface OpenLectureInput {
  readonly title: string;
  readonly price: number;
  readonly capacity: number;
}

/** Opens a new lecture of `instructorId` for registration; LectureOpened feeds registrations' replica. */
export async function openLecture(transact: UnitOfWork, instructorId: string, input: OpenLectureInput, now: Date): Promise<Lecture> {
  const lectureId = randomUUID();
  const { state } = await executeCommand(
    transact,
    { decider: lectureDecider, load: async () => null, save: (tx, lecture) => saveLecture(tx, lecture) },
    { type: "OpenLecture", lectureId, instructorId, ...input },
    { now, causation: commandCausation(lectureId) },
  );
  return state!;
}
