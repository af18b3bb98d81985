import type { LectureEvent } from "@supergraph/contracts/lectures";
import type { CommandSpec } from "@supergraph/platform";
import { lectureDecider, type Lecture, type LectureCommand } from "../domain/lecture.ts";
import { lockLecture, saveLecture } from "../infra/lecture-store.ts";

/** A command on the lecture `lectureId`: locked while it is decided, saved whole. */
export function onLecture(lectureId: string): CommandSpec<Lecture, LectureCommand, LectureEvent> {
  return {
    decider: lectureDecider,
    load: (tx) => lockLecture(tx, lectureId),
    save: (tx, lecture) => saveLecture(tx, lecture),
  };
}
