/** 督查通报 as a block: its name per batch, every section's content, the 落款, the kept 下一步要求 and the print hints. */
import { supervisionReport } from "../../../src/domain/supervision";
import type { CellValue, SheetBlock } from "../../../src/sheets/grid";
import { NOTICE_TABLES, noticeSheetName, supervisionNoticeBlock } from "../../../src/sheets/results/supervision-notice";
import { LINE_POINTS, wrappedLines } from "../../../src/sheets/results/supervision-pages";
import { DEFAULT_REQUIREMENTS, NOTICE_HEADINGS, requirementsOf } from "../../../src/sheets/results/supervision-text";
import { locate, problem, record, report, SETTINGS, task, UNITS } from "../../domain/supervision/planted";

const data = {
  units: UNITS,
  tasks: [
    task(1, "D01", "2010-12-31"),
    task(2, "市监察局", "2010-06-30"),
    task(3, "T01", "2010-12-31"),
    task(4, "C01", "2010-12-31"),
    task(5, "D01", "2010-12-31"),
  ],
  progress: [
    report(1, "D01", "2010-09-01", 100),
    report(5, "D01", "2010-05-20", 40, "推进中", "方案已印发"),
    report(2, "D02", "2010-06-01", 95, "推进中", "制度已起草，待常委会审议"),
    report(3, "T01", "2010-09-20", 20, "滞后", "受机构调整影响，进度滞后"),
  ],
  plans: [
    { unitCode: "D01", date: "2010-03-01", title: "方案" },
    { unitCode: "T01", date: "2010-03-09", title: "方案" },
  ],
  inspections: [
    problem("T01", "P01", "2010-09-15", "整改中"),
    problem("T01", "P02", "2010-09-15", "已整改", "2010-09-10"),
    problem("D01", "P01", "2010-12-31", "未整改"),
  ],
  supervision: [
    record("第三季度常规督查", "D02", "2010-09-10", "整改措施笼统，未明确时限", true),
    record("第三季度常规督查", "T01", "2010-08-02", "自查自纠座谈会未召开", true),
    record("第三季度常规督查", "D02", "2010-09-12", "征求意见函发放范围过窄", true),
    record("第三季度常规督查", "C01", "2010-09-15", "重点项目帮办跟踪不及时", false),
    record("第二季度常规督查", "C01", "2010-05-15", "上一季度的问题", true),
  ],
};
const r = supervisionReport({ data, settings: SETTINGS, locate, asOf: "2010-09-30", batch: "第三季度常规督查" });
const block = supervisionNoticeBlock(r, { units: UNITS });

const trim = (row: readonly CellValue[]) => {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
};
/** The rows of the section under `heading`, up to the next section's heading. */
function section(b: SheetBlock, heading: string): CellValue[][] {
  const headings = Object.values(NOTICE_HEADINGS) as string[];
  const start = b.rows.findIndex((row) => row[0] === heading);
  const end = b.rows.findIndex((row, i) => i > start && headings.includes(String(row[0])));
  return b.rows.slice(start + 1, end < 0 ? undefined : end).map(trim);
}
/** The rows under a table header, up to the first blank or text-only row. */
function table(rows: CellValue[][], header: readonly string[]): CellValue[][] {
  const start = rows.findIndex((row) => JSON.stringify(row) === JSON.stringify(header));
  expect(start).toBeGreaterThanOrEqual(0);
  const body: CellValue[][] = [];
  for (const row of rows.slice(start + 1)) {
    if (row.length <= 1 && typeof row[0] !== "number") break;
    body.push(row);
  }
  return body;
}

describe("督查通报", () => {
  it("is named for its batch and titled with the year and the batch", () => {
    expect(block.name).toBe("督查通报-第三季度常规督查");
    expect(noticeSheetName("上半年集中督查")).toBe("督查通报-上半年集中督查");
    expect(block.rows[0][0]).toBe("2010年“能力作风建设提升年”活动第三季度常规督查情况通报");
    expect(block.rows[1][0]).toContain("2010-09-30");
  });

  it("states the counts in 总体情况: plans on time x/y, each task status, problems and 销号率", () => {
    const text = section(block, NOTICE_HEADINGS.overview).flat().join("\n");
    expect(text).toContain("应报送 4 个单位，按时报送 1/4 个，逾期报送 1 个，尚未报送 2 个（截止日期 2010-03-05）");
    expect(text).toContain("5 项重点工作中，已完成 1 项，正常 0 项，滞后 1 项，逾期 1 项，未报送 2 项");
    expect(text).toContain("共查找问题 3 个，已整改销号 1 个，销号率 33.3%；超过整改时限尚未整改 1 个");
  });

  it("lists the batch's circulated findings grouped by unit, with their dates", () => {
    const rows = section(block, NOTICE_HEADINGS.findings);
    expect(rows[0][0]).toContain("记录问题 4 条，其中通报 3 条，涉及 2 个单位");
    expect(table(rows, NOTICE_TABLES.findings)).toEqual([
      [1, "市监察局", "2010-09-10", "整改措施笼统，未明确时限"],
      [null, null, "2010-09-12", "征求意见函发放范围过窄"],
      [2, "朱林镇", "2010-08-02", "自查自纠座谈会未召开"],
    ]);
  });

  it("lists 逾期 then 滞后 tasks with the lead unit, both progress figures, the status word and the lead's own words", () => {
    const rows = section(block, NOTICE_HEADINGS.lagging);
    const [behind, silent] = [0, 1].map((n) => {
      const starts = rows.flatMap((row, i) => (JSON.stringify(row) === JSON.stringify(NOTICE_TABLES.tasks) ? [i] : []));
      return table(rows.slice(starts[n]), NOTICE_TABLES.tasks);
    });
    expect(behind).toEqual([
      [2, "市监察局", "2010-06-30", "第2项工作内容", 100, 95, "逾期", "制度已起草，待常委会审议"],
      [3, "朱林镇", "2010-12-31", "第3项工作内容", 74.7, 20, "滞后", "受机构调整影响，进度滞后"],
    ]);
    expect(silent).toEqual([
      [4, "市供电公司", "2010-12-31", "第4项工作内容", 74.7, null, "未报送", "（牵头单位未报送进度）"],
      [5, "市委宣传部", "2010-12-31", "第5项工作内容", 74.7, 40, "未报送", "（最近报送 2010-05-20）方案已印发"],
    ]);
  });

  it("shows 整改情况 per 单位类别 with a total, and the overdue problems", () => {
    const rows = section(block, NOTICE_HEADINGS.rectification);
    expect(table(rows, NOTICE_TABLES.categories)).toEqual([
      [1, "镇(区)", 2, 1, 50, 1],
      [2, "市级机关部门", 1, 0, 0, 0],
      [null, "合计", 3, 1, 33.3, 1],
    ]);
    expect(table(rows, NOTICE_TABLES.overdue)).toEqual([[1, "朱林镇", "2010-09-15", "P01 P01 问题描述", "整改中", "周六"]]);
  });

  it("ends with the default 下一步要求 and the 落款 市优化办 with the date, at the right", () => {
    const rows = section(block, NOTICE_HEADINGS.requirements);
    expect(rows.slice(0, DEFAULT_REQUIREMENTS.length).map((row) => row[0])).toEqual([...DEFAULT_REQUIREMENTS]);
    expect(rows.slice(-2)).toEqual([
      [null, null, null, null, null, null, null, "市优化办"],
      [null, null, null, null, null, null, null, "2010-09-30"],
    ]);
  });

  it("keeps the 下一步要求 the office edited when the same batch's notice is made again", () => {
    const edited = block.rows.map((row) => [...row]);
    const at = edited.findIndex((row) => row[0] === NOTICE_HEADINGS.requirements);
    edited.splice(at + 1, DEFAULT_REQUIREMENTS.length, ["（一）请各单位于10月20日前报送整改情况。"], ["（二）下季度重点督查窗口服务。"]);
    const kept = requirementsOf({ name: block.name, rows: edited });
    expect(kept).toEqual(["（一）请各单位于10月20日前报送整改情况。", "（二）下季度重点督查窗口服务。"]);
    const again = supervisionNoticeBlock(r, { units: UNITS, requirements: kept });
    expect(
      section(again, NOTICE_HEADINGS.requirements)
        .slice(0, 2)
        .map((row) => row[0])
    ).toEqual(kept);
    expect(requirementsOf(undefined)).toBeNull();
    expect(requirementsOf({ name: "x", rows: [["别的内容"]] })).toBeNull();
  });

  it("cuts a long 下一步要求 the office wrote into lines no wider than the page, every word kept, and keeps it so next time", () => {
    const long =
      "（一）各被通报单位要在收到通报后十个工作日内，对照通报指出的问题逐条制定整改措施，明确整改时限和责任人员，整改情况报市优化办备案；市优化办将适时组织回头看，对整改不力的单位严格实施问责。";
    const b = supervisionNoticeBlock(r, { units: UNITS, requirements: [long, "（二）短的一条。"] });
    const rows = section(b, NOTICE_HEADINGS.requirements).map((row) => row[0]);
    const cut = rows.slice(0, rows.indexOf("（二）短的一条。")) as string[];
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.join("")).toBe(long);
    const units = (t: string) => [...t].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x100 ? 1 : 2), 0);
    for (const line of cut) expect(units(line)).toBeLessThanOrEqual(112);
    // A line breaks after a comma or full stop near its end.
    expect(cut[0]).toMatch(/[，；。、]$/);
    // Read back from the sheet and laid out again: the same lines.
    const again = supervisionNoticeBlock(r, { units: UNITS, requirements: requirementsOf(b) });
    expect(section(again, NOTICE_HEADINGS.requirements)).toEqual(section(b, NOTICE_HEADINGS.requirements));
  });

  it("cuts words too long for the tallest printable row, saying where the whole text is, so no line is cut off", () => {
    const long = "已完成调研，正在起草制度文件，广泛征求意见。".repeat(40);
    const progress = [...data.progress, report(3, "T01", "2010-09-25", 20, "滞后", long)];
    const at = progress[progress.length - 1].origin!.row;
    const r2 = supervisionReport({ data: { ...data, progress }, settings: SETTINGS, locate, asOf: "2010-09-30", batch: "第三季度常规督查" });
    const b = supervisionNoticeBlock(r2, { units: UNITS });
    const index = b.rows.findIndex((row) => row[0] === 3 && row[6] === "滞后");
    const notes = String(b.rows[index][7]);
    expect(notes.length).toBeLessThan(long.length);
    expect(notes.startsWith(long.slice(0, 50))).toBe(true);
    expect(notes.endsWith(`……（全文见“工作进度”第 ${at} 行）`)).toBe(true);
    // Every line of the cut text fits Excel's tallest row (409 points) in column H.
    expect(wrappedLines(notes, 26 * 7 + 5) * LINE_POINTS + 2).toBeLessThanOrEqual(409);
    expect(b.print!.rowHeights![index]).toBeLessThanOrEqual(409);
    // Words that fit are printed whole.
    expect(table(section(block, NOTICE_HEADINGS.lagging), NOTICE_TABLES.tasks)[1][7]).toBe("受机构调整影响，进度滞后");
  });

  it("says so when a section has nothing to report", () => {
    const empty = supervisionReport({
      data: { ...data, tasks: [], inspections: [], supervision: [] },
      settings: SETTINGS,
      locate,
      asOf: "2010-09-30",
    });
    const b = supervisionNoticeBlock(empty, { units: UNITS });
    expect(section(b, NOTICE_HEADINGS.lagging)).toContainEqual(["无滞后和逾期的重点工作。"]);
    expect(section(b, NOTICE_HEADINGS.rectification)).toContainEqual(["自查自纠尚未登记问题。"]);
    expect(section(b, NOTICE_HEADINGS.findings)[0][0]).toContain("通报 0 条");
  });

  it("prints on A4 portrait one page wide: text columns wrap, and every line of text fits the page width", () => {
    expect(block.print).toEqual({
      orientation: "portrait",
      fitToWidth: true,
      wrapColumns: [2, 4, 5, 6, 7, 8],
      // Fixed heights for every row and the notice's own page breaks (none: it fits one page); no print titles.
      rowHeights: block.rows.map(() => expect.any(Number)),
      // A 序号 or a date stays level with the first line of the wrapped text beside it.
      alignTop: true,
      pageBreaks: [],
    });
    const pageWidth = (block.widths ?? []).reduce((a, b) => a + b, 0);
    // Column A does not wrap: a line there runs across the empty cells to its right.
    const shownWidth = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x100 ? 1 : 2), 0);
    for (const row of block.rows) {
      if (typeof row[0] !== "string" || row.slice(1).some((c) => c !== null)) continue;
      expect(shownWidth(row[0])).toBeLessThanOrEqual(pageWidth);
    }
    expect(new Set(block.rows.map((row) => row.length))).toEqual(new Set([block.widths?.length]));
  });

  it("shows headings and table headers in bold", () => {
    const bold = (block.headingRows ?? []).map((n) => block.rows[n - 1][0]);
    expect(bold).toEqual(expect.arrayContaining([block.rows[0][0], ...Object.values(NOTICE_HEADINGS), "序号"]));
  });
});
