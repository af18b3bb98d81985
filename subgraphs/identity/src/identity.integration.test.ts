/**
 * The identity subgraph as a real process against real PostgreSQL (a fresh database) and
 * real NATS (a fresh namespace): sign-up, sign-in, tokens verified through the served JWKS,
 * email privacy, and tokens surviving a restart.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { once } from "node:events";
import { setTimeout as delay } from "node:timers/promises";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { createTokenVerifier, repoRoot } from "@supergraph/platform";
import { freePort } from "@supergraph/testkit";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const POSTGRES = "postgresql://postgres@127.0.0.1:5432";
const NATS_URL = "nats://127.0.0.1:4222";
const suffix = randomBytes(6).toString("hex");
const database = `identity_it_${suffix}`;
const namespace = `identity-it-${suffix}`;
const issuer = "supergraph-identity";
const audience = "supergraph";

let port = 0;
let child: ChildProcess | undefined;
let output = "";
const base = () => `http://127.0.0.1:${port}`;

/** Starts the subgraph and resolves once /readyz answers 200; fails at once if it exits. */
async function startIdentity(): Promise<void> {
  output = "";
  const proc = spawn(process.execPath, ["--import", "tsx", "subgraphs/identity/src/index.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: `${POSTGRES}/${database}`,
      DATABASE_POOL_SIZE: "4",
      PORT: String(port),
      HOST: "127.0.0.1",
      NATS_URL,
      NATS_NAMESPACE: namespace,
      JWKS_URL: `${base()}/.well-known/jwks.json`,
      JWT_ISSUER: issuer,
      JWT_AUDIENCE: audience,
      JWT_PRIVATE_JWK: "",
      ALLOW_ADMIN_SIGNUP: "true",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = proc;
  proc.stdout?.on("data", (chunk) => (output += chunk));
  proc.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`identity exited while starting:\n${output}`);
    const ready = await fetch(`${base()}/readyz`, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false);
    if (ready) return;
    await delay(100); // poll interval of the readiness probe, not a wait for an effect
  }
  throw new Error(`identity not ready in 45 s:\n${output}`);
}

async function stopIdentity(): Promise<void> {
  const proc = child;
  child = undefined;
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = once(proc, "exit");
  proc.kill("SIGTERM");
  const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${base()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

const codes = (r: GraphQLResponse<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);

interface AuthPayload {
  token: string;
  user: { id: string; email: string; name: string; roles: string[] };
}

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id email name roles } } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token user { id email roles } } }`;
const PASSWORD = "correct horse battery";

async function signUp(role: "STUDENT" | "INSTRUCTOR" | "ADMIN", email = `${role.toLowerCase()}-${randomUUID()}@Example.com`): Promise<AuthPayload> {
  const result = await gql<{ signUp: AuthPayload }>(SIGN_UP, { input: { email, password: PASSWORD, name: `A ${role}`, role } });
  expect(result.errors).toBeUndefined();
  return result.data!.signUp;
}

beforeAll(async () => {
  port = await freePort();
  await startIdentity();
}, 60_000);

afterAll(async () => {
  await stopIdentity();
  const admin = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).finally(() => admin.end());
  const nc = await connect({ servers: NATS_URL, timeout: 5_000 });
  try {
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(`${namespace}_EVENTS`).catch(() => undefined);
  } finally {
    await nc.close();
  }
}, 30_000);

describe("identity subgraph", { timeout: 30_000 }, () => {
  it("signs a newcomer up with a lower-cased email and shows them their own email", async () => {
    const { token, user } = await signUp("STUDENT", "Ada.Lovelace@Example.COM");
    expect(token.split(".")).toHaveLength(3);
    expect(user).toMatchObject({ email: "ada.lovelace@example.com", name: "A STUDENT", roles: ["STUDENT"] });
  });

  it("grants the union of role and roles, each once, in the payload, the token and on sign-in", async () => {
    const email = `sam-${randomUUID()}@example.com`;
    const input = { email, password: PASSWORD, name: "Sam Person", role: "STUDENT", roles: ["EMPLOYEE", "CUSTOMER", "STUDENT"] };
    const result = await gql<{ signUp: AuthPayload }>(SIGN_UP, { input });
    expect(result.errors).toBeUndefined();
    const { token, user } = result.data!.signUp;
    expect(user.roles).toEqual(["STUDENT", "EMPLOYEE", "CUSTOMER"]);
    const verify = createTokenVerifier({ jwksUrl: `${base()}/.well-known/jwks.json`, issuer, audience });
    await expect(verify(token)).resolves.toMatchObject({ userId: user.id, roles: ["STUDENT", "EMPLOYEE", "CUSTOMER"] });
    const signedIn = await gql<{ signIn: AuthPayload }>(SIGN_IN, { email, password: PASSWORD });
    expect(signedIn.data?.signIn.user.roles).toEqual(["STUDENT", "EMPLOYEE", "CUSTOMER"]);
  });

  it("refuses a role outside the Role enum among roles (a GraphQL validation error, nothing stored)", async () => {
    const email = `odd-${randomUUID()}@example.com`;
    const result = await gql(SIGN_UP, { input: { email, password: PASSWORD, name: "Odd", role: "STUDENT", roles: ["WIZARD"] } });
    expect(result.data ?? null).toBeNull();
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await gql(SIGN_IN, { email, password: PASSWORD }))).toEqual(["INVALID_CREDENTIALS"]);
  });

  it("signs a user in whatever the case of the email", async () => {
    const { user } = await signUp("INSTRUCTOR");
    const result = await gql<{ signIn: AuthPayload }>(SIGN_IN, { email: user.email.toUpperCase(), password: PASSWORD });
    expect(result.errors).toBeUndefined();
    expect(result.data?.signIn.user).toEqual({ id: user.id, email: user.email, roles: ["INSTRUCTOR"] });
  });

  it("refuses a wrong password and an unknown email alike, with INVALID_CREDENTIALS", async () => {
    const { user } = await signUp("STUDENT");
    const wrongPassword = await gql(SIGN_IN, { email: user.email, password: "not the password" });
    const unknownEmail = await gql(SIGN_IN, { email: `nobody-${randomUUID()}@example.com`, password: PASSWORD });
    expect(codes(wrongPassword)).toEqual(["INVALID_CREDENTIALS"]);
    expect(codes(unknownEmail)).toEqual(["INVALID_CREDENTIALS"]);
    expect(wrongPassword.errors?.[0]?.message).toBe(unknownEmail.errors?.[0]?.message);
  });

  it("refuses a second sign-up with the same email in another case, with EMAIL_TAKEN", async () => {
    const { user } = await signUp("STUDENT");
    const again = await gql(SIGN_UP, { input: { email: user.email.toUpperCase(), password: PASSWORD, name: "Twin", role: "STUDENT" } });
    expect(codes(again)).toEqual(["EMAIL_TAKEN"]);
  });

  it("refuses a short password with WEAK_PASSWORD", async () => {
    const result = await gql(SIGN_UP, { input: { email: `short-${randomUUID()}@example.com`, password: "1234567", name: "Shorty", role: "STUDENT" } });
    expect(codes(result)).toEqual(["WEAK_PASSWORD"]);
  });

  it("issues tokens the platform's verifier accepts against the served JWKS, which holds public keys only", async () => {
    const { token, user } = await signUp("INSTRUCTOR");
    const jwks = (await (await fetch(`${base()}/.well-known/jwks.json`)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const key of jwks.keys) {
      expect(key).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig", kid: expect.any(String) });
      expect(key).not.toHaveProperty("d");
    }
    const verify = createTokenVerifier({ jwksUrl: `${base()}/.well-known/jwks.json`, issuer, audience });
    await expect(verify(token)).resolves.toMatchObject({ userId: user.id, roles: ["INSTRUCTOR"] });
  });

  it("answers me with the token's user, and null without a token", async () => {
    const { token, user } = await signUp("STUDENT");
    const me = await gql<{ me: AuthPayload["user"] | null }>(`{ me { id email name roles } }`, {}, token);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual(user);
    const anonymous = await gql<{ me: unknown }>(`{ me { id } }`);
    expect(anonymous).toEqual({ data: { me: null } });
  });

  it("keeps a user's email from other users (FORBIDDEN) but shows name and roles, and shows it to an ADMIN", async () => {
    const ada = await signUp("STUDENT");
    const bob = await signUp("STUDENT");
    const admin = await signUp("ADMIN");
    const entities = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id name roles EMAIL } } }`;
    const reps = [{ __typename: "User", id: ada.user.id }];

    const publicPart = await gql<{ _entities: unknown[] }>(entities.replace(" EMAIL", ""), { reps }, bob.token);
    expect(publicPart.errors).toBeUndefined();
    expect(publicPart.data?._entities).toEqual([{ id: ada.user.id, name: "A STUDENT", roles: ["STUDENT"] }]);

    const byBob = await gql(entities.replace("EMAIL", "email"), { reps }, bob.token);
    expect(codes(byBob)).toEqual(["FORBIDDEN"]);
    const anonymously = await gql(entities.replace("EMAIL", "email"), { reps });
    expect(codes(anonymously)).toEqual(["FORBIDDEN"]);

    const byAdmin = await gql<{ user: { email: string } }>(`query ($id: ID!) { user(id: $id) { email } }`, { id: ada.user.id }, admin.token);
    expect(byAdmin).toEqual({ data: { user: { email: ada.user.email } } });
    const userByStudent = await gql(`query ($id: ID!) { user(id: $id) { id } }`, { id: ada.user.id }, bob.token);
    expect(codes(userByStudent)).toEqual(["FORBIDDEN"]);
  });

  it("keeps signing with the same key after a restart, so earlier tokens still verify", async () => {
    const { token, user } = await signUp("STUDENT");
    const kidsBefore = ((await (await fetch(`${base()}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] }).keys.map((k) => k.kid);

    await stopIdentity();
    await startIdentity();

    const kidsAfter = ((await (await fetch(`${base()}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] }).keys.map((k) => k.kid);
    expect(kidsAfter).toEqual(kidsBefore);
    const verify = createTokenVerifier({ jwksUrl: `${base()}/.well-known/jwks.json`, issuer, audience });
    await expect(verify(token)).resolves.toMatchObject({ userId: user.id });
    const me = await gql<{ me: { id: string } | null }>(`{ me { id } }`, {}, token);
    expect(me).toEqual({ data: { me: { id: user.id } } });
  }, 90_000);
});
