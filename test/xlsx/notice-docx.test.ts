/**
 * The 督查通报 as a Word document, read back from its XML: the GB/T 9704-2012 page (A4, top
 * 37 mm, left 28 mm, a 156 × 225 mm type area of 22 lines × 28 characters), the font and size
 * of each element, the 发文字号 with 〔〕, the 成文日期 written out four characters in from the
 * right, the page numbers in the footers (odd right, even left) and the fonts' stand-ins.
 */
import { defaultSettings } from "../../src/domain/settings";
import { supervisionReport } from "../../src/domain/supervision";
import { noticeDocument } from "../../src/sheets/results/notice-document";
import { noticeDocx } from "../../src/xlsx/notice-docx";
import { locate, problem, record, report, task, UNITS } from "../domain/supervision/planted";
import { all, attr, docxParts, first, paragraphs, xml, type ParagraphLook } from "./docx-xml";

const settings = { ...defaultSettings(2010), issueDate: "2010-10-08" };
const data = {
  units: UNITS,
  tasks: [task(1, "D01", "2010-12-31"), task(2, "D02", "2010-06-30"), task(3, "T01", "2010-12-31")],
  progress: [report(1, "D01", "2010-09-01", 60, "推进中", "方案已印发"), report(2, "D02", "2010-06-01", 95, "推进中", "制度已起草")],
  plans: [{ unitCode: "D01", date: "2010-03-01", title: "方案" }],
  inspections: [problem("T01", "P01", "2010-09-15", "整改中"), problem("T01", "P02", "2010-09-15", "已整改", "2010-09-10")],
  supervision: [record("第三季度常规督查", "D02", "2010-09-10", "整改措施笼统，未明确时限", true)],
};
const rep = supervisionReport({ data, settings, locate, asOf: "2010-09-30", batch: "第三季度常规督查" });
const doc = noticeDocument({ report: rep, settings, units: UNITS });

let parts: Map<string, string>;
let body: ParagraphLook[];
beforeAll(async () => {
  parts = await docxParts(await noticeDocx(doc));
  body = paragraphs(xml(parts.get("word/document.xml")!));
});
const find = (text: string) => {
  const p = body.find((b) => b.text.includes(text));
  expect(p).toBeDefined();
  return p!;
};
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

describe("督查通报 as a Word document", () => {
  it("is A4 with GB/T 9704's margins: top 37 mm, left 28 mm, a type area of 156 × 225 mm", () => {
    const sect = first(xml(parts.get("word/document.xml")!), "sectPr")!;
    const size = first(sect, "pgSz")!;
    expect([Number(attr(size, "w")), Number(attr(size, "h"))]).toEqual([twips(210), twips(297)]);
    const m = first(sect, "pgMar")!;
    const [top, left, right, bottom] = ["top", "left", "right", "bottom"].map((k) => Number(attr(m, k)));
    expect(top).toBe(twips(37));
    expect(left).toBe(twips(28));
    expect(Math.abs(twips(210) - left - right - twips(156))).toBeLessThanOrEqual(1);
    expect(Math.abs(twips(297) - top - bottom - twips(225))).toBeLessThanOrEqual(1);
  });

  it("sets the body in 3号仿宋 on 22 lines of 28 characters", () => {
    const sect = first(xml(parts.get("word/document.xml")!), "sectPr")!;
    const m = first(sect, "pgMar")!;
    const typeHeight = twips(297) - Number(attr(m, "top")) - Number(attr(m, "bottom"));
    const typeWidth = twips(210) - Number(attr(m, "left")) - Number(attr(m, "right"));
    const opening = find("现将有关情况通报如下");
    expect(opening.lineRule).toBe("exact");
    expect(Math.floor(typeHeight / opening.line!)).toBe(22);
    expect(opening.runs[0]).toMatchObject({ font: "仿宋_GB2312", size: 32 });
    expect(opening.firstLine).toBe(2 * 320);
    // Each character 16 pt less the run's spacing: 28 fit the type area's width, 29 do not.
    const run = all(xml(parts.get("word/document.xml")!), "r").find((r) => (r.textContent ?? "").includes("现将有关情况"))!;
    const pitch = 320 + Number(attr(first(run, "spacing"), "val"));
    expect(Math.floor(typeWidth / pitch)).toBe(28);
  });

  it("puts the 发文机关标志 in red 小标宋, the 发文字号 with 〔〕 over a red rule, and the title in 2号小标宋, centred", () => {
    const mast = body[0];
    expect(mast.text).toBe("市优化经济发展软环境领导小组办公室");
    expect(mast.runs[0]).toMatchObject({ font: "方正小标宋简体", color: "FF0000" });
    expect(mast.align).toBe("center");
    const number = find("坛优办");
    expect(number.text).toBe("坛优办〔2010〕3号");
    expect(number.align).toBe("center");
    const title = find("情况的通报");
    expect(title.text).toBe("关于2010年“能力作风建设提升年”活动第三季度常规督查情况的通报");
    expect(title.align).toBe("center");
    expect(title.runs.every((r) => r.font === "方正小标宋简体" && r.size === 44)).toBe(true);
    expect(body.indexOf(mast)).toBeLessThan(body.indexOf(number));
    expect(body.indexOf(number)).toBeLessThan(body.indexOf(title));
  });

  it("sets 主送机关 flush left ending in a colon, 一、 headings in 黑体 and （一） leads in 楷体", () => {
    const to = find("各镇党委和人民政府");
    expect(to.text).toBe("各镇党委和人民政府，开发区党工委、管委会，市各部委办局，市直各单位：");
    expect(to.firstLine).toBe(0);
    expect(to.align).toBe("left");
    for (const h of ["一、总体情况", "二、主要做法和成效", "三、存在的问题", "四、整改情况", "五、下一步要求"]) {
      expect(find(h).runs).toEqual([expect.objectContaining({ text: h, font: "黑体", size: 32 })]);
    }
    const lead = find("（一）实施方案报送。");
    expect(lead.runs[0]).toMatchObject({ text: "（一）实施方案报送。", font: "楷体_GB2312", size: 32 });
    expect(lead.runs[1]).toMatchObject({ font: "仿宋_GB2312" });
  });

  it("ends with the 落款 and the 成文日期 written out, four characters in from the right", () => {
    const date = body[body.length - 1];
    expect(date.text).toBe("2010年10月8日");
    expect(date.align).toBe("right");
    expect(date.right).toBe(4 * 320);
    const issuer = body[body.length - 2];
    expect(issuer.text).toBe("市优化经济发展软环境领导小组办公室");
    expect(issuer.align).toBe("right");
  });

  it("borders its tables and repeats a table's header row on every page", () => {
    const tables = all(xml(parts.get("word/document.xml")!), "tbl");
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(first(t, "tblBorders")).not.toBeNull();
      expect(first(all(t, "tr")[0], "tblHeader")).not.toBeNull();
    }
  });

  it("numbers its pages “— 1 —” in 4号宋体 at the foot: odd pages right, even pages left", () => {
    expect(parts.get("word/settings.xml")).toMatch(/<w:evenAndOddHeaders\/>/);
    const rels = parts.get("word/_rels/document.xml.rels")!;
    const sect = first(xml(parts.get("word/document.xml")!), "sectPr")!;
    const footers = all(sect, "footerReference").map((f) => {
      const id = f.getAttribute("r:id")!;
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      return { type: attr(f, "type"), footer: xml(parts.get(`word/${target}`)!) };
    });
    expect(footers.map((f) => f.type).sort()).toEqual(["default", "even"]);
    for (const { type, footer } of footers) {
      const [p] = paragraphs(footer);
      expect(p.align).toBe(type === "default" ? "right" : "left");
      expect(p.text.replace(/\s/g, "")).toBe("——");
      expect(p.runs.every((r) => r.font === "宋体" && r.size === 28)).toBe(true);
      expect(all(footer, "instrText").map((t) => t.textContent?.trim())).toEqual(["PAGE"]);
    }
  });

  it("names a stand-in for each font an office may lack", () => {
    const table = xml(parts.get("word/fontTable.xml")!);
    const alt = new Map(all(table, "font").map((f) => [attr(f, "name"), attr(first(f, "altName"), "val")]));
    expect(alt.get("方正小标宋简体")).toBe("宋体");
    expect(alt.get("仿宋_GB2312")).toBe("仿宋");
    expect(alt.get("楷体_GB2312")).toBe("楷体");
    expect(alt.get("黑体")).toBeTruthy();
  });
});
