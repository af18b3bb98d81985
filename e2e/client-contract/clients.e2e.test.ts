import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { getMainDefinition } from "@apollo/client/utilities";
import { Client, fetchExchange, subscriptionExchange } from "@urql/core";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSubscriptions, type SignedIn, Stack, waitFor } from "@supergraph/testkit";
import { openLecture } from "../course-registration/helpers.ts";
import { REGISTER } from "../course-registration/operations.ts";

const LECTURES = `query { lectures { id title } }`;
const MY_CHANGES = `subscription { myRegistrationChanges { cursor status registration { id status lecture { title } } } }`;

/**
 * The connection recipes of docs/client-contract.md ("Connecting Apollo Client and urql"),
 * run as written with the real client libraries: if a recipe stops working, this fails.
 */
/**
 * urql aborts every request when its operation ends, finished or not; on Node 20 (undici) the
 * abort of a finished response rejects a body promise nobody awaits, an unhandled rejection
 * vitest fails the run on. Browsers do not; the recipes' settings are the same either way.
 */
const fetchWithoutAbort: typeof fetch = (input, init) => fetch(input, { ...init, signal: undefined });

describe("client libraries connect as the client contract documents", () => {
  let stack: Stack;
  let instructor: SignedIn;
  let lectureId: string;
  const sockets: WsClient[] = [];
  const ws = (token: string) => {
    const client = createWsClient({ url: `${stack.router.url.replace(/^http/, "ws")}/graphql`, connectionParams: { authorization: `Bearer ${token}` }, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
    sockets.push(client);
    return client;
  };

  beforeAll(async () => {
    stack = await Stack.start({}, { only: ["payments", "lectures", "registrations"] });
    instructor = await stack.signUp("INSTRUCTOR");
    lectureId = await openLecture(stack, instructor, { title: "Clients" });
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await stack?.stop();
  });

  it("urql's default GET for queries is refused by CSRF protection; preferGetMethod: false or the preflight header serves it", async () => {
    const url = `${stack.router.url}/graphql`;
    const byDefault = new Client({ url, fetch: fetchWithoutAbort, exchanges: [fetchExchange] });
    const refused = await byDefault.query(LECTURES, {}).toPromise();
    expect(refused.error?.graphQLErrors[0]).toMatchObject({ message: expect.stringMatching(/Cross-Site Request Forgery/), extensions: { code: "BAD_REQUEST" } });

    const configured = new Client({ url, fetch: fetchWithoutAbort, preferGetMethod: false, exchanges: [fetchExchange] });
    const served = await configured.query(LECTURES, {}).toPromise();
    expect(served.error).toBeUndefined();
    expect(served.data.lectures.map((l: { id: string }) => l.id)).toContain(lectureId);

    // Keeping GET (cacheable URLs) works too, with the preflight header.
    const preflighted = new Client({ url, fetch: fetchWithoutAbort, fetchOptions: { headers: { "apollo-require-preflight": "true" } }, exchanges: [fetchExchange] });
    const viaGet = await preflighted.query(LECTURES, {}).toPromise();
    expect(viaGet.error).toBeUndefined();
    expect(viaGet.data.lectures.length).toBeGreaterThan(0);
  });

  it("urql with its subscription exchange over graphql-ws receives the student's PAID change", async () => {
    const student = await stack.signUp("STUDENT");
    const socket = ws(student.token);
    const client = new Client({
      url: `${stack.router.url}/graphql`,
      fetch: fetchWithoutAbort,
      preferGetMethod: false,
      fetchOptions: () => ({ headers: { authorization: `Bearer ${student.token}` } }),
      exchanges: [
        fetchExchange,
        subscriptionExchange({
          forwardSubscription: (request) => ({
            subscribe: (sink) => ({ unsubscribe: socket.subscribe({ ...request, query: request.query ?? "" }, sink) }),
          }),
        }),
      ],
    });
    const statuses: string[] = [];
    const subscription = await openSubscriptions(stack.router.url, 1, () =>
      client.subscription(MY_CHANGES, {}).subscribe((result) => {
        if (result.data) statuses.push(result.data.myRegistrationChanges.status);
      }),
    );
    const registered = await client.mutation(REGISTER, { lectureId }).toPromise();
    expect(registered.error).toBeUndefined();
    await waitFor("PAID over urql", () => statuses.includes("PAID"));
    subscription.unsubscribe();
  });

  it("Apollo Client 4 with an HttpLink for operations and a GraphQLWsLink for subscriptions", async () => {
    const student = await stack.signUp("STUDENT");
    const http = new HttpLink({ uri: `${stack.router.url}/graphql`, headers: { authorization: `Bearer ${student.token}` } });
    const live = new GraphQLWsLink(ws(student.token));
    const link = ApolloLink.split(({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === "OperationDefinition" && definition.operation === "subscription";
    }, live, http);
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    const statuses: string[] = [];
    const subscription = await openSubscriptions(stack.router.url, 1, () =>
      client.subscribe({ query: gql(MY_CHANGES) }).subscribe({
        next: (result) => {
          const change = (result.data as { myRegistrationChanges?: { status: string } } | undefined)?.myRegistrationChanges;
          if (change) statuses.push(change.status);
        },
      }),
    );
    const lectures = await client.query({ query: gql(LECTURES) });
    expect((lectures.data as { lectures: { id: string }[] }).lectures.map((l) => l.id)).toContain(lectureId);
    const registered = await client.mutate({ mutation: gql(REGISTER), variables: { lectureId } });
    expect(registered.error).toBeUndefined();
    await waitFor("PAID over Apollo Client", () => statuses.includes("PAID"));
    subscription.unsubscribe();
  });
});
