/** The pure parts of the adapter: cell conversion, column widths and the packing of rows into requests. */
import fc from "fast-check";
import { blockValue, charsToPoints, literalText, readValue, utf8Length } from "../../src/excel/cells";
import { packRows } from "../../src/excel/chunks";

describe("cell conversion", () => {
  it("keeps text literal where Excel would parse it, and leaves Chinese text alone", () => {
    expect(["001", "=1+1", "TRUE", "2010-03-05", "#N/A", "'a", "", "单位"].map(literalText)).toEqual([
      "'001",
      "'=1+1",
      "'TRUE",
      "'2010-03-05",
      "'#N/A",
      "''a",
      "",
      "单位",
    ]);
  });

  it("writes a Date as its Excel serial whatever the local time zone, and an error as its text", () => {
    expect(blockValue(new Date(Date.UTC(2010, 2, 5)))).toBe(40242);
    expect(blockValue({ error: "#DIV/0!" })).toBe("'#DIV/0!");
    expect(blockValue(null)).toBe("");
  });

  it("writes text that Excel would take for a formula as text: = + - @, tab and CR", () => {
    const texts = ["=COUNTA(A:A)", "=", "+1+2", "-A1", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x")'];
    expect(texts.map(blockValue)).toEqual(texts.map((t) => `'${t}`));
  });

  it("reads by value type: an error only when Excel says Error", () => {
    expect(readValue("#N/A", "Error")).toEqual({ error: "#N/A" });
    expect(readValue("#N/A", "String")).toBe("#N/A");
    expect(readValue("", "Empty")).toBeNull();
    expect(readValue(3.5, "Double")).toBe(3.5);
  });

  it("converts Excel's default 8.43 characters to its default 48 points", () => {
    expect(Math.round(charsToPoints(8.43))).toBe(48);
  });

  it("counts UTF-8 bytes as the wire does", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => utf8Length(s) === Buffer.byteLength(s, "utf8")));
  });
});

describe("packRows", () => {
  const sizes = fc.array(fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 60 }), { maxLength: 5 });

  it("covers every row exactly once, in order", () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 1, max: 3000 }), (items, budget) => {
        const seen: string[] = [];
        for (const chunk of packRows(items, budget)) for (const s of chunk.slices) for (let r = s.start; r < s.end; r++) seen.push(`${s.item}:${r}`);
        expect(seen).toEqual(items.flatMap((rows, i) => rows.map((_, r) => `${i}:${r}`)));
      })
    );
  });

  it("keeps every chunk within the budget unless a single row is larger", () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 200 }), (items, budget, fixed) => {
        const chunks = packRows(items, budget, fixed);
        chunks.forEach((chunk) => {
          const rows = chunk.slices.reduce((n, s) => n + s.end - s.start, 0);
          if (rows > 1) expect(chunk.bytes).toBeLessThanOrEqual(budget);
        });
      })
    );
  });

  it("uses one chunk whenever everything fits", () => {
    fc.assert(
      fc.property(sizes, (items) => {
        const total = items.flat().reduce((a, b) => a + b, 0);
        expect(packRows(items, total + 10, 10)).toHaveLength(1);
      })
    );
  });
});
