import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations, contextMigrations, createLogger, platformMigrations, repoRoot } from "@supergraph/platform";
import { testEnv } from "@supergraph/testkit/env";
import pg from "pg";
import { describe, expect, it } from "vitest";

const OWNERS_ENUMS = "20261202011325_owners_enums";
const log = createLogger("views-migrations-test", "silent");

/** Views' migrations on real PostgreSQL: the read model's rows survive the move to the owners' enums. */
describe("views' migrations", () => {
  it("move the rows to the owners' enums: REGISTERED becomes PAID, a registered row without its payment's event has it COMPLETED, the rest as they were", async () => {
    const admin = new pg.Client({ connectionString: testEnv().postgresUrl });
    const database = `views_migration_${randomUUID().replace(/-/g, "").slice(0, 10)}`;
    const before = mkdtempSync(join(tmpdir(), "views-migrations-"));
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    const url = new URL(testEnv().postgresUrl);
    url.pathname = `/${database}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    // The DROP ... WITH (FORCE) below may end a client still closing: not an unhandled error.
    pool.on("error", () => undefined);
    try {
      const all = contextMigrations(repoRoot, "views");
      for (const name of readdirSync(all).filter((n) => n < OWNERS_ENUMS)) cpSync(join(all, name), join(before, name), { recursive: true });
      await applyMigrations(pool, [{ dir: platformMigrations, scope: "platform" }, { dir: before, scope: "views" }], log);
      const [registered, paid, canceled, paymentOnly] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      const [student, lecture] = [randomUUID(), randomUUID()];
      await pool.query(
        `INSERT INTO registration_view (registration_id, student_id, lecture_id, status, payment_id, payment_status, amount, registered_at) VALUES
          ($1, $5, $6, 'REGISTERED', gen_random_uuid(), NULL, 100, now()),
          ($2, $5, $6, 'PAID', gen_random_uuid(), 'COMPLETED', 100, now()),
          ($3, $5, $6, 'CANCELED', gen_random_uuid(), 'CANCELED', 100, now()),
          ($4, NULL, NULL, NULL, gen_random_uuid(), 'CANCELED', NULL, NULL)`,
        [registered, paid, canceled, paymentOnly, student, lecture],
      );
      await pool.query(`INSERT INTO lecture_view (lecture_id, instructor_id, title, capacity, status, enrolled_count) VALUES ($1, gen_random_uuid(), 'Logic', 5, 'CANCELED', 0)`, [lecture]);

      const applied = await applyMigrations(pool, [{ dir: platformMigrations, scope: "platform" }, { dir: all, scope: "views" }], log);

      expect(applied).toContain(`views/${OWNERS_ENUMS}`);
      const rows = (await pool.query(`SELECT registration_id AS id, status::text, payment_status::text FROM registration_view`)).rows;
      expect(new Map(rows.map((r) => [r.id, [r.status, r.payment_status]]))).toEqual(
        new Map([
          [registered, ["PAID", "COMPLETED"]],
          [paid, ["PAID", "COMPLETED"]],
          [canceled, ["CANCELED", "CANCELED"]],
          [paymentOnly, [null, "CANCELED"]],
        ]),
      );
      expect((await pool.query(`SELECT status::text FROM lecture_view`)).rows).toEqual([{ status: "CANCELED" }]);
      const types = (await pool.query(`SELECT typname FROM pg_type WHERE typname IN ('RegistrationStatus', 'PaymentStatus', 'LectureStatus', 'RegistrationViewStatus', 'PaymentViewStatus', 'LectureViewStatus') ORDER BY typname`)).rows;
      expect(types.map((t) => t.typname)).toEqual(["LectureStatus", "PaymentStatus", "RegistrationStatus"]);
    } finally {
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
      rmSync(before, { recursive: true, force: true });
    }
  });
});
