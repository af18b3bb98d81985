import type { TransactionClient } from "@supergraph/platform";
import type { Lecture } from "../domain/lecture.ts";
import type { PrismaClient } from "./prisma-client/client.ts";

/** The Prisma client, or the transaction client of an interactive transaction. */
export type LecturesTx = TransactionClient<PrismaClient>;

export async function findLecture(tx: LecturesTx, id: string): Promise<Lecture | null> {
  return tx.lecture.findUnique({ where: { id } });
}

export async function saveLecture(tx: LecturesTx, lecture: Lecture): Promise<void> {
  const { id, ...fields } = lecture;
  await tx.lecture.upsert({ where: { id }, create: lecture, update: fields });
}

/** Moves the enrolment count by `delta`; null when the lecture is not (yet) known here. */
export async function adjustEnrolment(tx: LecturesTx, lectureId: string, delta: 1 | -1): Promise<Lecture | null> {
  const result = await tx.lecture.updateMany({ where: { id: lectureId }, data: { enrolledCount: { increment: delta } } });
  return result.count === 1 ? tx.lecture.findUnique({ where: { id: lectureId } }) : null;
}
