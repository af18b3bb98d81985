import type { TransactionClient } from "@supergraph/platform";
import type { OfferedLecture, Registration } from "../domain/registration.ts";
import type { PrismaClient } from "./prisma-client/client.ts";

/** The Prisma client, or the transaction client of an interactive transaction. */
export type RegistrationsTx = TransactionClient<PrismaClient>;

/** Reads the lecture replica and locks its row, serializing seat changes of one lecture. */
export async function lockLecture(tx: RegistrationsTx, id: string): Promise<OfferedLecture | null> {
  const rows = await tx.$queryRaw<OfferedLecture[]>`
    SELECT id::text, title, price, capacity, status::text AS status, taken FROM offered_lecture WHERE id = ${id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export async function adjustTaken(tx: RegistrationsTx, lectureId: string, delta: number): Promise<void> {
  await tx.offeredLecture.update({ where: { id: lectureId }, data: { taken: { increment: delta } } });
}

export async function lockRegistration(tx: RegistrationsTx, id: string): Promise<Registration | null> {
  await tx.$executeRaw`SELECT 1 FROM registration WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.registration.findUnique({ where: { id } });
}

export async function hasLiveRegistration(tx: RegistrationsTx, lectureId: string, studentId: string): Promise<boolean> {
  const [live, held] = await Promise.all([
    tx.registration.count({ where: { lectureId, studentId, status: { not: "CANCELED" } } }),
    tx.seatHold.count({ where: { lectureId, studentId } }),
  ]);
  return live + held > 0;
}

export async function saveRegistration(tx: RegistrationsTx, registration: Registration): Promise<void> {
  const { id, ...fields } = registration;
  await tx.registration.upsert({ where: { id }, create: registration, update: fields });
}
