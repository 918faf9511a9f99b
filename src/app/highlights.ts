/** Which cells of the input sheets to mark after a run: every error and warning that has a cell. */
import type { Finding } from "../domain/findings";
import type { HighlightMap } from "../sheets/port";

/** The cells to mark, per sheet: every finding with a cell on an existing input sheet. */
export function highlightsOf(findings: readonly Finding[], present: ReadonlySet<string>): HighlightMap {
  const sets = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!f.cell || !present.has(f.sheet) || f.severity === "info") continue;
    const cells = sets.get(f.sheet) ?? new Set<string>();
    cells.add(f.cell);
    sets.set(f.sheet, cells);
  }
  return new Map([...sets].map(([sheet, cells]) => [sheet, [...cells]]));
}
