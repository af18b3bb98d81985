import { useSubscription } from "urql";
import { LECTURE_ENROLMENT_CHANGES, type LectureEnrolmentChange } from "./operations.ts";

/**
 * A lecture's enrolment count as it stands, live: the last change `lectureEnrolmentChanges`
 * pushed (changes come in stream order), else the count read with the lecture. The count moves
 * asynchronously after a registration or a cancellation (lectures counts it from their events),
 * so only the push says when it did. A page remounts its rows after a reconnection (their key
 * holds `reconnects`), so a count read afresh then is not hidden behind an older push.
 */
export function useLiveEnrolment(lectureId: string, read: number): number {
  const [live] = useSubscription<{ lectureEnrolmentChanges: LectureEnrolmentChange }>({
    query: LECTURE_ENROLMENT_CHANGES,
    variables: { lectureId },
  });
  return live.data?.lectureEnrolmentChanges.enrolledCount ?? read;
}
