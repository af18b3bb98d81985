import { InjectionStatusErrorCode, InjectionStatusRequest, type InjectionStatusResult } from "@supergraph/contracts/injections";
import { domainErrors, type Sql } from "@supergraph/platform";
import { findInjections, findInjectionsOfBookings } from "../infra/injection-store.ts";

/** The injection-status call's refusals, their codes from the contract shared with the caller. */
const StatusError = domainErrors(InjectionStatusErrorCode);

/** The sync call `injections.injectionStatus`: whether the injection was given (a read; nothing changes). */
export function injectionStatusAnswer(sql: Sql) {
  return async function injectionStatus(payload: unknown): Promise<InjectionStatusResult> {
    const parsed = InjectionStatusRequest.safeParse(payload);
    if (!parsed.success) throw StatusError.refuse("INVALID_INJECTION_STATUS_REQUEST", `Invalid injection-status request: ${parsed.error.issues[0]?.message ?? "malformed"}.`);
    const { injectionId, bookingId } = parsed.data;
    const [found] = injectionId !== undefined ? await findInjections(sql, [injectionId]) : await findInjectionsOfBookings(sql, [bookingId!]);
    if (!found) throw StatusError.refuse("INJECTION_NOT_FOUND", "No injection with that id.");
    return {
      injectionId: found.id,
      bookingId: found.bookingId,
      customerId: found.customerId,
      completed: found.status === "COMPLETED",
      completedAt: found.completedAt?.toISOString() ?? null,
    };
  };
}
