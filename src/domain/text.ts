/**
 * Text as people really type it: full-width forms (Ｚ０１, （）) and stray spaces, including
 * the ideographic and no-break spaces. One place for both the reader (headers, codes,
 * numbers) and validation (unit names typed in 重点工作), so that they fold text alike.
 */

/** Full-width ASCII (！ to ～) to half-width, and the ideographic space to a plain space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** True when the text holds any full-width ASCII form or an ideographic space. */
export function hasFullWidth(text: string): boolean {
  return /[\uFF01-\uFF5E\u3000]/.test(text);
}

/** Trims every kind of white space, including the ideographic space and no-break space. */
export function trimAll(text: string): string {
  return text.replace(/^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g, "");
}

/**
 * Text as matched loosely: full-width forms folded and every kind of white space removed,
 * so the header "进度（%） " finds 进度(%) and the name "镇（区）" finds 镇(区).
 */
export function looseKey(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "");
}
