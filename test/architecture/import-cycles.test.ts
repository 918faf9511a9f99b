/**
 * The whole graph of src/ checked at once, beside the lint's per-file view (its
 * architecture/no-import-cycle rule and the layer rules of eslint.config.js): no import
 * cycle, and each folder imports only the folders below it. Both checks are proven on
 * small hand-made graphs first.
 */
import { cycles, importGraph, type ImportEdge } from "./import-graph";

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

  it("has no import cycle (type-only imports included)", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("keeps the layers: domain ← sheets ← demo/adapters ← app ← shells", () => {
    expect(layerBreaches(graph)).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("find a cycle of three modules, a self-import, and nothing in a tree", () => {
    const cyclic = new Map([
      ["domain/a.ts", [edge("domain/b.ts")]],
      ["domain/b.ts", [edge("domain/c.ts")]],
      ["domain/c.ts", [edge("domain/a.ts")]],
      ["domain/d.ts", [edge("domain/d.ts")]],
      ["domain/e.ts", [edge("domain/a.ts")]],
    ]);
    expect(cycles(cyclic)).toEqual([["domain/a.ts", "domain/b.ts", "domain/c.ts"], ["domain/d.ts"]]);
    expect(
      cycles(
        new Map([
          ["a.ts", [edge("b.ts")]],
          ["b.ts", []],
        ])
      )
    ).toEqual([]);
  });

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
