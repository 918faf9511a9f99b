/**
 * The 校验结果 sheet, computed whole from the findings of one run: a title, the time of the
 * run, the count of each severity, then one row per finding (errors first) whose 单元格
 * links to the cell it is about. Replaced whole on every run; the same findings and meta
 * always give the same block.
 */
import { SHEET_MISSING } from "../../domain/catalogue/reading-rules";
import { basisOfRule } from "../../domain/catalogue/rule-index";
import { sortFindings, type Finding, type FindingSeverity, SEVERITY_WORDS } from "../../domain/findings";
import { OUTPUT_SHEETS } from "../contract";
import { quoteSheet, type CellLink, type CellValue, type SheetBlock } from "../grid";

/** What 校验结果 shows besides the findings. */
export interface ValidationMeta {
  /** The time of the run, already formatted by the caller (the sheets never read a clock). */
  runAt: string;
  year: number;
  /** Which run produced the findings: 校验, or 一键排名 (the same findings plus the ranking's own). Default 校验. */
  source?: "校验" | "一键排名";
}

/** The header row of the findings table: 依据 cites the clause a rule enforces (rule ids are for programs, never shown). */
export const VALIDATION_HEADER = ["级别", "工作表", "单元格", "说明", "依据"];

/** Severity as shown, in the order counted at the top. */
export const SEVERITY_LABELS = SEVERITY_WORDS;

/** What 单元格 shows for a finding about a whole sheet. */
export const WHOLE_SHEET = "（整表）";

/** Shown in place of the table when the run found nothing. */
export const NO_FINDINGS = "未发现问题";

const CELL_COLUMN = 3;
const WIDTHS = [8, 12, 10, 90, 40];

/** The 校验结果 block of `findings`. */
export function validationBlock(findings: readonly Finding[], meta: ValidationMeta): SheetBlock {
  const count = (severity: FindingSeverity) => findings.filter((f) => f.severity === severity).length;
  const rows: CellValue[][] = [
    [`${meta.year}年能力作风建设提升年数据校验结果`],
    ["运行时间", meta.runAt],
    ...(Object.keys(SEVERITY_LABELS) as FindingSeverity[]).map((s) => [SEVERITY_LABELS[s], count(s)]),
    ["来源", meta.source ?? "校验"],
    [],
    VALIDATION_HEADER,
  ];
  const headerRow = rows.length;
  const links: CellLink[] = [];
  for (const f of sortFindings(findings)) {
    rows.push([SEVERITY_LABELS[f.severity], f.sheet, f.cell || WHOLE_SHEET, f.message, basisOfRule(f.rule)]);
    const target = linkTarget(f);
    if (target) links.push({ row: rows.length, col: CELL_COLUMN, target });
  }
  if (findings.length === 0) rows.push([NO_FINDINGS]);
  return {
    name: OUTPUT_SHEETS.validation,
    rows: rows.map((r) => [...r, ...Array<CellValue>(WIDTHS.length - r.length).fill(null)]),
    widths: WIDTHS,
    headingRows: [1, headerRow],
    frozenRows: headerRow,
    links,
    print: {
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: headerRow, last: headerRow },
      wrapColumns: [4, 5],
      pageHeader: `${meta.year}年能力作风建设提升年数据校验结果（运行时间 ${meta.runAt}）`,
      pageNumbers: true,
    },
  };
}

/** Where a finding's link jumps: its cell, or the top of its sheet for a finding about the whole sheet; none for a missing sheet. */
function linkTarget(f: Finding): string | null {
  if (f.rule === SHEET_MISSING.id) return null;
  return `${quoteSheet(f.sheet)}!${f.cell || "A1"}`;
}
