/** 排名说明 as a sheet: one section per unit named in 问责名单, print-ready, its 总分 line the unit's total. */
import { EXPLANATION_HEADER } from "../../../src/sheets/results/explanation-sheet";
import { explanation } from "./print-fixture";

describe("排名说明", () => {
  const block = explanation();
  const text = block.rows.map((r) => r.filter((c) => c !== null).join(" | "));

  it("explains every unit named in 问责名单, each starting on a new page under its own heading and header", () => {
    // In 问责名单 order: T3 for its violation, T2 and T3 tied last, K1 and K2 both (bottom 3 of two key sections).
    const headings = block.rows.filter((r) => typeof r[0] === "string" && /^(T|K)\d /.test(r[0]));
    expect(headings.map((r) => String(r[0]).split(" ")[0])).toEqual(["T3", "T2", "K1", "K2"]);
    const headers = block.rows.flatMap((r, i) => (r.slice(0, EXPLANATION_HEADER.length).join() === EXPLANATION_HEADER.join() ? [i + 1] : []));
    expect(headers).toHaveLength(4);
    expect(block.print?.pageBreaks).toEqual(headers.slice(1).map((row) => row - 1));
    expect(block.headingRows).toEqual(expect.arrayContaining(headers));
  });

  it("builds each total from its group lines and 加减分, and says how far the neighbours are", () => {
    expect(text).toContain("甲 | 甲-1 80（第6行） | 1 | 80.00 | 1 | 0.5 | 40.00");
    expect(text).toContain("总分 | 评议得分 80.00 + 加减分 0.00 = 80.00（按分数精度 2 位小数比较名次） | 80.00");
    expect(text.some((t) => t.startsWith("名次 | 比上一名 T1 单位T1（90.75）低 10.75 分；本类最后；与 T3 总分并列"))).toBe(true);
    expect(text.some((t) => t.startsWith("问责稳健性 | 与最近的未列入单位 T1 单位T1 相差 10.75 分；去掉任何一位评议人"))).toBe(true);
  });

  it("prints landscape, one page wide, with the 明细 column wrapped", () => {
    expect(block.print).toEqual(expect.objectContaining({ orientation: "landscape", fitToWidth: true, wrapColumns: [2] }));
    expect(new Set(block.rows.map((r) => r.length)).size).toBe(1);
  });
});
