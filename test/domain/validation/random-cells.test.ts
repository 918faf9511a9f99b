/**
 * Whatever a unit pastes into whatever cell, the reader and the validator never throw, and
 * every finding points at a real place: a contract sheet, and a cell inside what the
 * sheet holds (the header row may be pointed past its end, where a missing header
 * belongs); only a finding about a whole sheet has no cell.
 */
import fc from "fast-check";
import type { Finding } from "../../../src/domain/findings";
import { CONTRACT_SHEETS } from "../../../src/sheets/contract";
import { parseA1, type CellValue, type MergedArea } from "../../../src/sheets/grid";
import { demo, findingsOf, type Grids } from "./workbook-grids";

const SHEETS = CONTRACT_SHEETS.map((s) => s.name);
/** Rules whose findings are about a sheet as a whole. */
const SHEET_LEVEL = new Set(["sheet.missing", "setting.missing", "tasks.missingSeq", "units.rosterEmpty"]);

const fullWidthDigits = fc.integer({ min: 0, max: 200 }).map((n) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))));
const textDate = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom("-", "/", ".", "年"))
  .map(([y, m, d, sep]) => `${y}${sep}${m}${sep === "年" ? "月" : sep}${d}${sep === "年" ? "日" : ""}`);

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 50000 }),
  // Far-off numbers, as a slip of the keyboard types them (a 序号 of 2000000000 once walked two billion numbers).
  fc.constantFrom(2_000_000_000, 1e15, -1e15),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.string(),
  fc.constantFrom(
    "已完成",
    "完成了",
    "是",
    "否",
    "影响恶劣",
    "第一季度常规督查",
    "满意",
    "Z01",
    "K001",
    "B05",
    "P01",
    " Z02 ",
    "各镇(区)",
    "市委宣传部"
  ),
  fullWidthDigits,
  textDate,
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) }),
  fc.integer({ min: 36000, max: 42000 }),
  fc.constantFrom("#N/A", "#VALUE!", "#DIV/0!", "#REF!").map((error) => ({ error }))
);

type Change =
  | { kind: "cell"; sheet: string; row: number; col: number; value: CellValue }
  | { kind: "merge"; sheet: string; area: MergedArea }
  | { kind: "drop"; sheet: string };

const change: fc.Arbitrary<Change> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({ kind: fc.constant("cell" as const), sheet: fc.constantFrom(...SHEETS), row: fc.nat(), col: fc.nat(), value: cellValue }),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ sheet: fc.constantFrom(...SHEETS), top: fc.nat(), left: fc.nat(), height: fc.nat({ max: 3 }), width: fc.nat({ max: 3 }) })
      .map(({ sheet, top, left, height, width }) => ({
        kind: "merge" as const,
        sheet,
        area: { top, left, bottom: top + height, right: left + width },
      })),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("drop" as const), sheet: fc.constantFrom(...SHEETS) }) }
);

/** Applies a change inside the sheet's bounds (plus one row and column past them, where people also type). */
function apply(grids: Grids, c: Change): void {
  const grid = grids.get(c.sheet);
  if (!grid) return;
  const height = grid.rows.length + 1;
  const width = Math.max(...grid.rows.map((r) => r.length)) + 1;
  if (c.kind === "drop") grids.delete(c.sheet);
  else if (c.kind === "merge") {
    const top = (c.area.top % height) + 1;
    const left = (c.area.left % width) + 1;
    const area = { top, left, bottom: Math.min(top + c.area.bottom - c.area.top, height), right: Math.min(left + c.area.right - c.area.left, width) };
    grid.merges = [...(grid.merges ?? []), area];
  } else {
    const row = c.row % height;
    while (grid.rows.length <= row) grid.rows.push([]);
    grid.rows[row][c.col % width] = c.value;
  }
}

function placeIsReal(f: Finding, grids: Grids): boolean {
  if (!SHEETS.includes(f.sheet)) return false;
  if (f.cell === "") return SHEET_LEVEL.has(f.rule);
  const grid = grids.get(f.sheet);
  if (!grid) return false;
  const { row, col } = parseA1(f.cell);
  const width = Math.max(...grid.rows.map((r) => r.length));
  if (row === 1) return col >= 1 && col <= width + 1;
  // A merged area is part of what the sheet holds, as an adapter's used range would show it.
  const merged = (grid.merges ?? []).some((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  return merged || (row >= 2 && row <= grid.rows.length && col >= 1 && col <= width);
}

describe("random cell contents in the demo workbook", () => {
  it("never crash the reader or the validator, and every finding names a real cell of a contract sheet", () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 10 }), fc.constantFrom("2010-06-30", "2010-12-15", "2011-03-01"), (changes, today) => {
        const grids = demo();
        for (const c of changes) apply(grids, c);
        const findings = findingsOf(grids, today);
        const misplaced = findings.filter((f) => !placeIsReal(f, grids));
        expect(misplaced).toEqual([]);
        for (const f of findings) expect(f.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 }
    );
  });
});
