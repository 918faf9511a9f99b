/** The 校验结果 sheet as a block: title, run time, counts per severity, then one linked row per finding. */
import * as READING from "../../../src/domain/catalogue/reading-rules";
import { sortFindings, type Finding } from "../../../src/domain/findings";
import type { SheetBlock } from "../../../src/sheets/grid";
import { NO_FINDINGS, VALIDATION_HEADER, validationBlock, WHOLE_SHEET } from "../../../src/sheets/results/validation-block";

const META = { runAt: "2010-12-15 09:30", year: 2010 };
const F = (severity: Finding["severity"], sheet: string, cell: string, rule: string): Finding => ({
  severity,
  sheet,
  cell,
  rule,
  message: `${sheet}${cell} 的说明`,
});

const findings: Finding[] = [
  F("info", "单位名册", "A8", "plans.missing"),
  F("warning", "方案报送", "B3", "plans.late"),
  F("error", "工作进度", "E12", "progress.statusMismatch"),
  F("error", "工作进度", "D5", "cell.notNumber"),
  F("warning", "重点工作", "", "tasks.missingSeq"),
  F("error", "督查记录", "", "sheet.missing"),
  F("error", "O'Brien表", "A2", "cell.required"),
];

/** A row without its padding. */
const trim = (row: unknown[]) => {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
};

/** The table rows below the header (worksheet rows after the frozen header). */
const tableOf = (block: SheetBlock) => block.rows.slice(block.frozenRows).map(trim);

describe("校验结果", () => {
  const block = validationBlock(findings, META);

  it("is the output sheet 校验结果 with the year, the run time and the count of each severity at the top", () => {
    expect(block.name).toBe("校验结果");
    expect(String(block.rows[0][0])).toContain("2010");
    expect(block.rows.slice(1, 5).map(trim)).toEqual([
      ["运行时间", "2010-12-15 09:30"],
      ["错误", 4],
      ["警告", 2],
      ["提示", 1],
    ]);
  });

  it("has the header row frozen and bold, and one row per finding, errors first, then by sheet and cell", () => {
    const header = block.frozenRows ?? 0;
    expect(trim(block.rows[header - 1])).toEqual(VALIDATION_HEADER);
    expect(block.headingRows).toEqual([1, header]);
    const rows = tableOf(block);
    // The display order is sortFindings' (errors, warnings, notes; then sheet, row, column).
    const label = { error: "错误", warning: "警告", info: "提示" };
    expect(rows.map((r) => r.slice(0, 4))).toEqual(sortFindings(findings).map((f) => [label[f.severity], f.sheet, f.cell || WHOLE_SHEET, f.message]));
    expect(rows.map((r) => r[0])).toEqual(["错误", "错误", "错误", "错误", "警告", "警告", "提示"]);
    const progress = rows.filter((r) => r[1] === "工作进度").map((r) => r[2]);
    expect(progress).toEqual(["D5", "E12"]);
  });

  it("cites each rule's basis (the document's clause) and never shows a rule id", () => {
    const rows = tableOf(block);
    const required = rows.find((r) => r[1] === "O'Brien表");
    expect(required?.[4]).toBe(READING.CELL_REQUIRED.basis);
    expect(String(required?.[4])).not.toBe("");
    const ids = findings.map((f) => f.rule);
    for (const cell of block.rows.flat()) for (const id of ids) expect(String(cell ?? "")).not.toContain(id);
  });

  it("links each 单元格 to its cell, a whole-sheet finding to the top of its sheet, and a missing sheet nowhere", () => {
    const header = block.frozenRows ?? 0;
    const rows = tableOf(block);
    const linkOf = (sheet: string) => block.links?.find((l) => l.row === header + 1 + rows.findIndex((r) => r[1] === sheet));
    expect(linkOf("O'Brien表")).toEqual({ row: header + 1 + rows.findIndex((r) => r[1] === "O'Brien表"), col: 3, target: "'O''Brien表'!A2" });
    expect(linkOf("方案报送")?.target).toBe("'方案报送'!B3");
    expect(linkOf("重点工作")?.target).toBe("'重点工作'!A1");
    expect(linkOf("督查记录")).toBeUndefined();
    expect(block.links).toHaveLength(6);
    // Every link sits on the 单元格 cell of its row and jumps to the address shown there.
    for (const link of block.links ?? []) {
      const shown = block.rows[link.row - 1][link.col - 1];
      expect(link.target.endsWith(`!${shown === WHOLE_SHEET ? "A1" : String(shown)}`)).toBe(true);
      expect(link.target.startsWith(`'${String(block.rows[link.row - 1][1]).replace(/'/g, "''")}'!`)).toBe(true);
    }
  });

  it("is rectangular, with a width for every column", () => {
    const width = block.widths?.length;
    expect(width).toBe(VALIDATION_HEADER.length);
    for (const row of block.rows) expect(row).toHaveLength(width as number);
  });

  it("names the run that produced it", () => {
    expect(block.rows[5].slice(0, 2)).toEqual(["来源", "校验"]);
    expect(validationBlock(findings, { ...META, source: "一键排名" }).rows[5].slice(0, 2)).toEqual(["来源", "一键排名"]);
  });

  it("says 未发现问题 when nothing was found, with zero counts and no links", () => {
    const empty = validationBlock([], META);
    expect(empty.rows.slice(2, 5).map(trim)).toEqual([
      ["错误", 0],
      ["警告", 0],
      ["提示", 0],
    ]);
    expect(tableOf(empty)).toEqual([[NO_FINDINGS]]);
    expect(empty.links).toEqual([]);
  });

  it("is the same block for the same findings in any order", () => {
    expect(validationBlock([...findings].reverse(), META)).toEqual(block);
  });
});
