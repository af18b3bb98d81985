/**
 * The spellings of a new context's name and of the one kind of thing it starts with, as the
 * templates use them: `{{name}}` parking-lots, `{{Name}}` ParkingLots, `{{nameCamel}}`
 * parkingLots, `{{thing}}` parking-lot, `{{Thing}}` ParkingLot, `{{thingCamel}}` parkingLot,
 * `{{thing_}}` parking_lot (SQL), `{{THING}}` PARKING_LOT, `{{thingText}}` parking lot.
 */
export interface Names {
  readonly name: string;
  readonly Name: string;
  readonly nameCamel: string;
  readonly NAME: string;
  readonly thing: string;
  readonly Thing: string;
  readonly thingCamel: string;
  readonly thing_: string;
  readonly THING: string;
  /** The thing in prose: parking lot. */
  readonly thingText: string;
}

/** What a context name may be: it becomes a folder, a hostname, a database and a variable name. */
export const CONTEXT_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const words = (kebab: string) => kebab.split("-");
const pascal = (kebab: string) => words(kebab).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
const camel = (kebab: string) => pascal(kebab).replace(/^./, (c) => c.toLowerCase());

/** The singular of a plural English noun, as far as context names need (lectures, deliveries, boxes). */
export function singular(kebab: string): string {
  const parts = words(kebab);
  const last = parts.pop()!;
  const one = /ies$/.test(last) ? last.replace(/ies$/, "y") : /(ches|shes|sses|xes)$/.test(last) ? last.slice(0, -2) : /[^s]s$/.test(last) ? last.slice(0, -1) : last;
  return [...parts, one].join("-");
}

export function namesOf(name: string, thing = singular(name)): Names {
  if (!CONTEXT_NAME.test(name)) throw new Error(`context name ${name}: lower-case words joined by hyphens, e.g. parking-lots`);
  if (!CONTEXT_NAME.test(thing)) throw new Error(`thing ${thing}: lower-case words joined by hyphens, e.g. parking-lot`);
  if (thing === name) throw new Error(`the thing must differ from the context's name (${name}): give --thing`);
  return {
    name,
    Name: pascal(name),
    nameCamel: camel(name),
    NAME: name.toUpperCase().replace(/-/g, "_"),
    thing,
    Thing: pascal(thing),
    thingCamel: camel(thing),
    thing_: thing.replace(/-/g, "_"),
    THING: thing.toUpperCase().replace(/-/g, "_"),
    thingText: thing.replace(/-/g, " "),
  };
}

/** A template's text (or path) with every `{{key}}` replaced; an unknown key is an error, not a blank. */
export function fill(template: string, names: Readonly<Record<string, string>>, where: string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = names[key];
    if (value === undefined) throw new Error(`${where}: unknown placeholder {{${key}}}`);
    return value;
  });
}
