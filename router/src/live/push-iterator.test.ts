import { describe, expect, it } from "vitest";
import { PushIterator } from "./push-iterator.ts";

function iterator() {
  const closed: string[] = [];
  return { closed, values: new PushIterator<number>(() => closed.push("closed")) };
}

describe("a subscriber's iterator", () => {
  it("given values pushed before anyone pulls, when pulled, then they come in push order", async () => {
    const { values } = iterator();
    values.push(1);
    values.push(0);

    expect(await values.next()).toEqual({ value: 1, done: false });
    expect(await values.next()).toEqual({ value: 0, done: false });
  });

  it("given a pull waiting, when a value is pushed, then the pull receives it", async () => {
    const { values } = iterator();
    const pending = values.next();

    values.push(7);

    expect(await pending).toEqual({ value: 7, done: false });
  });

  it("given a pull waiting, when the subscriber returns, then the pull ends and onClose runs", async () => {
    const { values, closed } = iterator();
    const pending = values.next();

    expect(await values.return()).toEqual({ value: undefined, done: true });
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(closed).toEqual(["closed"]);
  });

  it("given a returned iterator, when returned again, then onClose does not run twice", async () => {
    const { values, closed } = iterator();

    await values.return();
    await values.return();

    expect(closed).toEqual(["closed"]);
  });

  it("given buffered values, when returned, then they are dropped and later pulls are done", async () => {
    const { values } = iterator();
    values.push(1);

    await values.return();

    expect(await values.next()).toEqual({ value: undefined, done: true });
  });

  it("given a returned iterator, when a value is pushed, then it is ignored", async () => {
    const { values } = iterator();
    await values.return();

    values.push(1);

    expect(await values.next()).toEqual({ value: undefined, done: true });
  });

  it("given for-await over it, when it is returned by break, then the loop saw each pushed value and onClose ran", async () => {
    const { values, closed } = iterator();
    values.push(1);
    values.push(2);
    const seen: number[] = [];

    for await (const value of values) {
      seen.push(value);
      if (seen.length === 2) break;
    }

    expect(seen).toEqual([1, 2]);
    expect(closed).toEqual(["closed"]);
  });
});
