import { type SignedIn, type Stack, waitFor } from "@supergraph/testkit";
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

/**
 * Registrations and payments that disagree once the system settled: a live registration
 * whose payment is missing or not COMPLETED, a canceled one whose payment was not refunded,
 * a COMPLETED payment without a live registration, or a refund while the registration lives.
 */
export async function paymentMismatches(stack: Stack): Promise<string[]> {
  const registrations = await stack.sql<{ id: string; payment_id: string; status: string }>("registrations", "SELECT id::text, payment_id::text, status::text FROM registration");
  const payments = await stack.sql<{ id: string; reference: string; status: string }>("payments", "SELECT id::text, reference, status::text FROM payment");
  const paymentById = new Map(payments.map((p) => [p.id, p]));
  const registrationById = new Map(registrations.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const r of registrations) {
    const p = paymentById.get(r.payment_id);
    const expected = r.status === "CANCELED" ? "CANCELED" : "COMPLETED";
    if (!p || p.reference !== r.id || p.status !== expected) problems.push(`registration ${r.id} ${r.status}: payment ${p ? `${p.status} for ${p.reference}` : "missing"}`);
  }
  for (const p of payments) {
    const r = registrationById.get(p.reference);
    if (p.status === "COMPLETED" && (!r || r.status === "CANCELED")) problems.push(`payment ${p.id} COMPLETED: registration ${r?.status ?? "missing"}`);
  }
  return problems;
}
