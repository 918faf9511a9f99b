/**
 * The few cell styles the generated sheets need, appended to the input's xl/styles.xml
 * so that every existing style index (used by the input sheets, copied unchanged) keeps
 * its meaning: a bold heading, a yyyy-mm-dd date and a link (blue, underlined), each on
 * the workbook's own default font.
 */
import type { ResultStyleIds } from "./result-sheet-xml";
import { findElement, findElements, splice, type XmlElement } from "./result-xml";

const DATE_FORMAT = "yyyy-mm-dd";
/** Custom number formats start at 164; lower ids are built in. */
const FIRST_CUSTOM_FORMAT = 164;

/** A minimal style sheet, for a workbook that has none. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** A container's new opening tag with its count, and its children with `added` appended. */
function appendChildren(xml: string, container: XmlElement, child: string, added: string[]): { text: string; first: number } {
  const first = findElements(container.inner, child).length;
  const name = `${container.prefix}${xml.slice(container.start + 1 + container.prefix.length).match(/^[\w]+/)![0]}`;
  const tag = xml.slice(container.start, container.openEnd).replace(/\s*\/?>$/, "");
  const counted = /\scount\s*=/.test(tag)
    ? tag.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${first + added.length}"`)
    : `${tag} count="${first + added.length}"`;
  return { text: `${counted}>${container.inner}${added.join("")}</${name}>`, first };
}

/** Strips the given child elements (empty form or with content) from a font's inner XML. */
function without(inner: string, names: string[]): string {
  let out = inner;
  for (const name of names) out = out.replace(new RegExp(`<((?:[\\w.-]+:)?)${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</\\1${name}>)`, "g"), "");
  return out;
}

/** Appends our styles to `styles` (the text of xl/styles.xml) and says their cellXfs indices. */
export function appendResultStyles(styles: string): { xml: string; ids: ResultStyleIds } {
  const fonts = findElement(styles, "fonts");
  const cellXfs = findElement(styles, "cellXfs");
  if (!fonts || !cellXfs) return appendResultStyles(MINIMAL_STYLES);
  const p = fonts.prefix;
  const base = findElement(fonts.inner, "font")?.inner ?? `<${p}sz val="11"/>`;
  const bold = `<${p}font><${p}b/>${without(base, ["b"])}</${p}font>`;
  const link = `<${p}font><${p}u/><${p}color rgb="FF0563C1"/>${without(base, ["u", "color"])}</${p}font>`;
  const fontEdit = appendChildren(styles, fonts, "font", [bold, link]);
  const edits = [{ start: fonts.start, end: fonts.end, text: fontEdit.text }];

  const numFmts = findElement(styles, "numFmts");
  const used = numFmts ? findElements(numFmts.inner, "numFmt").map((f) => Number(f.attrs.get("numFmtId") ?? 0)) : [];
  const dateId = Math.max(FIRST_CUSTOM_FORMAT - 1, ...used) + 1;
  const dateFormat = `<${p}numFmt numFmtId="${dateId}" formatCode="${DATE_FORMAT}"/>`;
  if (numFmts) edits.push({ start: numFmts.start, end: numFmts.end, text: appendChildren(styles, numFmts, "numFmt", [dateFormat]).text });
  // numFmts must be the style sheet's first child: insert it right after the opening tag.
  else
    edits.push({
      start: findElement(styles, "styleSheet")!.openEnd,
      end: findElement(styles, "styleSheet")!.openEnd,
      text: `<${p}numFmts count="1">${dateFormat}</${p}numFmts>`,
    });

  const boldFont = fontEdit.first;
  const xf = (attrs: string) => `<${p}xf ${attrs} fillId="0" borderId="0" xfId="0"/>`;
  const xfEdit = appendChildren(styles, cellXfs, "xf", [
    xf(`numFmtId="0" fontId="${boldFont}" applyFont="1"`),
    xf(`numFmtId="${dateId}" fontId="0" applyNumberFormat="1"`),
    xf(`numFmtId="0" fontId="${boldFont + 1}" applyFont="1"`),
  ]);
  edits.push({ start: cellXfs.start, end: cellXfs.end, text: xfEdit.text });
  const first = xfEdit.first;
  return { xml: splice(styles, edits), ids: { bold: first, date: first + 1, link: first + 2 } };
}
