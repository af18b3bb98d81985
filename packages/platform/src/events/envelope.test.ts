import { describe, expect, it } from "vitest";
import { causedBy, commandCausation, envelope, parseEnvelope, type EventEnvelope } from "./envelope.ts";

const registrationId = "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d";
const at = new Date("2026-01-02T03:04:05.000Z");
const event = { type: "RegistrationCanceled", subject: registrationId, data: { registrationId, reason: "STUDENT_CANCELED" } };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));

describe("wrapping an event", () => {
  it("given a decided event, when wrapped, then it carries the CloudEvents attributes and its causation", () => {
    const wrapped = envelope("registrations", event, { correlationId: registrationId, causationId: "command-1" }, at);

    expect(wrapped).toEqual({
      specversion: "1.0",
      id: expect.stringMatching(uuid),
      source: "/contexts/registrations",
      type: "RegistrationCanceled",
      subject: registrationId,
      time: "2026-01-02T03:04:05.000Z",
      datacontenttype: "application/json",
      correlationid: registrationId,
      causationid: "command-1",
      data: event.data,
    });
  });

  it("given the same event wrapped twice, then each envelope has its own id", () => {
    const causation = commandCausation(registrationId);

    expect(envelope("registrations", event, causation, at).id).not.toBe(envelope("registrations", event, causation, at).id);
  });
});

describe("causation", () => {
  it("given a command on an entity, then the case is that entity and the cause a fresh command id", () => {
    const first = commandCausation(registrationId);

    expect(first.correlationId).toBe(registrationId);
    expect(first.causationId).toMatch(uuid);
    expect(commandCausation(registrationId).causationId).not.toBe(first.causationId);
  });

  it("given a command id, then it is the cause", () => {
    expect(commandCausation(registrationId, "command-1")).toEqual({ correlationId: registrationId, causationId: "command-1" });
  });

  it("given a handled event, when its effects are wrapped, then they keep its case and are caused by it", () => {
    const handled = envelope("lectures", { type: "LectureCanceled", subject: "lecture-1", data: {} }, { correlationId: "lecture-1", causationId: "command-1" }, at);
    const effect = envelope("registrations", event, causedBy(handled), at);

    expect(effect.correlationid).toBe("lecture-1");
    expect(effect.causationid).toBe(handled.id);
  });
});

describe("parsing an envelope", () => {
  const valid: EventEnvelope = envelope("registrations", event, { correlationId: registrationId, causationId: "command-1" }, at);

  it("given the bytes of an envelope, when parsed, then it is that envelope", () => {
    expect(parseEnvelope(bytes(valid))).toEqual(valid);
  });

  it("given bytes that are not JSON, then it is refused", () => {
    expect(parseEnvelope(bytes("{not json"))).toEqual({ error: "not JSON" });
  });

  it.each([["null", null], ["a number", 42], ["a string", "text"]])("given %s, then it is not an object", (_, value) => {
    expect(parseEnvelope(bytes(JSON.stringify(value)))).toEqual({ error: "not an object" });
  });

  it.each(["id", "source", "type", "subject", "time", "correlationid", "causationid"] as const)("given no %s, then the attribute is missing", (key) => {
    const { [key]: _omitted, ...rest } = valid;

    expect(parseEnvelope(bytes(rest))).toEqual({ error: `missing attribute ${key}` });
    expect(parseEnvelope(bytes({ ...valid, [key]: "" }))).toEqual({ error: `missing attribute ${key}` });
    expect(parseEnvelope(bytes({ ...valid, [key]: 7 }))).toEqual({ error: `missing attribute ${key}` });
  });

  it.each([["absent", undefined], ["null", null], ["a string", "data"]])("given data %s, then the data is missing", (_, data) => {
    expect(parseEnvelope(bytes({ ...valid, data }))).toEqual({ error: "missing data" });
  });
});
