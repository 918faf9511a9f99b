/**
 * The few cell styles the generated sheets need, appended to the input's xl/styles.xml
 * so that every existing style index (used by the input sheets, copied unchanged) keeps
 * its meaning: a bold heading, a yyyy-mm-dd date and a link (blue, underlined), each on
 * the workbook's own default font.
 */
import { lookKey, type CellLook } from "./result-print";
import type { ResultStyleIds } from "./result-sheet-xml";
import { escapeXml, findElement, findElements, splice, type XmlElement } from "./result-xml";

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

/** Our styles over an input style sheet: the three fixed ones, plus print looks added as the sheets ask for them. */
export interface ResultStyles {
  ids: ResultStyleIds;
  /** The cellXfs index of `look`, added on first use. */
  lookId(look: CellLook): number;
  /** The style sheet with everything asked for so far appended. */
  xml(): string;
}

/** Built-in number formats that need no numFmt element. */
const BUILT_IN_FORMATS: Record<string, number> = { "0": 1, "0.00": 2 };

/**
 * Our styles over `styles` (the text of xl/styles.xml). Print looks (wrap, score formats,
 * fills: ./result-print) are appended after the three fixed styles, in the order first
 * asked for, so every index handed out stays valid in the final `xml()`.
 */
export function resultStyles(styles: string): ResultStyles {
  const fonts = findElement(styles, "fonts");
  const cellXfs = findElement(styles, "cellXfs");
  if (!fonts || !cellXfs) return resultStyles(MINIMAL_STYLES);
  const p = fonts.prefix;
  const base = findElement(fonts.inner, "font")?.inner ?? `<${p}sz val="11"/>`;
  const bold = `<${p}font><${p}b/>${without(base, ["b"])}</${p}font>`;
  const link = `<${p}font><${p}u/><${p}color rgb="FF0563C1"/>${without(base, ["u", "color"])}</${p}font>`;
  const fontEdit = appendChildren(styles, fonts, "font", [bold, link]);
  const boldFont = fontEdit.first;

  const numFmts = findElement(styles, "numFmts");
  const used = numFmts ? findElements(numFmts.inner, "numFmt").map((f) => Number(f.attrs.get("numFmtId") ?? 0)) : [];
  const dateId = Math.max(FIRST_CUSTOM_FORMAT - 1, ...used) + 1;
  const customFormats = new Map<string, number>([[DATE_FORMAT, dateId]]);
  const fills = findElement(styles, "fills");
  const fillIds = new Map<string, number>();
  const firstFill = fills ? findElements(fills.inner, "fill").length : 0;

  const xf = (attrs: string, inner = "") =>
    inner ? `<${p}xf ${attrs} borderId="0" xfId="0">${inner}</${p}xf>` : `<${p}xf ${attrs} borderId="0" xfId="0"/>`;
  const xfs = [
    xf(`numFmtId="0" fontId="${boldFont}" fillId="0" applyFont="1"`),
    xf(`numFmtId="${dateId}" fontId="0" fillId="0" applyNumberFormat="1"`),
    xf(`numFmtId="0" fontId="${boldFont + 1}" fillId="0" applyFont="1"`),
  ];
  const firstXf = findElements(cellXfs.inner, "xf").length;
  const ids: ResultStyleIds = { bold: firstXf, date: firstXf + 1, link: firstXf + 2 };
  const lookIds = new Map<string, number>();

  const formatId = (format: string): number => {
    if (format in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[format];
    if (!customFormats.has(format)) customFormats.set(format, dateId + customFormats.size);
    return customFormats.get(format)!;
  };
  const fillId = (color: string): number => {
    // A style sheet without a fills list cannot take one of ours: the row's words still say 需复核.
    if (!fills) return 0;
    if (!fillIds.has(color)) fillIds.set(color, firstFill + fillIds.size);
    return fillIds.get(color)!;
  };

  return {
    ids,
    lookId(look: CellLook): number {
      const key = lookKey(look);
      const known = lookIds.get(key);
      if (known !== undefined) return known;
      const font = look.base === "bold" ? boldFont : look.base === "link" ? boldFont + 1 : 0;
      const numFmt = look.format ? formatId(look.format) : look.base === "date" ? dateId : 0;
      const fill = look.fill ? fillId(look.fill) : 0;
      const applied = [
        font ? ' applyFont="1"' : "",
        numFmt ? ' applyNumberFormat="1"' : "",
        fill ? ' applyFill="1"' : "",
        look.wrap || look.top ? ' applyAlignment="1"' : "",
      ];
      const alignment = look.wrap ? `<${p}alignment wrapText="1" vertical="top"/>` : look.top ? `<${p}alignment vertical="top"/>` : "";
      xfs.push(xf(`numFmtId="${numFmt}" fontId="${font}" fillId="${fill}"${applied.join("")}`, alignment));
      lookIds.set(key, firstXf + xfs.length - 1);
      return firstXf + xfs.length - 1;
    },
    xml(): string {
      const edits = [{ start: fonts.start, end: fonts.end, text: fontEdit.text }];
      const formats = [...customFormats].map(([code, id]) => `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
      if (numFmts) edits.push({ start: numFmts.start, end: numFmts.end, text: appendChildren(styles, numFmts, "numFmt", formats).text });
      // numFmts must be the style sheet's first child: insert it right after the opening tag.
      else {
        const at = findElement(styles, "styleSheet")!.openEnd;
        edits.push({ start: at, end: at, text: `<${p}numFmts count="${formats.length}">${formats.join("")}</${p}numFmts>` });
      }
      if (fills && fillIds.size > 0) {
        const added = [...fillIds.keys()].map(
          (color) =>
            `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(color)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
        );
        edits.push({ start: fills.start, end: fills.end, text: appendChildren(styles, fills, "fill", added).text });
      }
      edits.push({ start: cellXfs.start, end: cellXfs.end, text: appendChildren(styles, cellXfs, "xf", xfs).text });
      return splice(styles, edits);
    },
  };
}

/** ARGB of a "#RRGGBB" colour, opaque. */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}
