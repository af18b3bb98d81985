import type pg from "pg";
import type { SqlExecutor, TransactionalDb } from "../database.ts";

/**
 * The platform's view of a database (interactive transactions and raw SQL) over a plain pg
 * pool, for testing the platform's machinery without a context's generated Prisma client.
 */
export function pgDatabase(pool: pg.Pool): TransactionalDb<SqlExecutor> {
  const executor = (run: (text: string, values: unknown[]) => Promise<pg.QueryResult>): SqlExecutor => ({
    $executeRawUnsafe: async (text, ...values) => (await run(text, values)).rowCount ?? 0,
    $queryRawUnsafe: async <T>(text: string, ...values: unknown[]) => (await run(text, values)).rows as T,
  });
  return {
    ...executor((text, values) => pool.query(text, values)),
    async $transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(executor((text, values) => client.query(text, values)));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
