import { describe, expect, it } from "vitest";
import { z } from "zod";
import { breakerEnv, breakerOf, commonEnv, EnvError, flag, int, loadEnv } from "./env.ts";

const shape = { PORT: int(4000), VERBOSE: flag(false), NAME: z.string().default("lectures") };

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  throw new Error("expected a configuration error");
}

describe("loading settings", () => {
  it("given nothing set, then every default applies", () => {
    expect(loadEnv(shape, {})).toEqual({ PORT: 4000, VERBOSE: false, NAME: "lectures" });
  });

  it("given empty strings (as compose and Kubernetes pass them), then they count as unset", () => {
    expect(loadEnv(shape, { PORT: "", VERBOSE: "", NAME: "" })).toEqual({ PORT: 4000, VERBOSE: false, NAME: "lectures" });
  });

  it("given values, then they are parsed and variables outside the shape are ignored", () => {
    expect(loadEnv(shape, { PORT: "8080", VERBOSE: "yes", NAME: "router", PATH: "/usr/bin" })).toEqual({ PORT: 8080, VERBOSE: true, NAME: "router" });
  });

  it("given the shared settings and nothing set, then they work for the embedded mode", () => {
    expect(loadEnv(commonEnv, {})).toMatchObject({ NATS_URL: "nats://127.0.0.1:4222", NATS_NAMESPACE: "sg", LOG_LEVEL: "info", HOST: "127.0.0.1" });
  });

  it("given several bad values, when loaded, then every problem is reported at once, each naming its variable", () => {
    const found = problems(() => loadEnv({ ...shape, ...commonEnv }, { PORT: "eighty", VERBOSE: "maybe", LOG_LEVEL: "loud", NATS_NAMESPACE: "a.b" }));

    expect(found).toHaveLength(4);
    expect(found.map((p) => p.split(":")[0]).sort()).toEqual(["LOG_LEVEL", "NATS_NAMESPACE", "PORT", "VERBOSE"]);
  });

  it("given a router secret too short to resist guessing, then it is refused; unset, subgraphs take any caller", () => {
    expect(problems(() => loadEnv(commonEnv, { ROUTER_SECRET: "short" }))).toEqual(["ROUTER_SECRET: at least 16 characters"]);
    expect(loadEnv(commonEnv, {}).ROUTER_SECRET).toBeUndefined();
  });

  it("given a bad value, then the error message lists the problem", () => {
    expect(() => loadEnv(shape, { PORT: "-1" })).toThrow(/Invalid configuration:\n {2}- PORT: /);
  });
});

describe("int", () => {
  it.each([["0", 0], ["42", 42]])("given %s, then it is %i", (value, expected) => {
    expect(loadEnv({ N: int(7) }, { N: value }).N).toBe(expected);
  });

  it.each(["-1", "1.5", "many"])("given %s, then it is refused", (value) => {
    expect(() => loadEnv({ N: int(7) }, { N: value })).toThrow(EnvError);
  });
});

describe("flag", () => {
  it.each([["true", true], ["1", true], ["yes", true], ["false", false], ["0", false], ["no", false]])("given %s, then it is %s", (value, expected) => {
    expect(loadEnv({ F: flag(!expected) }, { F: value }).F).toBe(expected);
  });

  it.each([true, false])("given nothing and a default of %s, then it is the default", (fallback) => {
    expect(loadEnv({ F: flag(fallback) }, {}).F).toBe(fallback);
  });

  it.each(["on", "TRUE"])("given %s, then it is refused", (value) => {
    expect(() => loadEnv({ F: flag(false) }, { F: value })).toThrow(EnvError);
  });
});

describe("a sync call's breaker settings", () => {
  it("given only an override of the volume, then the call gets its timeout, the defaults and that volume", () => {
    const env = loadEnv({ ...breakerEnv("PAYMENT", 1_000) }, { PAYMENT_BREAKER_VOLUME: "20" });
    expect(env).toEqual({ PAYMENT_TIMEOUT_MS: 1_000, PAYMENT_BREAKER_RESET_MS: 5_000, PAYMENT_BREAKER_VOLUME: 20, PAYMENT_BREAKER_ERROR_PERCENT: 50 });
    expect(breakerOf(env, "PAYMENT")).toEqual({ timeoutMs: 1_000, resetTimeoutMs: 5_000, volumeThreshold: 20, errorThresholdPercentage: 50 });
  });
});
