import { DomainError } from "../errors.ts";

/** For Given/When/Then tests of deciders: the DomainError `run` refuses with (fails otherwise). */
export function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

/** The code of the refusal `run` throws. */
export const refusalCode = (run: () => unknown): string => refusal(run).code;
