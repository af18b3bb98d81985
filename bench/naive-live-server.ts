/**
 * The fan-out baseline: what a graphql-ws server does out of the box. One NATS subscription
 * feeds an in-process pub/sub; every subscriber has its own iterator, and graphql-ws runs
 * each subscriber's selection on each event and serializes and frames each result itself.
 * Its payload comes from the event alone (no upstream fetch), which only flatters it.
 * Run as a child of bench/live-fanout.ts: replies on IPC with { port } when listening and
 * with { cpuMicros } when asked "cpu".
 */
import { createServer } from "node:http";
import { buildSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { connect } from "@nats-io/transport-node";
import { WebSocketServer } from "ws";
import { PushIterator } from "../router/src/live/push-iterator.ts";

const [natsUrl, subject] = process.argv.slice(2) as [string, string];

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Lecture { id: ID! title: String }
  type LectureEnrolmentChange { cursor: String! enrolledCount: Int! occurredAt: String! lecture: Lecture! }
  type Subscription { lectureEnrolmentChanges(lectureId: ID!): LectureEnrolmentChange! }
`);

interface Change {
  cursor: string;
  enrolledCount: number;
  occurredAt: string;
  lecture: { id: string; title: string };
}

const listeners = new Set<(change: Change) => void>();
const nc = await connect({ servers: natsUrl });
nc.subscribe(subject, {
  callback: (_error, msg) => {
    const event = JSON.parse(msg.string()) as { id: string; time: string; data: { lectureId: string; enrolledCount: number } };
    const change = { cursor: event.id, enrolledCount: event.data.enrolledCount, occurredAt: event.time, lecture: { id: event.data.lectureId, title: "Fan-out" } };
    for (const listener of listeners) listener(change);
  },
});

const rootValue = {
  lectureEnrolmentChanges: ({ lectureId }: { lectureId: string }) => {
    const iterator = new PushIterator<{ lectureEnrolmentChanges: Change }>(() => listeners.delete(listener));
    const listener = (change: Change) => {
      if (change.lecture.id === lectureId) iterator.push({ lectureEnrolmentChanges: change });
    };
    listeners.add(listener);
    return iterator;
  },
};

const httpServer = createServer();
const wss = new WebSocketServer({ server: httpServer, path: "/graphql", perMessageDeflate: false });
useServer({ schema, roots: { subscription: rootValue } }, wss);
httpServer.listen(0, "127.0.0.1", () => {
  const address = httpServer.address();
  process.send!({ port: typeof address === "object" && address ? address.port : 0 });
});
process.on("message", (message) => {
  if (message === "cpu") {
    const { user, system } = process.cpuUsage();
    process.send!({ cpuMicros: user + system });
  }
});
process.on("disconnect", () => process.exit(0));
