import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { context, propagation, ProxyTracerProvider, trace } from "@opentelemetry/api";
import { BasicTracerProvider } from "@opentelemetry/sdk-trace-base";
import { afterEach, describe, expect, it } from "vitest";
import { commonEnv, loadEnv } from "./env.ts";
import { CORRELATION_ATTRIBUTE, CONTEXT_ATTRIBUTE, inSpan, runIn, SpanKind, startTracing, TRACING_OFF, withSpan, type TracingHandle } from "./tracing.ts";

const settings = (env: Record<string, string>) => loadEnv(commonEnv, env);
const delegate = () => (trace.getTracerProvider() as ProxyTracerProvider).getDelegate();

describe("tracing", () => {
  let handle: TracingHandle | undefined;
  afterEach(async () => {
    await handle?.stop();
    handle = undefined;
  });

  it("is off without OTEL_EXPORTER_OTLP_ENDPOINT: no provider registered, the API's no-op tracer, nothing propagated", () => {
    handle = startTracing(settings({ OTEL_SERVICE_NAME: "ignored" }), "lectures");
    expect(handle.enabled).toBe(false);
    expect(handle.tracingOf("lectures")).toBe(TRACING_OFF);
    expect(delegate()).not.toBeInstanceOf(BasicTracerProvider);
    const span = trace.getTracer("any").startSpan("anything");
    expect(span.isRecording()).toBe(false);
    expect(trace.isSpanContextValid(span.spanContext())).toBe(false);
    const carrier: Record<string, string> = {};
    propagation.inject(trace.setSpan(context.active(), span), carrier);
    expect(carrier).toEqual({});
  });

  it("is on with an endpoint: spans are exported as OTLP/HTTP JSON, each of a local trace stamped with the case named part-way", async () => {
    const bodies: unknown[] = [];
    const receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        bodies.push({ url: req.url, type: req.headers["content-type"], body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    try {
      const port = (receiver.address() as AddressInfo).port;
      handle = startTracing(settings({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` }), "registrations");
      expect(delegate()).toBeInstanceOf(BasicTracerProvider);
      const tracing = handle.tracingOf("registrations");
      const caller = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
      const parent = tracing.extract({ get: (name) => (name === "traceparent" ? caller : undefined) });
      const server = tracing.start("graphql Register", SpanKind.SERVER, parent);
      await inSpan(server, async () => {
        // A child that ends before the case is known, as the charge's client span does.
        await inSpan(tracing.start("call payments.charge", SpanKind.CLIENT, context.active()), async () => undefined);
        tracing.mark("case-1");
        expect(tracing.traceparent()).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
      });
      runIn(withSpan(context.active(), tracing.start("unrelated", SpanKind.INTERNAL, context.active())), () => trace.getActiveSpan()!.end());
      await handle.stop();
      handle = undefined;
      expect(delegate()).not.toBeInstanceOf(BasicTracerProvider);

      expect(bodies.length).toBeGreaterThan(0);
      expect(bodies.every((b) => (b as { url: string }).url === "/v1/traces" && (b as { type: string }).type === "application/json")).toBe(true);
      type Json = { resourceSpans: { resource: { attributes: { key: string; value: { stringValue: string } }[] }; scopeSpans: { spans: { name: string; traceId: string; attributes: { key: string; value: { stringValue: string } }[] }[] }[] }[] };
      const spans = bodies.flatMap((b) =>
        (b as { body: Json }).body.resourceSpans.flatMap((r) =>
          r.scopeSpans.flatMap((s) =>
            s.spans.map((span) => ({
              service: r.resource.attributes.find((a) => a.key === "service.name")?.value.stringValue,
              name: span.name,
              traceId: span.traceId,
              attributes: Object.fromEntries(span.attributes.map((a) => [a.key, a.value.stringValue])),
            })),
          ),
        ),
      );
      const byName = new Map(spans.map((s) => [s.name, s]));
      expect([...byName.keys()].sort()).toEqual(["call payments.charge", "graphql Register", "unrelated"]);
      for (const name of ["graphql Register", "call payments.charge"]) {
        expect(byName.get(name)).toMatchObject({ service: "registrations", traceId: "0af7651916cd43dd8448eb211c80319c", attributes: { [CORRELATION_ATTRIBUTE]: "case-1", [CONTEXT_ATTRIBUTE]: "registrations" } });
      }
      expect(byName.get("unrelated")!.attributes[CORRELATION_ATTRIBUTE]).toBeUndefined();
    } finally {
      receiver.close();
    }
  });
});
