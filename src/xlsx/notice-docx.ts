/**
 * The 督查通报 as a Word document (.docx) laid out as GB/T 9704-2012 (党政机关公文格式)
 * asks, written with the `docx` package: A4, top margin 37 mm, left 28 mm, a type area of
 * 156 × 225 mm holding 22 lines of 28 characters; 发文机关标志 in red 小标宋 over the 发文字号
 * and a red rule; the title in 2号小标宋 (22 pt); the body in 3号仿宋 (16 pt), 一、 headings in
 * 黑体 and （一） leads in 楷体; 主送机关 flush left; the 落款 centred over the 成文日期, which
 * stands four characters in from the right; page numbers "— 1 —" in 4号宋体 at the foot, odd
 * pages at the right and even pages at the left, one character in. Runs in Node, the pane
 * and the file worker alike (no file system); loaded on first use.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";
import type { NoticeBlock, NoticeDocument } from "../sheets/results/notice-model";
import { NOTICE_FONTS, noticeFontTable, type NoticeFont } from "./notice-fonts";

/** Millimetres in twips, rounded (A4 is then Word's own 11906 × 16838). */
function mm(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

/** Sizes in half-points (docx's unit for type): 2号 22 pt, 3号 16 pt, 4号 14 pt, tables 五号 10.5 pt. */
export const SIZES = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;

/** GB/T 9704-2012 5.2.1 and 5.2.2: the page and its type area, in millimetres. */
export const PAGE_MM = { width: 210, height: 297, top: 37, left: 28, typeWidth: 156, typeHeight: 225 } as const;

/** One line of the 22 in the type area (225 mm ÷ 22, rounded down so that 22 fit), in twips: the body's exact line height. */
export const LINE = Math.floor(mm(PAGE_MM.typeHeight) / 22);
/** One 3号 character (16 pt), in twips: indents are counted in characters. */
export const CHAR = 320;
/**
 * Body characters are set 0.25 pt closer (in twips, negative): 28 characters of 16 pt would be
 * 448 pt against the type area's 442 pt, and GB/T 9704 asks for 28 a line.
 */
export const CONDENSE = -5;
const RED = "FF0000";
const CELL_MARGIN = Math.round(mm(1));
/** A title longer than this many characters (2号, 156 mm) is set on two lines. */
const TITLE_CHARS = 20;

function run(text: string, font: NoticeFont, size: number, extra: IRunOptions = {}): TextRun {
  const condensed = size === SIZES.body ? { characterSpacing: CONDENSE } : {};
  return new TextRun({ text, font: { ascii: font.name, eastAsia: font.name, hAnsi: font.name }, size, ...condensed, ...extra });
}

/** A body paragraph at the body's line pitch. */
function line(
  children: TextRun[],
  options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; firstLine?: number; right?: number; keepNext?: boolean } = {}
): Paragraph {
  return new Paragraph({
    children,
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    indent: { firstLine: options.firstLine ?? 0, right: options.right ?? 0 },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    keepNext: options.keepNext,
  });
}

const blank = () => line([run("", NOTICE_FONTS.body, SIZES.body)]);

function block(b: NoticeBlock): (Paragraph | Table)[] {
  if (b.kind === "heading") return [line([run(b.text, NOTICE_FONTS.heading, SIZES.body)], { firstLine: 2 * CHAR, keepNext: true })];
  if (b.kind === "paragraph") {
    const lead = b.lead ? [run(b.lead, NOTICE_FONTS.lead, SIZES.body)] : [];
    // Not kept with a table it introduces: a writer that keeps the whole table with it leaves half a page blank.
    return [line([...lead, run(b.text, NOTICE_FONTS.body, SIZES.body)], { firstLine: 2 * CHAR })];
  }
  return [table(b)];
}

function cellParagraph(text: string, bold: boolean, right: boolean): Paragraph {
  return new Paragraph({
    children: [run(text, bold ? NOTICE_FONTS.heading : NOTICE_FONTS.body, SIZES.table)],
    alignment: bold ? AlignmentType.CENTER : right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { line: 340, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
  });
}

/** A bordered table over the type area's width; its header repeats on every page it runs onto, and no row splits across pages. */
function table(b: Extract<NoticeBlock, { kind: "table" }>): Table {
  const total = b.widths.reduce((s, w) => s + w, 0);
  const widths = b.widths.map((w) => Math.floor((mm(PAGE_MM.typeWidth) * w) / total));
  const numeric = new Set(b.numeric ?? []);
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, c) => new TableCell({ children: [cellParagraph(text, header, numeric.has(c))], width: { size: widths[c], type: WidthType.DXA } })
      ),
    });
  return new Table({
    width: { size: mm(PAGE_MM.typeWidth), type: WidthType.DXA },
    // 1 mm at each side of a cell (Word's default is 1.9 mm): a date fits its column on one line.
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    columnWidths: widths,
    rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))],
  });
}

/** "— 1 —", one character in from the right (odd pages) or the left (even pages). */
function pageNumberFooter(odd: boolean): Footer {
  const size = SIZES.pageNumber;
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: { ascii: NOTICE_FONTS.pageNumber.name, eastAsia: NOTICE_FONTS.pageNumber.name, hAnsi: NOTICE_FONTS.pageNumber.name },
            size,
          }),
        ],
      }),
    ],
  });
}

/** Width of `text` in 3号 characters (a digit or Latin letter is half a character). */
function charsWide(text: string): number {
  let n = 0;
  for (const ch of text) n += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return n;
}

/** The 版头: 发文机关标志 in red 小标宋 (as large as fits one line, at most 一号), two blank lines, the 发文字号 and the red rule 4 mm below it. */
function masthead(doc: NoticeDocument): Paragraph[] {
  const size = Math.min(52, Math.floor(((PAGE_MM.typeWidth / 25.4) * 72 * 2) / Math.max(charsWide(doc.issuer), 1)));
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(doc.issuer, NOTICE_FONTS.title, size, { color: RED })] }),
    blank(),
    blank(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      border: { bottom: { color: RED, style: BorderStyle.SINGLE, size: 12, space: 11 } },
      children: [run(doc.docNumber, NOTICE_FONTS.body, SIZES.body)],
    }),
  ];
}

/** The 落款: the issuer centred over the date; the date four characters in from the right. */
function signature(doc: NoticeDocument): Paragraph[] {
  const dateRight = 4 * CHAR;
  const issuerRight = Math.max(0, Math.round(dateRight + ((charsWide(doc.date) - charsWide(doc.issuer)) * CHAR) / 2));
  return [
    blank(),
    blank(),
    line([run(doc.issuer, NOTICE_FONTS.body, SIZES.body)], { align: AlignmentType.RIGHT, right: issuerRight, keepNext: true }),
    line([run(doc.date, NOTICE_FONTS.body, SIZES.body)], { align: AlignmentType.RIGHT, right: dateRight }),
  ];
}

/**
 * The title's runs: one line when it fits, else broken after its first "活动" (or at the middle)
 * so that each line keeps whole words (GB/T 9704-2012 7.3.1: 回行时要做到词意完整).
 */
function titleRuns(title: string): TextRun[] {
  if (charsWide(title) <= TITLE_CHARS) return [run(title, NOTICE_FONTS.title, SIZES.title)];
  const at = title.indexOf("活动") >= 0 ? title.indexOf("活动") + 2 : Math.ceil(title.length / 2);
  return [run(title.slice(0, at), NOTICE_FONTS.title, SIZES.title), run(title.slice(at), NOTICE_FONTS.title, SIZES.title, { break: 1 })];
}

/** The notice as .docx bytes. */
export async function noticeDocx(doc: NoticeDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    ...masthead(doc),
    blank(),
    blank(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(LINE * 1.2), lineRule: LineRuleType.AT_LEAST },
      children: titleRuns(doc.title),
    }),
    blank(),
    line([run(doc.addressee, NOTICE_FONTS.body, SIZES.body)], { align: AlignmentType.LEFT }),
    ...doc.blocks.flatMap(block),
    ...signature(doc),
  ];
  const right = PAGE_MM.width - PAGE_MM.left - PAGE_MM.typeWidth;
  const bottom = PAGE_MM.height - PAGE_MM.top - PAGE_MM.typeHeight;
  const document = new Document({
    creator: doc.issuer,
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: NOTICE_FONTS.body.name, size: SIZES.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) },
            // GB/T 9704-2012 7.5: the page number 7 mm below the type area.
            margin: {
              top: mm(PAGE_MM.top),
              left: mm(PAGE_MM.left),
              right: mm(right),
              bottom: mm(bottom),
              header: mm(15),
              footer: mm(bottom - 7 - 5),
            },
          },
          // The line pitch is recorded, not snapped to: the body's exact line height gives the 22 lines, and table rows stay compact.
          grid: { type: DocumentGridType.DEFAULT, linePitch: LINE },
        },
        footers: { default: pageNumberFooter(true), even: pageNumberFooter(false) },
        children,
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(document, false, [{ path: "word/fontTable.xml", data: noticeFontTable() }]);
  return new Uint8Array(bytes);
}
