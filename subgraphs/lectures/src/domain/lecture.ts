import type { LectureEvent } from "@supergraph/contracts/lectures";
import { domainErrors, type Decider } from "@supergraph/platform";
import { LectureErrorCode, type LectureStatus } from "../generated/graphql.ts";

/** Statuses of a lecture: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { LectureStatus };

export interface Lecture {
  readonly id: string;
  readonly instructorId: string;
  readonly title: string;
  readonly price: number;
  readonly capacity: number;
  readonly status: LectureStatus;
  readonly enrolledCount: number;
  readonly openedAt: Date;
  readonly canceledAt: Date | null;
}

export type LectureCommand =
  | { type: "OpenLecture"; lectureId: string; instructorId: string; title: string; price: number; capacity: number }
  | { type: "CancelLecture"; byUserId: string; byAdmin: boolean }
  /** A registration counted (+1) or uncounted (-1) in the lecture's enrolment, from registrations' events. */
  | { type: "ChangeEnrolment"; by: 1 | -1 };

/** Refusals of the lectures context, their codes from its SDL's LectureErrorCode. */
export const LectureError = domainErrors(LectureErrorCode);

/** Decides which events a command on a lecture yields, or refuses it. */
export function decide(command: LectureCommand, state: Lecture | null): LectureEvent[] {
  switch (command.type) {
    case "OpenLecture": {
      const title = command.title.trim();
      if (title.length < 3 || title.length > 200) throw LectureError.refuse("INVALID_LECTURE", "The title must have 3 to 200 characters.");
      if (!Number.isInteger(command.price) || command.price < 0) throw LectureError.refuse("INVALID_LECTURE", "The price must be 0 cents or more.");
      if (!Number.isInteger(command.capacity) || command.capacity < 1 || command.capacity > 10_000) {
        throw LectureError.refuse("INVALID_LECTURE", "The capacity must be between 1 and 10000 seats.");
      }
      const { lectureId, instructorId, price, capacity } = command;
      return [{ type: "LectureOpened", subject: lectureId, data: { lectureId, instructorId, title, price, capacity } }];
    }
    case "CancelLecture": {
      if (!state) throw LectureError.refuse("LECTURE_NOT_FOUND", "No lecture with that id.");
      if (state.instructorId !== command.byUserId && !command.byAdmin) {
        throw LectureError.refuse("NOT_LECTURE_OWNER", "Only the lecture's instructor may cancel it.");
      }
      if (state.status === "CANCELED") throw LectureError.refuse("LECTURE_ALREADY_CANCELED", "The lecture is already canceled.");
      return [{ type: "LectureCanceled", subject: state.id, data: { lectureId: state.id, instructorId: state.instructorId } }];
    }
    case "ChangeEnrolment": {
      // A canceled lecture still counts: its registrations are uncounted as they are canceled.
      if (!state) throw LectureError.refuse("LECTURE_NOT_FOUND", "No lecture with that id.");
      const enrolledCount = state.enrolledCount + command.by;
      return [{ type: "EnrolmentChanged", subject: state.id, data: { lectureId: state.id, instructorId: state.instructorId, enrolledCount } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the lecture it is about. */
export function evolve(state: Lecture | null, event: LectureEvent, at: Date): Lecture {
  switch (event.type) {
    case "LectureOpened":
      return { id: event.data.lectureId, instructorId: event.data.instructorId, title: event.data.title, price: event.data.price, capacity: event.data.capacity, status: "OPEN", enrolledCount: 0, openedAt: at, canceledAt: null };
    case "LectureCanceled":
      if (!state) throw new Error("LectureCanceled for a lecture that does not exist");
      return { ...state, status: "CANCELED", canceledAt: at };
    case "EnrolmentChanged":
      if (!state) throw new Error("EnrolmentChanged for a lecture that does not exist");
      return { ...state, enrolledCount: event.data.enrolledCount };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The lecture's decisions, for the platform's command layer. */
export const lectureDecider: Decider<Lecture, LectureCommand, LectureEvent> = { decide, evolve };
