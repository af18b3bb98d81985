import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logger.ts";
import { connectBus, type EventBus } from "./bus.ts";
import { streamPublisher, type StreamPublisher } from "./stream-publisher.ts";

const namespace = `it_${randomBytes(4).toString("hex")}`;
const log = createLogger("test", "silent");

/** The relay's publishes on real NATS JetStream: stored in order, duplicates known, refusals and silence reported. */
describe("stream publisher", () => {
  let bus: EventBus;
  let publisher: StreamPublisher;

  beforeAll(async () => {
    bus = await connectBus({ url: "nats://127.0.0.1:4222", namespace, name: "test", log });
    publisher = streamPublisher(bus.nc);
  });

  afterAll(async () => {
    publisher?.close();
    await bus?.jsm.streams.delete(bus.names.stream).catch(() => undefined);
    await bus?.close();
  });

  const subject = () => bus.names.eventSubject("source", "Happened");

  it("resolves once every message of a batch is stored, in order, each once however often it is published", async () => {
    const ids = Array.from({ length: 300 }, () => randomUUID());
    const before = (await bus.jsm.streams.info(bus.names.stream)).state.last_seq;
    await publisher.publishAll(ids.map((id) => ({ subject: subject(), payload: JSON.stringify({ id }), msgID: id })), 5_000);
    // A batch published again (the relay died before marking it): JetStream answers duplicate, stores nothing.
    await publisher.publishAll(ids.slice(0, 10).map((id) => ({ subject: subject(), payload: JSON.stringify({ id }), msgID: id })), 5_000);
    const info = await bus.jsm.streams.info(bus.names.stream);
    expect(info.state.last_seq - before).toBe(ids.length);
    const stored = await Promise.all([1, 150, 300].map((k) => bus.jsm.streams.getMessage(bus.names.stream, { seq: before + k })));
    expect(stored.map((m) => (m?.json() as { id: string } | undefined)?.id)).toEqual([ids[0], ids[149], ids[299]]);
  });

  it("rejects a batch with a message no stream takes", async () => {
    const id = randomUUID();
    await expect(
      publisher.publishAll([
        { subject: subject(), payload: JSON.stringify({ id }), msgID: id },
        { subject: `${namespace}.nowhere`, payload: "{}", msgID: randomUUID() },
      ], 5_000),
    ).rejects.toThrow(/no stream stored/);
  });
});
