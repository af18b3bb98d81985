import { runCommand, type CommandOptions, type RecordEvents, type Sql, type Viewer } from "@supergraph/platform";
import type { CancellationReason, Registration } from "../domain/registration.ts";
import { registrationOf } from "./registration-of.ts";

/**
 * Cancels a registration inside the caller's transaction: frees its seat and records
 * RegistrationCanceled (lectures uncount the enrolment) with the request that payments cancel
 * and refund its payment (saga). Refused when it is not the viewer's or is canceled already.
 */
export async function cancelRegistration(
  tx: Sql,
  record: RecordEvents,
  registrationId: string,
  by: { viewer: Viewer | null; reason: CancellationReason },
  options: CommandOptions,
): Promise<Registration> {
  const command = { type: "Cancel", byUserId: by.viewer?.userId ?? "", byAdmin: by.viewer?.roles.includes("ADMIN") ?? false, reason: by.reason } as const;
  const { state } = await runCommand(tx, record, registrationOf(registrationId), command, options);
  return state!;
}
