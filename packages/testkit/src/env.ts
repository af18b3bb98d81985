/**
 * Where test stacks run, read from the environment in this one place: the machine's
 * PostgreSQL and NATS unless a run points elsewhere, and how talkative their services are.
 */
export interface TestEnv {
  /** URL of the `postgres` database of the PostgreSQL the stacks' databases are made in. */
  readonly postgresUrl: string;
  readonly natsUrl: string;
  /** LOG_LEVEL of every service a stack starts (warn: failures show, requests do not). */
  readonly logLevel: string;
}

export function testEnv(source: Record<string, string | undefined> = process.env): TestEnv {
  return {
    postgresUrl: source.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    natsUrl: source.NATS_URL ?? "nats://127.0.0.1:4222",
    logLevel: source.E2E_LOG_LEVEL ?? "warn",
  };
}
