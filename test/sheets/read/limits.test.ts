/**
 * Regression: a number outside a column's limits was reported as "应在 0 到 100 之间" even
 * where the minimum itself is not allowed (权重 must be greater than 0), so the message
 * implied that 0 would do. The message now says exactly what the column allows.
 */
import { defaultSettings } from "../../../src/domain/settings";
import type { CellValue } from "../../../src/sheets/grid";
import { staticListValues } from "../../../src/sheets/read/read-campaign";
import { readSheet } from "../../../src/sheets/read/read-sheet";
import type { ColumnSpec, SheetSchema } from "../../../src/sheets/schema";

const settings = defaultSettings(2010);
const lists = staticListValues(settings);

/** Reads one cell of a one-column sheet whose column has the given limits. */
function readOne(limits: Partial<Omit<ColumnSpec, "field">>, raw: CellValue) {
  const column: ColumnSpec<{ weight: number }> = { header: "权重", field: "weight", type: "number", required: true, ...limits };
  const schema: SheetSchema<{ weight: number }> = { name: "评议主体", kind: "config", filledBy: "", purpose: "", columns: [column], protect: false };
  return readSheet({ name: schema.name, rows: [["权重"], [raw]] }, schema, settings, lists);
}

describe("numbers outside a column's limits", () => {
  it("a minimum that is itself excluded: 0 is refused, and the message says greater than 0", () => {
    const zero = readOne({ min: 0, minExclusive: true, max: 100 }, 0);
    expect(zero.records).toEqual([]);
    expect(zero.findings).toEqual([expect.objectContaining({ rule: "cell.outOfRange", cell: "A2" })]);
    expect(zero.findings[0].message).toBe("「权重」应为大于 0 且不大于 100 的数字，实际为 0。");
    expect(readOne({ min: 0, minExclusive: true, max: 100 }, -0.2).findings[0].message).toContain("大于 0 且不大于 100");
    expect(readOne({ min: 0, minExclusive: true, max: 100 }, 0.01).records).toEqual([{ weight: 0.01, origin: { sheet: "评议主体", row: 2 } }]);
  });

  it("an included minimum: the bounds are allowed, and the message names the closed range", () => {
    expect(readOne({ min: 0, max: 100 }, 0).records).toHaveLength(1);
    expect(readOne({ min: 0, max: 100 }, 100).records).toHaveLength(1);
    expect(readOne({ min: 0, max: 100 }, 150).findings[0].message).toBe("「权重」应为 0 到 100 之间的数字，实际为 150。");
  });

  it("a single bound is stated alone, never as an infinite range", () => {
    expect(readOne({ max: 100 }, 101).findings[0].message).toBe("「权重」应为不大于 100 的数字，实际为 101。");
    expect(readOne({ min: 1 }, 0).findings[0].message).toBe("「权重」应为不小于 1 的数字，实际为 0。");
  });

  it("text that is no number names the same limits", () => {
    expect(readOne({ min: 0, minExclusive: true, max: 100 }, "很多").findings[0].message).toContain("大于 0 且不大于 100 的数字");
  });
});
