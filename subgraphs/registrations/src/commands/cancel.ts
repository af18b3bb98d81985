import { commandCausation, type Causation, type RecordEvents, type Sql, type Viewer } from "@supergraph/platform";
import { decide, evolve, type CancellationReason, type Registration } from "../domain/registration.ts";
import { adjustTaken, lockLecture, lockRegistration, saveRegistration } from "../infra/registration-store.ts";

/**
 * Cancels a registration inside the caller's transaction: frees its seat and records
 * RegistrationCanceled, which cancels its payment and its enrolment elsewhere (saga).
 */
export async function cancelRegistration(
  tx: Sql,
  record: RecordEvents,
  registrationId: string,
  by: { viewer: Viewer | null; reason: CancellationReason },
  now: Date,
  causation: Causation = commandCausation(registrationId),
): Promise<Registration> {
  const state = await lockRegistration(tx, registrationId);
  if (state) await lockLecture(tx, state.lectureId);
  const events = decide(
    { type: "Cancel", byUserId: by.viewer?.userId ?? "", byAdmin: by.viewer?.roles.includes("ADMIN") ?? false, reason: by.reason },
    state,
  );
  const registration = events.reduce<Registration | null>((s, e) => evolve(s, e, now), state)!;
  await saveRegistration(tx, registration);
  await adjustTaken(tx, registration.lectureId, -1);
  await record(events, causation);
  return registration;
}
