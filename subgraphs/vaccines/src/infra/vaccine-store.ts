import type { Sql } from "@supergraph/platform";
import type { Vaccine } from "../domain/vaccine.ts";

/*
 * The vaccines context's statements on vaccines, in SQL on pg (see Sql in the platform for why
 * not through Prisma). The table is Prisma's (prisma/vaccines/), plus the CHECK written by hand:
 * 0 <= booked <= stock.
 */

const COLUMNS = `id, name, stock, booked, registered_by AS "registeredBy", registered_at AS "registeredAt"`;

/** The vaccine, locked until the transaction ends. */
export async function lockVaccine(tx: Sql, id: string): Promise<Vaccine | null> {
  const rows = await tx.$queryRawUnsafe<Vaccine[]>(`SELECT ${COLUMNS} FROM vaccine WHERE id = $1::uuid FOR UPDATE`, id);
  return rows[0] ?? null;
}

export async function findVaccines(sql: Sql, ids: readonly string[]): Promise<Vaccine[]> {
  return sql.$queryRawUnsafe<Vaccine[]>(`SELECT ${COLUMNS} FROM vaccine WHERE id = ANY($1::uuid[])`, ids);
}

export async function allVaccines(sql: Sql): Promise<Vaccine[]> {
  return sql.$queryRawUnsafe<Vaccine[]>(`SELECT ${COLUMNS} FROM vaccine ORDER BY name`);
}

export async function vaccineNamed(sql: Sql, name: string): Promise<boolean> {
  const rows = await sql.$queryRawUnsafe<{ taken: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM vaccine WHERE name = $1) AS taken`, name.trim());
  return rows[0]?.taken ?? false;
}

/** Saves a registration or a stock change; booked is changed only by the dose statements. */
export async function saveVaccine(tx: Sql, v: Vaccine): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO vaccine (id, name, stock, booked, registered_by, registered_at)
    VALUES (${v.id}::uuid, ${v.name}, ${v.stock}, ${v.booked}, ${v.registeredBy}::uuid, ${v.registeredAt})
    ON CONFLICT (id) DO UPDATE SET stock = EXCLUDED.stock`;
}
