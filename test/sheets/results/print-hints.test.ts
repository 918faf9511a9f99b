/** Every output sheet says how it prints: A4 orientation, one page wide, repeated header, wrapped text, scores, review fill. */
import { scoreFormat, type CellValue } from "../../../src/sheets/grid";
import { NOTICE_TABLES } from "../../../src/sheets/results/notice-sections";
import { ACCOUNTABILITY_HEADER, rankingHeader } from "../../../src/sheets/results/ranking-blocks";
import { VALIDATION_HEADER } from "../../../src/sheets/results/validation-block";
import { LINE_POINTS, wrappedLines } from "../../../src/sheets/results/supervision-pages";
import { allOutputBlocks, longNotice, notice, rankingPair, validation } from "./print-fixture";

describe("print hints of the output sheets", () => {
  it("give every output sheet a page setup one page wide", () => {
    for (const block of allOutputBlocks()) {
      expect({ name: block.name, fit: block.print?.fitToWidth }).toEqual({ name: block.name, fit: true });
    }
  });

  it("print the wide tables landscape and the notice portrait", () => {
    const orientation = new Map(allOutputBlocks().map((b) => [b.name, b.print?.orientation]));
    expect(orientation.get("排名结果")).toBe("landscape");
    expect(orientation.get("问责名单")).toBe("landscape");
    expect(orientation.get("校验结果")).toBe("landscape");
    expect(orientation.get("工作看板")).toBe("landscape");
    expect(orientation.get("报送情况")).toBe("landscape");
    expect(orientation.get("督查通报-第三季度常规督查")).toBe("portrait");
    expect(orientation.get("督查通报-第四季度常规督查")).toBe("portrait");
  });

  it("repeat the table's header row on every page (排名结果 lays out its own pages: several tables, no print titles)", () => {
    const [ranking, list] = rankingPair();
    expect(ranking.print!.titleRows).toBeUndefined();
    expect(ranking.rows[ranking.frozenRows! - 1].slice(0, 8)).toEqual(rankingHeader(["甲", "乙"]));
    const listTitle = list.print!.titleRows!;
    expect(list.rows[listTitle.first - 1]).toEqual(ACCOUNTABILITY_HEADER);
    expect(listTitle).toEqual({ first: list.frozenRows, last: list.frozenRows });
    const v = validation(3);
    expect(v.rows[v.print!.titleRows!.first - 1]).toEqual(VALIDATION_HEADER);
  });

  it("repeat each 督查通报 table's header at the top of every page the table runs onto (several tables: no print titles)", () => {
    const b = longNotice();
    expect(b.print!.titleRows).toBeUndefined();
    const headers = new Set(Object.values(NOTICE_TABLES).map((h) => JSON.stringify(h)));
    const isBody = (row: CellValue[]) => typeof row[0] === "number" || (row[0] === null && (row[1] !== null || row[2] !== null));
    const starts = b.print!.pageBreaks!.map((r) => b.rows[r - 1]);
    expect(starts.length).toBeGreaterThan(2);
    for (const row of starts) expect(isBody(row)).toBe(false);
    // Most pages continue a table: they start with its header.
    expect(starts.filter((row) => headers.has(JSON.stringify(row.filter((c) => c !== null)))).length).toBeGreaterThan(2);
  });

  it("freeze each sheet's header: a table's header row, and the 督查通报's title and date", () => {
    for (const block of allOutputBlocks())
      expect({ name: block.name, frozen: (block.frozenRows ?? 0) > 0 }).toEqual({ name: block.name, frozen: true });
    expect(notice().frozenRows).toBe(3);
    expect(notice().rows[1][0]).toBe("坛优办〔2010〕3号");
    expect(notice().rows[2][0]).toContain("数据截至");
  });

  it("wrap 问责依据 and 证据, and 说明", () => {
    const [, list] = rankingPair();
    expect(list.print!.wrapColumns).toEqual(
      expect.arrayContaining([ACCOUNTABILITY_HEADER.indexOf("问责依据") + 1, ACCOUNTABILITY_HEADER.indexOf("证据") + 1])
    );
    expect(validation(1).print!.wrapColumns).toContain(VALIDATION_HEADER.indexOf("说明") + 1);
  });

  it("format 总分, each group's score and 加减分 with 分数精度 decimals", () => {
    const header = rankingHeader(["甲", "乙"]);
    const cols = (precision: number) => rankingPair(precision)[0].print!.numberFormats!;
    const scored = ["总分", "甲", "乙", "加减分"].map((h) => header.indexOf(h) + 1);
    expect(cols(2)).toEqual(scored.map((col) => ({ col, format: "0.00" })));
    expect(cols(1).map((f) => f.format)).toEqual(["0.0", "0.0", "0.0", "0.0"]);
    expect(cols(0).map((f) => f.format)).toEqual(["0", "0", "0", "0"]);
    expect(scoreFormat(3)).toBe("0.000");
  });

  it("fill exactly the 问责名单 rows whose 需复核 says 是", () => {
    const [, list] = rankingPair();
    const review = ACCOUNTABILITY_HEADER.indexOf("需复核");
    const flagged = list.rows.map((r, i) => (r[review] === "是" ? i + 1 : 0)).filter((r) => r > 0);
    expect(flagged.length).toBeGreaterThan(0);
    expect(list.print!.highlightRows).toEqual(flagged);
  });
});

describe("问责名单 and 排名结果 fit to sign", () => {
  it("give every row of 问责名单 the lines its wrapped 依据 and 证据 need, and print the title and page numbers", () => {
    const [, list] = rankingPair();
    const widths = list.widths!;
    const px = (w: number) => Math.floor(w * 7) + 5;
    list.rows.forEach((row, r) => {
      for (const col of list.print!.wrapColumns!) {
        const value = row[col - 1];
        if (typeof value !== "string") continue;
        expect(list.print!.rowHeights![r]).toBeGreaterThanOrEqual(wrappedLines(value, px(widths[col - 1])) * LINE_POINTS);
      }
    });
    expect(list.print).toMatchObject({ pageNumbers: true, pageHeader: expect.stringContaining("问责名单（排名时间 ") });
  });

  it("keep each 排名结果 category's heading on the page of its header and first row", () => {
    const [ranking] = rankingPair();
    const starts = new Set(ranking.print!.pageBreaks ?? []);
    ranking.rows.forEach((row, r) => {
      if (typeof row[0] === "string" && /参加排名）$/.test(row[0])) expect(starts.has(r + 2) || starts.has(r + 3)).toBe(false);
    });
    expect(ranking.print).toMatchObject({ pageNumbers: true, pageHeader: expect.stringContaining("排名结果（排名时间 ") });
  });
});
