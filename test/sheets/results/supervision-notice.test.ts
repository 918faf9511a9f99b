/** 督查通报 as a sheet: its name per batch, the document's parts in order, the tables, the kept office texts and the print hints. */
import { supervisionReport, type SupervisionReport } from "../../../src/domain/supervision";
import type { CellValue, SheetBlock } from "../../../src/sheets/grid";
import { noticeDocument, noticeOrigins } from "../../../src/sheets/results/notice-document";
import { NOTICE_SECTIONS as NOTICE_HEADINGS, type OfficeTexts } from "../../../src/sheets/results/notice-model";
import { NOTICE_TABLES } from "../../../src/sheets/results/notice-sections";
import { noticeSheetName, officeTextsOf, supervisionNoticeBlock } from "../../../src/sheets/results/supervision-notice";
import { LINE_POINTS, wrappedLines } from "../../../src/sheets/results/supervision-pages";
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
const sheetOf = (rep: SupervisionReport, office?: OfficeTexts) =>
  supervisionNoticeBlock(noticeDocument({ report: rep, settings: SETTINGS, units: UNITS, office }), noticeOrigins(rep));
const block = sheetOf(r);
const ISSUER = "市优化经济发展软环境领导小组办公室";

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
const textOf = (rows: CellValue[][]) => rows.map((row) => row.filter((c) => c !== null).join(" ")).join("");

describe("督查通报 as a sheet", () => {
  it("is named for its batch and opens with the title, the 发文字号, the date of the figures and the 主送机关", () => {
    expect(block.name).toBe("督查通报-第三季度常规督查");
    expect(noticeSheetName("上半年集中督查")).toBe("督查通报-上半年集中督查");
    expect(block.rows[0][0]).toBe("关于2010年“能力作风建设提升年”活动第三季度常规督查情况的通报");
    expect(block.rows[1][0]).toBe("坛优办〔2010〕3号");
    expect(block.rows[2][0]).toContain("2010-09-30");
    expect(block.rows[4][0]).toBe("各镇党委和人民政府，开发区党工委、管委会，市各部委办局，市直各单位：");
    expect(String(block.rows[5][0])).toMatch(/^\u3000\u3000根据市委、市政府《关于开展“能力作风建设提升年”活动的实施意见》（坛委发〔2010〕10号）/);
  });

  it("holds the five sections in order", () => {
    const at = Object.values(NOTICE_HEADINGS).map((h) => block.rows.findIndex((row) => row[0] === h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("states the counts of 总体情况 in sentences", () => {
    const text = textOf(section(block, NOTICE_HEADINGS.overview));
    expect(text).toContain("应报送的4个单位中，按时报送1个，逾期报送1个，至今尚未报送2个（报送截止日期为2010年3月5日）");
    expect(text).toContain("5项重点工作中，已完成1项，滞后于序时进度1项，超过完成时限未完成1项，牵头单位未按报送周期报送进度2项");
    expect(text).toContain("2个单位共查找问题3个，已整改销号1个，销号率33.3%；超过整改时限尚未整改的1个");
    expect(text).not.toMatch(/\d+\/\d+/);
  });

  it("lists the circulated findings, then 逾期 before 滞后 tasks and the unreported ones with the lead's own words", () => {
    const rows = section(block, NOTICE_HEADINGS.problems);
    expect(table(rows, NOTICE_TABLES.findings)).toEqual([
      [1, "市监察局", "2010-09-10", "整改措施笼统，未明确时限"],
      [2, "朱林镇", "2010-08-02", "自查自纠座谈会未召开"],
      [3, "市监察局", "2010-09-12", "征求意见函发放范围过窄"],
    ]);
    const starts = rows.flatMap((row, i) => (JSON.stringify(row) === JSON.stringify(NOTICE_TABLES.tasks) ? [i] : []));
    const [behind, silent] = starts.map((s) => table(rows.slice(s), NOTICE_TABLES.tasks));
    expect(behind).toEqual([
      [2, "市监察局", "2010-06-30", "第2项工作内容", "序时100%，实际95%，逾期", "制度已起草，待常委会审议"],
      [3, "朱林镇", "2010-12-31", "第3项工作内容", "序时74.7%，实际20%，滞后", "受机构调整影响，进度滞后"],
    ]);
    expect(silent).toEqual([
      [4, "市供电公司", "2010-12-31", "第4项工作内容", "序时74.7%，实际未报送，未报送", "（牵头单位未报送进度）"],
      [5, "市委宣传部", "2010-12-31", "第5项工作内容", "序时74.7%，实际40%，未报送", "（最近报送2010-05-20）方案已印发"],
    ]);
  });

  it("shows 整改情况 per 单位类别 with a total, per 问题类别, the units below the city's rate and the overdue problems", () => {
    const rows = section(block, NOTICE_HEADINGS.rectification);
    expect(table(rows, NOTICE_TABLES.categories)).toEqual([
      [1, "镇(区)", 2, 1, "50%", 1],
      [2, "市级机关部门", 1, 0, "0%", 0],
      [null, "合计", 3, 1, "33.3%", 1],
    ]);
    expect(table(rows, NOTICE_TABLES.problemCategories)).toEqual([[1, "执行落实", 3, 1, "33.3%", 1]]);
    expect(table(rows, NOTICE_TABLES.units)).toEqual([[1, "市委宣传部", 1, 0, "0%", 0]]);
    expect(table(rows, NOTICE_TABLES.overdue)).toEqual([[1, "朱林镇", "2010-09-15", "P01 P01 问题描述", "整改中", "周六"]]);
  });

  it("ends with 下一步要求 and the 落款 with the 成文日期 written out, at the right", () => {
    expect(textOf(section(block, NOTICE_HEADINGS.requirements))).toContain("被通报的2个单位要对照通报指出的问题");
    expect(block.rows.slice(-2).map(trim)).toEqual([
      [null, null, null, null, null, ISSUER],
      [null, null, null, null, null, "2010年9月30日"],
    ]);
  });

  it("keeps the 主要做法和成效 and 下一步要求 the office edited when the same batch's notice is made again", () => {
    const edited = block.rows.map((row) => [...row]);
    const practices = edited.findIndex((row) => row[0] === NOTICE_HEADINGS.practices);
    const problems = edited.findIndex((row) => row[0] === NOTICE_HEADINGS.problems);
    edited.splice(
      practices + 1,
      problems - practices - 1,
      ["　　各镇(区)开展了“走进基层，服务群众”活动，"],
      ["收集意见建议120条。"],
      ["　　市行政服务中心延长了窗口服务时间。"]
    );
    const require = edited.findIndex((row) => row[0] === NOTICE_HEADINGS.requirements);
    const signature = edited.findIndex((row, i) => i > require && row[5] === ISSUER);
    edited.splice(require + 1, signature - require - 1, ["（一）请各单位于10月20日前报送整改情况。"], ["（二）下季度重点督查窗口服务。"]);
    const kept = officeTextsOf({ name: block.name, rows: edited });
    expect(kept).toEqual({
      practices: ["各镇(区)开展了“走进基层，服务群众”活动，收集意见建议120条。", "市行政服务中心延长了窗口服务时间。"],
      requirements: ["（一）请各单位于10月20日前报送整改情况。", "（二）下季度重点督查窗口服务。"],
    });
    const again = sheetOf(r, kept);
    expect(officeTextsOf(again)).toEqual(kept);
    expect(officeTextsOf(undefined)).toEqual({ practices: null, requirements: null });
    expect(officeTextsOf({ name: "x", rows: [["别的内容"]] })).toEqual({ practices: null, requirements: null });
  });

  it("cuts a long paragraph into lines no wider than the page, every word kept, and reads it back whole", () => {
    const long =
      "（一）各被通报单位要在收到通报后十个工作日内，对照通报指出的问题逐条制定整改措施，明确整改时限和责任人员，整改情况报市优化办备案；市优化办将适时组织回头看，对整改不力的单位严格实施问责。";
    const b = sheetOf(r, { practices: null, requirements: [long, "（二）短的一条。"] });
    const rows = section(b, NOTICE_HEADINGS.requirements).map((row) => String(row[0] ?? ""));
    const cut = rows.slice(
      0,
      rows.findIndex((t) => t.includes("（二）短的一条。"))
    );
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.join("")).toBe(`\u3000\u3000${long}`);
    const units = (t: string) => [...t].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x100 ? 1 : 2), 0);
    for (const line of cut) expect(units(line)).toBeLessThanOrEqual(108);
    expect(officeTextsOf(b).requirements).toEqual([long, "（二）短的一条。"]);
  });

  it("cuts words too long for the tallest printable row, saying where the whole text is, so no line is cut off", () => {
    const long = "已完成调研，正在起草制度文件，广泛征求意见。".repeat(40);
    const progress = [...data.progress, report(3, "T01", "2010-09-25", 20, "滞后", long)];
    const at = progress[progress.length - 1].origin!.row;
    const r2 = supervisionReport({ data: { ...data, progress }, settings: SETTINGS, locate, asOf: "2010-09-30", batch: "第三季度常规督查" });
    const b = sheetOf(r2);
    const index = b.rows.findIndex((row) => row[0] === 3 && row[1] === "朱林镇");
    const notes = String(b.rows[index][5]);
    expect(notes.length).toBeLessThan(long.length);
    expect(notes.startsWith(long.slice(0, 50))).toBe(true);
    expect(notes.endsWith(`……（全文见“工作进度”第 ${at} 行）`)).toBe(true);
    expect(wrappedLines(notes, 24 * 7 + 5) * LINE_POINTS + 2).toBeLessThanOrEqual(409);
    expect(b.print!.rowHeights![index]).toBeLessThanOrEqual(409);
  });

  it("prints on A4 portrait one page wide: text columns wrap, and every line of text fits the page width", () => {
    expect(block.print).toEqual({
      orientation: "portrait",
      fitToWidth: true,
      wrapColumns: [2, 3, 4, 5, 6],
      rowHeights: block.rows.map(() => expect.any(Number)),
      alignTop: true,
      pageBreaks: expect.any(Array),
      pageNumbers: true,
    });
    const pageWidth = (block.widths ?? []).reduce((a, b) => a + b, 0);
    const shownWidth = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x100 ? 1 : 2), 0);
    for (const row of block.rows) {
      if (typeof row[0] !== "string" || row.slice(1).some((c) => c !== null)) continue;
      expect(shownWidth(row[0])).toBeLessThanOrEqual(pageWidth);
    }
    expect(new Set(block.rows.map((row) => row.length))).toEqual(new Set([block.widths?.length]));
  });

  it("shows the title, headings and table headers in bold", () => {
    const bold = (block.headingRows ?? []).map((n) => block.rows[n - 1][0]);
    expect(bold).toEqual(expect.arrayContaining([block.rows[0][0], ...Object.values(NOTICE_HEADINGS), "序号"]));
  });
});
