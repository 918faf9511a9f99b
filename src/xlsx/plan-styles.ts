/**
 * The cell styles a SheetPlan written at the zip level needs (./plan-sheet-xml), appended to
 * the input's xl/styles.xml so every existing style index keeps its meaning: the looks the
 * exceljs adapter gives a plan (./apply-plan) — a column's number format, unlocked input
 * area and wrapping, a header's bold font on its fill, locked — and the differential fill of
 * 校验's marking rule.
 */
import { MARK_FILL } from "../sheets/marks";
import { escapeXml, findElement, findElements, splice, type XmlElement } from "./result-xml";

/** How one cell of a plan sheet looks. */
export interface PlanLook {
  numFmt?: string;
  unlocked?: boolean;
  wrap?: boolean;
  /** A header cell: bold, locked, on the header fill when `fill`. */
  bold?: boolean;
  fill?: boolean;
}

/** The header fill of apply-plan. */
export const HEADER_FILL = "FFD9E1F2";
/** Custom number formats start at 164; lower ids are built in. */
const FIRST_CUSTOM_FORMAT = 164;
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2 };

/** A stable key of a look (equal looks share a style). */
export function planLookKey(look: PlanLook): string {
  return JSON.stringify([look.numFmt ?? "", Boolean(look.unlocked), Boolean(look.wrap), Boolean(look.bold), Boolean(look.fill)]);
}

/** True when a look is the workbook's default (style 0). */
export function isPlainLook(look: PlanLook): boolean {
  return !look.numFmt && !look.unlocked && !look.wrap && !look.bold && !look.fill;
}

/** The styles appended for `looks`: the new style sheet, the cellXfs index of each look, and the marking rule's dxf. */
export interface PlanStyles {
  xml: string;
  idOf(look: PlanLook): number;
  markDxf: number;
}

/** A container's element with `added` children appended and its count updated. */
function appended(xml: string, container: XmlElement, child: string, added: readonly string[]): { text: string; first: number } {
  const first = findElements(container.inner, child).length;
  const name = xml.slice(container.start + 1).match(/^[\w:.-]+/)![0];
  const open = xml.slice(container.start, container.openEnd).replace(/\s*\/?>$/, "");
  const counted = /\scount\s*=/.test(open)
    ? open.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${first + added.length}"`)
    : `${open} count="${first + added.length}"`;
  return { text: `${counted}>${container.inner}${added.join("")}</${name}>`, first };
}

/** Appends the styles of `looks` (and one dxf for the marking rule) to `styles`, the text of xl/styles.xml. */
export function appendPlanStyles(styles: string, looks: readonly PlanLook[]): PlanStyles {
  const fonts = findElement(styles, "fonts");
  const fills = findElement(styles, "fills");
  const cellXfs = findElement(styles, "cellXfs");
  if (!fonts || !fills || !cellXfs) throw new Error("The workbook's style sheet lacks fonts, fills or cellXfs");
  const p = fonts.prefix;
  const base = findElement(fonts.inner, "font")?.inner ?? `<${p}sz val="11"/>`;
  const boldFont = `<${p}font><${p}b/>${base.replace(/<(?:[\w.-]+:)?b(?=[\s/>])[^>]*?\/>/g, "")}</${p}font>`;
  const fontEdit = appended(styles, fonts, "font", [boldFont]);
  const fillEdit = appended(styles, fills, "fill", [
    `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${HEADER_FILL}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
  ]);

  const numFmts = findElement(styles, "numFmts");
  const known = new Map<string, number>();
  for (const f of numFmts ? findElements(numFmts.inner, "numFmt") : []) known.set(f.attrs.get("formatCode") ?? "", Number(f.attrs.get("numFmtId")));
  let nextFormat = Math.max(FIRST_CUSTOM_FORMAT - 1, ...known.values()) + 1;
  const newFormats: string[] = [];
  const formatId = (code: string): number => {
    if (code in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[code];
    const existing = known.get(code);
    if (existing !== undefined) return existing;
    known.set(code, nextFormat);
    newFormats.push(`<${p}numFmt numFmtId="${nextFormat}" formatCode="${escapeXml(code)}"/>`);
    return nextFormat++;
  };

  const firstXf = findElements(cellXfs.inner, "xf").length;
  const ids = new Map<string, number>();
  const xfs: string[] = [];
  for (const look of looks) {
    const key = planLookKey(look);
    if (ids.has(key) || isPlainLook(look)) continue;
    const numFmt = look.numFmt ? formatId(look.numFmt) : 0;
    const font = look.bold ? fontEdit.first : 0;
    const fill = look.fill ? fillEdit.first : 0;
    const applied = [
      numFmt ? ' applyNumberFormat="1"' : "",
      font ? ' applyFont="1"' : "",
      fill ? ' applyFill="1"' : "",
      look.wrap ? ' applyAlignment="1"' : "",
      ' applyProtection="1"',
    ].join("");
    const inner = (look.wrap ? `<${p}alignment wrapText="1" vertical="top"/>` : "") + (look.unlocked ? `<${p}protection locked="0"/>` : "");
    xfs.push(`<${p}xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applied}>${inner}</${p}xf>`);
    ids.set(key, firstXf + xfs.length - 1);
  }

  const dxf = `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="FF${MARK_FILL.slice(1).toUpperCase()}"/></${p}patternFill></${p}fill></${p}dxf>`;
  const dxfs = findElement(styles, "dxfs");
  const edits = [
    { start: fonts.start, end: fonts.end, text: fontEdit.text },
    { start: fills.start, end: fills.end, text: fillEdit.text },
    { start: cellXfs.start, end: cellXfs.end, text: appended(styles, cellXfs, "xf", xfs).text },
  ];
  let markDxf = 0;
  if (dxfs) {
    const edit = appended(styles, dxfs, "dxf", [dxf]);
    markDxf = edit.first;
    edits.push({ start: dxfs.start, end: dxfs.end, text: edit.text });
  } else {
    // dxfs follows cellStyles (or cellXfs) in a style sheet.
    const after = findElement(styles, "cellStyles") ?? cellXfs;
    edits.push({ start: after.end, end: after.end, text: `<${p}dxfs count="1">${dxf}</${p}dxfs>` });
  }
  if (newFormats.length > 0) {
    if (numFmts) edits.push({ start: numFmts.start, end: numFmts.end, text: appended(styles, numFmts, "numFmt", newFormats).text });
    else {
      // numFmts must be the style sheet's first child.
      const at = findElement(styles, "styleSheet")!.openEnd;
      edits.push({ start: at, end: at, text: `<${p}numFmts count="${newFormats.length}">${newFormats.join("")}</${p}numFmts>` });
    }
  }
  return {
    xml: splice(styles, edits),
    idOf: (look) => (isPlainLook(look) ? 0 : ids.get(planLookKey(look))!),
    markDxf,
  };
}
