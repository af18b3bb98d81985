import { describe, expect, it } from "vitest";
import { entityLoader, sharedLookup } from "./loaders.ts";

interface Row {
  id: string;
}

/** A fetchMany that records each statement's ids and answers when told to. */
function database(existing: string[]) {
  const statements: string[][] = [];
  const answers: (() => void)[] = [];
  const fetchMany = (ids: readonly string[]) =>
    new Promise<Row[]>((resolve) => {
      statements.push([...ids]);
      answers.push(() => resolve(ids.filter((id) => existing.includes(id)).map((id) => ({ id }))));
    });
  const answerAll = () => answers.splice(0).forEach((answer) => answer());
  return { statements, fetchMany, answerAll };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("sharedLookup", () => {
  it("sends the ids of concurrent callers in one statement and gives each its own entities", async () => {
    const db = database(["a", "b", "c"]);
    const lookUp = sharedLookup(db.fetchMany, (r) => r.id);
    const first = lookUp(["a", "x"]);
    const second = lookUp(["b", "a"]);
    await turn();
    expect(db.statements).toEqual([["a", "x", "b"]]);
    db.answerAll();
    expect(await first).toEqual([{ id: "a" }]);
    expect(await second).toEqual([{ id: "b" }, { id: "a" }]);
  });

  it("never joins a statement already sent: a later lookup is a later statement", async () => {
    const db = database(["a"]);
    const lookUp = sharedLookup(db.fetchMany, (r) => r.id);
    const early = lookUp(["a"]);
    await turn();
    const late = lookUp(["a"]);
    await turn();
    expect(db.statements).toEqual([["a"], ["a"]]);
    db.answerAll();
    expect(await early).toEqual([{ id: "a" }]);
    expect(await late).toEqual([{ id: "a" }]);
  });

  it("splits a large batch into several statements", async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `id-${i}`);
    const db = database(ids);
    const lookUp = sharedLookup(db.fetchMany, (r) => r.id);
    const answers = [lookUp(ids.slice(0, 150)), lookUp(ids.slice(0, 100).map((id) => `${id}-other`))];
    await turn();
    expect(db.statements.map((s) => s.length)).toEqual([150, 100]);
    db.answerAll();
    expect((await answers[0]!).length).toBe(150);
    expect(await answers[1]!).toEqual([]);
  });

  it("fails every caller of a failed statement, and only those", async () => {
    let calls = 0;
    const lookUp = sharedLookup(async (ids: readonly string[]) => {
      if (calls++ === 0) throw new Error("connection lost");
      return ids.map((id) => ({ id }));
    }, (r) => r.id);
    const failed = [lookUp(["a"]), lookUp(["b"])];
    await expect(failed[0]).rejects.toThrow("connection lost");
    await expect(failed[1]).rejects.toThrow("connection lost");
    expect(await lookUp(["c"])).toEqual([{ id: "c" }]);
  });

  it("serves entityLoader: null for an id that does not exist", async () => {
    const db = database(["a"]);
    const loader = entityLoader(sharedLookup(db.fetchMany, (r) => r.id), (r) => r.id);
    const loaded = Promise.all([loader.load("a"), loader.load("missing")]);
    await turn();
    await turn();
    db.answerAll();
    expect(await loaded).toEqual([{ id: "a" }, null]);
  });
});
