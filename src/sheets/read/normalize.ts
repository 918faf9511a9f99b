/** Text normalisation for what people really type: full-width forms and stray spaces. */

/** Full-width ASCII (！ to ～) to half-width, and the ideographic space to a plain space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** True when the text holds any full-width ASCII form or an ideographic space. */
export function hasFullWidth(text: string): boolean {
  return /[\uFF01-\uFF5E\u3000]/.test(text);
}

/** A header as matched: every kind of white space removed, full-width forms folded, so "进度（%） " finds 进度(%). */
export function headerKey(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "");
}

/** Trims every kind of white space, including the ideographic space and no-break space. */
export function trimAll(text: string): string {
  return text.replace(/^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g, "");
}
