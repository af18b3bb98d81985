/**
 * Files that mix hand-written parts (the router, NATS, comments that explain choices) with
 * lists of every context mark each list as a region:
 *   # BEGIN generated <id>
 *   ...lines the generator writes...
 *   # END generated <id>
 * The generator rewrites what is between the markers, at the BEGIN marker's indentation,
 * and leaves every other line as it is.
 */
export type Regions = Readonly<Record<string, readonly string[]>>;

const marker = /^(\s*)# (BEGIN|END) generated (\S+)\s*$/;

export function fillRegions(path: string, text: string, regions: Regions): string {
  const out: string[] = [];
  const seen = new Set<string>();
  let open: { id: string; indent: string } | null = null;
  for (const line of text.split("\n")) {
    const m = marker.exec(line);
    if (!m) {
      if (!open) out.push(line);
      continue;
    }
    const [, indent = "", edge, id = ""] = m;
    if (edge === "BEGIN") {
      if (open) throw new Error(`${path}: region ${id} begins inside region ${open.id}`);
      const lines = regions[id];
      if (!lines) throw new Error(`${path}: no generator for region ${id}`);
      out.push(line, ...lines.map((l) => (l === "" ? "" : indent + l)));
      open = { id, indent };
      seen.add(id);
    } else {
      if (open?.id !== id) throw new Error(`${path}: END generated ${id} without its BEGIN`);
      out.push(line);
      open = null;
    }
  }
  if (open) throw new Error(`${path}: region ${open.id} has no END marker`);
  const missing = Object.keys(regions).filter((id) => !seen.has(id));
  if (missing.length > 0) throw new Error(`${path}: markers missing for region(s) ${missing.join(", ")}`);
  return out.join("\n");
}
