/**
 * Regression: validation compared unit names with its own copy of the reader's text folding
 * (nameKey beside headerKey), free to drift apart. Both now use src/domain/text.
 */
import fc from "fast-check";
import { formatCharsIn, hasFormatChars, hasFullWidth, looseKey, toHalfWidth, trimAll } from "../../src/domain/text";
import * as readerText from "../../src/sheets/read/normalize";

/** Every printable ASCII character typed in its full-width form, as an IME does. */
const toFullWidth = (text: string) => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");

describe("text as people type it", () => {
  it("folds full-width forms and drops every kind of space, so 镇（区） names 镇(区)", () => {
    expect(looseKey(" 镇（区）\u3000")).toBe("镇(区)");
    expect(looseKey("进度（%） ")).toBe("进度(%)");
    expect(looseKey("市委\u00A0宣传部")).toBe("市委宣传部");
  });

  it("gives any text typed in full-width forms the key of the same text typed in half-width", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."Z01 ab(区)%-镇") }), (text) => {
        expect(looseKey(toFullWidth(text))).toBe(looseKey(text));
        expect(looseKey(looseKey(text))).toBe(looseKey(text));
        expect(hasFullWidth(looseKey(toFullWidth(text)))).toBe(false);
      })
    );
  });

  it("trims exactly what \\s, the ideographic and the no-break space match, at either end (its quick check misses none)", () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      const spaced = `${ch}甲 乙${ch}`;
      if (trimAll(spaced) !== spaced.replace(/^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g, "")) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    expect(trimAll("\u3000Z01\u00A0")).toBe("Z01");
  });

  it("finds every format character, in the Basic Multilingual Plane and beyond", () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const text = `Z01${String.fromCodePoint(code)}`;
      const expected = /\p{Cf}/u.test(text);
      if (hasFormatChars(text) !== expected || formatCharsIn(text).length > 0 !== expected) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    expect(hasFormatChars("\u{E0001}")).toBe(true);
  });

  it("trims but keeps inner spaces, and folds without trimming", () => {
    expect(trimAll("\u3000 市 委 \u00A0")).toBe("市 委");
    expect(toHalfWidth("Ｚ０１\u3000")).toBe("Z01 ");
  });

  it("is the reader's own normalisation: the reader's module re-exports these very functions", () => {
    expect(readerText.headerKey).toBe(looseKey);
    expect(readerText.toHalfWidth).toBe(toHalfWidth);
    expect(readerText.trimAll).toBe(trimAll);
    expect(readerText.hasFullWidth).toBe(hasFullWidth);
  });
});
