/**
 * What the command line prints, made safe for a terminal: text from a workbook (a unit's
 * name, a 责任人) may carry escape sequences that recolour, retitle or rewrite the screen,
 * a carriage return that prints one line over another, or bidi overrides that show text in
 * another order than it is. They are removed before printing; JSON keeps every character,
 * written as a \u escape.
 */

/** ESC sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), and two-character ones. */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]/g;
/** C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
/** The characters JSON.stringify leaves as they are but a terminal acts on. */
const JSON_UNSAFE = /[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without escape sequences and control characters (tab and line feed stay). */
export function terminalText(text: string): string {
  return text.replace(ESCAPES, "").replace(CONTROLS, "");
}

/** `value` as indented JSON with every character a terminal would act on written as a \u escape (the value is unchanged). */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
