/**
 * The whole graph of src/ checked at once, beside the lint's per-file view (the layer rules of
 * eslint.config.js): each folder imports only the folders below it, proven on a small hand-made
 * graph first. Import cycles have one check, the lint's architecture/no-import-cycle rule
 * (scripts/eslint/no-import-cycle.js, proven in lint-boundaries.test.ts).
 */
import { importGraph, type ImportEdge } from "./import-graph";

/** Which top-level folders of src/ each folder may import (besides itself). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  sheets: ["domain"],
  demo: ["domain", "sheets"],
  excel: ["domain", "sheets"],
  xlsx: ["domain", "sheets"],
  app: ["domain", "sheets", "demo"],
  cli: ["domain", "sheets", "demo", "app", "xlsx"],
  // File mode's Web Worker runs the operations over the xlsx adapter, off the pane's thread.
  worker: ["domain", "sheets", "app", "xlsx"],
  taskpane: ["domain", "sheets", "app", "excel", "xlsx", "worker"],
  commands: ["domain", "sheets", "app", "taskpane"],
};
/** The only modules of taskpane/ that commands/ may use: the composition root and the error wording. */
const TASKPANE_SHARED = ["taskpane/wiring.ts", "taskpane/error-message.ts"];

const layerOf = (module: string) => module.split("/")[0];

/** Imports that cross the layers the wrong way, as "from → to". */
function layerBreaches(graph: ReadonlyMap<string, readonly ImportEdge[]>): string[] {
  const breaches: string[] = [];
  for (const [from, edges] of graph) {
    const layer = layerOf(from);
    for (const { to } of edges) {
      const target = layerOf(to);
      if (target === layer) continue;
      const allowed = MAY_IMPORT[layer]?.includes(target) && (layer !== "commands" || target !== "taskpane" || TASKPANE_SHARED.includes(to));
      if (!allowed) breaches.push(`${from} → ${to}`);
    }
  }
  return breaches;
}

const edge = (to: string): ImportEdge => ({ to, typeOnly: false });

describe("the import graph of src/", () => {
  const graph = importGraph();

  it("is read whole: every layer is present and modules import each other", () => {
    expect([...new Set([...graph.keys()].map(layerOf))].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
    expect([...graph.values()].flat().length).toBeGreaterThan(graph.size);
  });

  it("keeps the layers: domain ← sheets ← demo/adapters ← app ← shells", () => {
    expect(layerBreaches(graph)).toEqual([]);
  });
});

describe("the layer check itself", () => {
  it("find domain importing sheets, and commands importing a pane component", () => {
    const breaches = layerBreaches(
      new Map([
        ["domain/a.ts", [edge("sheets/contract/index.ts")]],
        ["sheets/b.ts", [edge("domain/a.ts")]],
        ["commands/c.ts", [edge("taskpane/wiring.ts"), edge("taskpane/components/App.tsx")]],
      ])
    );
    expect(breaches).toEqual(["domain/a.ts → sheets/contract/index.ts", "commands/c.ts → taskpane/components/App.tsx"]);
  });
});
