import type { SignedIn, Stack } from "../harness/stack.ts";
import { waitFor } from "../harness/stack.ts";
import { LECTURE, OPEN_LECTURE, REGISTER, REGISTRATION } from "./operations.ts";

/** Opens a lecture as `instructor` and waits until registrations knows it (its replica). */
export async function openLecture(stack: Stack, instructor: SignedIn, input: { title?: string; price?: number; capacity?: number } = {}): Promise<string> {
  const res = await stack.gql(OPEN_LECTURE, { input: { title: "Distributed Systems", price: 12_000, capacity: 30, ...input } }, instructor.token);
  const id = res.data?.openLecture?.id as string | undefined;
  if (!id) throw new Error(`openLecture failed: ${JSON.stringify(res.errors)}`);
  await waitFor("the lecture to reach the registrations replica", async () =>
    (await stack.sql("registrations", "SELECT 1 FROM offered_lecture WHERE id = $1", [id])).length === 1,
  );
  return id;
}

export async function register(stack: Stack, student: SignedIn, lectureId: string) {
  return stack.gql(REGISTER, { lectureId }, student.token);
}

/** Waits until the registration, read through the router, has `status`. */
export async function registrationStatus(stack: Stack, student: SignedIn, id: string, status: string) {
  return waitFor(`registration ${id} to be ${status}`, async () => {
    const res = await stack.gql(REGISTRATION, { id }, student.token);
    return res.data?.registration?.status === status ? res.data.registration : null;
  });
}

export async function enrolment(stack: Stack, lectureId: string): Promise<number> {
  const res = await stack.gql(LECTURE, { id: lectureId });
  return res.data?.lecture?.enrolledCount as number;
}

export async function enrolmentBecomes(stack: Stack, lectureId: string, count: number): Promise<void> {
  await waitFor(`enrolment of ${lectureId} to be ${count}`, async () => (await enrolment(stack, lectureId)) === count);
}
