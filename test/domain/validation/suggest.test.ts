/** "Did you mean": the pure suggestion, and the findings of 校验 that carry it. */
import { didYouMean, oneEditApart, suggestAmong, suggestionFor } from "../../../src/domain/validation/suggest";
import { demo, findingsOf, get, set } from "./workbook-grids";

describe("oneEditApart", () => {
  it.each([
    ["Z01", "Z02", true, "one substitution"],
    ["Z01", "Z011", true, "one insertion"],
    ["Z011", "Z01", true, "one deletion"],
    ["人大代", "人大代表", true, "a dropped Chinese character"],
    ["Z01", "Z01", false, "equal"],
    ["Z01", "Z10", false, "a swap is two edits"],
    ["Z01", "Z0123", false, "two insertions"],
    ["", "Z", true, "empty against one character"],
    ["𠀀a", "𠀀b", true, "characters outside the BMP count once"],
  ])("%s / %s → %s (%s)", (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
    expect(oneEditApart(b, a)).toBe(expected);
  });
});

describe("a slip of width or case", () => {
  it("counts as one slip, however many characters it touches", () => {
    expect(suggestAmong("Ｚ０１", ["Z01"])).toBe("Z01");
    expect(suggestAmong("ks01", ["KS01"])).toBe("KS01");
    expect(suggestAmong("Z01", ["Z01"])).toBe("");
  });
});

describe("suggestAmong", () => {
  const CODES = ["Z01", "Z02", "B101", "KS001"];

  it("suggests the one value a slip away", () => {
    expect(suggestAmong("B10", CODES)).toBe("B101");
    expect(suggestAmong("ks001", CODES)).toBe("KS001");
    expect(suggestAmong("KS01", CODES)).toBe("KS001");
  });

  it("suggests nothing when two values are a slip away (Z0 is one edit from Z01 and Z02)", () => {
    expect(suggestAmong("Z0", CODES)).toBe("");
    expect(suggestAmong("Z03", CODES)).toBe("");
  });

  it("prefers a value only width or case apart to values one edit apart (b01 is B01, not Z01)", () => {
    expect(suggestAmong("b01", ["Z01", "S01", "B01"])).toBe("B01");
    expect(suggestAmong("Ｚ０１", ["Z01", "Z02"])).toBe("Z01");
    expect(suggestAmong("ab", ["AB", "Ab"])).toBe("");
  });

  it("suggests nothing for a value far from all, for an empty value, or for a real value", () => {
    expect(suggestAmong("XYZ", CODES)).toBe("");
    expect(suggestAmong("", ["A"])).toBe("");
    expect(suggestAmong("Z01", CODES)).toBe("");
  });
});

describe("suggestionFor", () => {
  it("reads a map's keys, a set's and a list's members alike", () => {
    expect(suggestionFor("Z1", new Map([["Z01", 0]]))).toBe("Z01");
    expect(suggestionFor("Z1", new Set(["Z01"]))).toBe("Z01");
    expect(suggestionFor("Z1", ["Z01"])).toBe("Z01");
  });

  it("searches once per value and collection (2,900 rows with one typo cost one search)", () => {
    let reads = 0;
    const codes = ["Z01", "Z02"];
    const counting = new Proxy(codes, {
      get(target, key, receiver) {
        if (key === Symbol.iterator) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    for (let i = 0; i < 2900; i++) expect(suggestionFor("Z011", counting)).toBe("Z01");
    expect(reads).toBe(1);
  });

  it("words the suggestion as a question, and nothing when there is none", () => {
    expect(didYouMean("Z01")).toBe("是否应为「Z01」？");
    expect(didYouMean("")).toBe("");
    expect(didYouMean(undefined)).toBe("");
  });
});

describe("findings of 校验 that suggest a value", () => {
  const messageAt = (grids: ReturnType<typeof demo>, cell: string) => findingsOf(grids).find((f) => f.cell === cell)?.message ?? "";

  it("an unknown unit code one edit from a real one, in 评议评分", () => {
    const g = demo();
    const code = String(get(g, "评议评分", "单位编码", 2));
    // One character added in front: Z01 → XZ01 (a character added at the end would be as near Z010).
    const cell = set(g, "评议评分", "单位编码", 2, `X${code}`);
    expect(messageAt(g, cell)).toContain(`是否应为「${code}」？`);
  });

  it("an unknown unit code in lower case, in 加减分 and 违规记录", () => {
    for (const sheet of ["加减分", "违规记录"]) {
      const g = demo();
      const code = String(get(g, sheet, "单位编码", 2));
      const cell = set(g, sheet, "单位编码", 2, code.toLowerCase());
      expect(code.toLowerCase()).not.toBe(code);
      expect(messageAt(g, cell)).toContain(`是否应为「${code}」？`);
    }
  });

  it("an unknown 上级单位编码 one edit from a real one", () => {
    const g = demo();
    let row = 2;
    while (get(g, "单位名册", "上级单位编码", row) === "") row++;
    const parent = String(get(g, "单位名册", "上级单位编码", row));
    const cell = set(g, "单位名册", "上级单位编码", row, parent.toLowerCase());
    expect(messageAt(g, cell)).toContain(`是否应为「${parent}」？`);
  });

  it("an unknown 评议主体 with a character dropped", () => {
    const g = demo();
    const group = String(get(g, "评议评分", "评议主体", 2));
    const cell = set(g, "评议评分", "评议主体", 2, group.slice(0, -1));
    expect(messageAt(g, cell)).toContain(`是否应为「${group}」？`);
  });

  it("an unknown 单位类别 with a character dropped", () => {
    const g = demo();
    const cell = set(g, "单位名册", "单位类别", 2, "市直单");
    expect(messageAt(g, cell)).toContain("是否应为「市直单位」？");
  });

  it("no suggestion for a code far from every real one", () => {
    const g = demo();
    const cell = set(g, "评议评分", "单位编码", 2, "没有这个单位");
    const message = messageAt(g, cell);
    expect(message).toMatch(/不在「单位名册」中/);
    expect(message).not.toContain("是否应为");
  });
});
