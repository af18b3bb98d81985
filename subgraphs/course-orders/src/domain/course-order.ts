import type { CourseOrderEvent } from "@supergraph/contracts/course-orders";
import { domainErrors, type Decider } from "@supergraph/platform";
import { CourseOrdersErrorCode, type CourseOrderStatus } from "../generated/graphql.ts";

/** Statuses of a course order: the SDL's enum (the Prisma schema's copy is checked by scripts/enums.test.ts). */
export type { CourseOrderStatus };

export interface CourseOrder {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly status: CourseOrderStatus;
  readonly requestedAt: Date;
  readonly confirmedAt: Date | null;
}

export type CourseOrderCommand =
  | { type: "RequestCourseOrder"; courseOrderId: string; ownerId: string; title: string }
  /** The request was published: the course order is confirmed (the confirm-course-order policy). */
  | { type: "ConfirmCourseOrder" };

/** Refusals of the course-orders context, their codes from its SDL's CourseOrdersErrorCode. */
export const CourseOrderError = domainErrors(CourseOrdersErrorCode);

/** Decides which events a command on a course order yields, or refuses it. */
export function decide(command: CourseOrderCommand, state: CourseOrder | null): CourseOrderEvent[] {
  switch (command.type) {
    case "RequestCourseOrder": {
      const title = command.title.trim();
      if (title.length < 1 || title.length > 200) throw CourseOrderError.refuse("INVALID_COURSE_ORDER", "The title must have 1 to 200 characters.");
      const { courseOrderId, ownerId } = command;
      return [{ type: "CourseOrderRequested", subject: courseOrderId, data: { courseOrderId, ownerId, title } }];
    }
    case "ConfirmCourseOrder": {
      if (!state) throw CourseOrderError.refuse("COURSE_ORDER_NOT_FOUND", "No course order with that id.");
      // Confirmed already (its request delivered again): nothing more happens.
      if (state.status === "CONFIRMED") return [];
      return [{ type: "CourseOrderConfirmed", subject: state.id, data: { courseOrderId: state.id, ownerId: state.ownerId } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies an event to the course order it is about, as of `at`. */
export function evolve(state: CourseOrder | null, event: CourseOrderEvent, at: Date): CourseOrder {
  switch (event.type) {
    case "CourseOrderRequested":
      return { id: event.data.courseOrderId, ownerId: event.data.ownerId, title: event.data.title, status: "REQUESTED", requestedAt: at, confirmedAt: null };
    case "CourseOrderConfirmed":
      if (!state) throw new Error("CourseOrderConfirmed for a course order that does not exist");
      return { ...state, status: "CONFIRMED", confirmedAt: at };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The course-orders context's decisions on a course order, for the platform's command layer. */
export const courseOrderDecider: Decider<CourseOrder, CourseOrderCommand, CourseOrderEvent> = { decide, evolve };
