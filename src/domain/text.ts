/**
 * Text as people really type it: full-width forms (Ｚ０１, （）) and stray spaces, including
 * the ideographic and no-break spaces. One place for both the reader (headers, codes,
 * numbers) and validation (unit names typed in 重点工作), so that they fold text alike.
 */

/** Full-width ASCII (！ to ～) to half-width, and the ideographic space to a plain space. */
export function toHalfWidth(text: string): string {
  // Most cells hold none: one test spares the two replacements (and their new strings) a million times over.
  if (!hasFullWidth(text)) return text;
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** True when the text holds any full-width ASCII form or an ideographic space. */
export function hasFullWidth(text: string): boolean {
  return /[\uFF01-\uFF5E\u3000]/.test(text);
}

/**
 * True for the characters `\s` matches (ECMAScript WhiteSpace and LineTerminator: tab, line
 * and page breaks, the Unicode space separators, U+FEFF, U+2028/U+2029). Checked by code so
 * that trimAll can skip its regular expression when neither end of the text is a space.
 */
function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Trims every kind of white space, including the ideographic space and no-break space. */
export function trimAll(text: string): string {
  if (text === "" || (!isSpaceCode(text.charCodeAt(0)) && !isSpaceCode(text.charCodeAt(text.length - 1)))) return text;
  return text.replace(/^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g, "");
}

/**
 * Text as matched loosely: full-width forms folded and every kind of white space removed,
 * so the header "进度（%） " finds 进度(%) and the name "镇（区）" finds 镇(区).
 */
export function looseKey(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "");
}

/**
 * Unicode format characters (category Cf): zero-width space U+200B, the joiners U+200C/U+200D,
 * the bidi marks U+200E/U+200F and U+202A–U+202E, the word joiner U+2060, U+FEFF and the like.
 * Pasted from web pages and chat apps, they are invisible: “Z01” with one is a different
 * value from “Z01” without it, so two units that look alike would silently be two units.
 */
const FORMAT_CHARS = /\p{Cf}/gu;
/** The same class without the global flag: a plain test that keeps no state and makes no match array. */
const HAS_FORMAT_CHAR = /\p{Cf}/u;

/** True when `text` holds a format character (all of them lie at U+00AD or above). */
export function hasFormatChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xad) return HAS_FORMAT_CHAR.test(text);
  return false;
}

/** The distinct format characters in `text`, as "U+200B" (empty when there are none). */
export function formatCharsIn(text: string): string[] {
  if (!hasFormatChars(text)) return [];
  const found = text.match(FORMAT_CHARS) ?? [];
  return [...new Set(found)].map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/**
 * The format characters that belong to an emoji: the zero-width joiner between two emoji
 * (👨‍👩‍👧 is three emoji and two joiners, shown as one picture) and the tags of a flag such as
 * 🏴󠁧󠁢󠁳󠁣󠁴󠁿. They are visible as the picture they make, so free text may hold them.
 */
const EMOJI_FORMAT =
  /(?<=\p{Extended_Pictographic}(?:\u{FE0F}|[\u{1F3FB}-\u{1F3FF}])?)\u200D(?=\p{Extended_Pictographic})|(?<=\u{1F3F4})[\u{E0020}-\u{E007E}]+\u{E007F}/gu;

/** `text` without the format characters that are part of an emoji (see EMOJI_FORMAT). */
export function withoutEmojiFormat(text: string): string {
  return text.replace(EMOJI_FORMAT, "");
}

/** `text` with every format character removed: what the user sees of it. */
export function withoutFormatChars(text: string): string {
  return text.replace(FORMAT_CHARS, "");
}

/**
 * Excel's limit on the text of one cell: 32,767 characters (UTF-16 code units). A longer
 * text makes Excel "repair" the file on opening, cutting the cell.
 */
export const EXCEL_CELL_CHARS = 32_767;

/**
 * `text` cut to at most `max` characters, ending in “…” when it was cut (never splitting
 * a surrogate pair, so no half of an emoji is left behind).
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
