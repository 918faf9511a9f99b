/**
 * Problems in the user's data are values, not exceptions (STYLE.md, habit 2).
 * Every finding points at one cell of one sheet and says, in Chinese, what is wrong
 * and what is allowed. Rules are declared once, in the catalogue under ./catalogue/.
 */
import { clipText } from "./text";

export type FindingSeverity = "error" | "warning" | "info";

/** The Chinese word for each severity, everywhere findings are shown (sheet, pane, terminal). */
export const SEVERITY_WORDS: Readonly<Record<FindingSeverity, string>> = { error: "错误", warning: "警告", info: "提示" };

/** One finding about the user's data: `cell` is an A1 address on `sheet` (empty when the whole sheet is meant). */
export interface Finding {
  severity: FindingSeverity;
  sheet: string;
  cell: string;
  rule: string;
  message: string;
}

/** A rule of the catalogue: its id, its severity, where it comes from, and its message. */
export interface Rule<P = Record<string, string | number>> {
  id: string;
  severity: FindingSeverity;
  /** The clause of the campaign document or of the brief that the rule enforces. */
  basis: string;
  message: (params: P) => string;
}

/** Declares a rule; the returned object is the one place its message lives. */
export function defineRule<P = Record<string, string | number>>(rule: Rule<P>): Rule<P> {
  return rule;
}

/**
 * The longest text a message quotes from a cell: a value pasted 200,000 characters long is
 * quoted by its start and “…”, so no message (and no cell of 校验结果) outgrows Excel's limit.
 */
export const QUOTE_CHARS = 500;

/** `params` with every text longer than QUOTE_CHARS clipped with “…”. */
function clippedParams<P>(params: P): P {
  if (typeof params !== "object" || params === null) return params;
  const entries = Object.entries(params as Record<string, unknown>);
  if (!entries.some(([, v]) => typeof v === "string" && v.length > QUOTE_CHARS)) return params;
  return Object.fromEntries(entries.map(([k, v]) => [k, typeof v === "string" ? clipText(v, QUOTE_CHARS) : v])) as P;
}

/** Builds the finding of `rule` at `sheet`!`cell`; quoted values are clipped (see QUOTE_CHARS). */
export function findingOf<P>(rule: Rule<P>, sheet: string, cell: string, params: P): Finding {
  return { severity: rule.severity, sheet, cell, rule: rule.id, message: rule.message(clippedParams(params)) };
}

/** True when any finding is an error (errors block a calculation; warnings do not). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Sheet names compare as Chinese text; one collator serves every sort (building one per comparison is slow). */
const SHEET_ORDER = new Intl.Collator("zh-CN");

/** A finding with its sort key worked out once, not at every comparison. */
interface Keyed {
  finding: Finding;
  severity: number;
  row: number;
  letters: string;
}

/** Sorts findings for display: errors first, then by sheet, row and column. Stable and deterministic. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed: Keyed[] = findings.map((finding) => {
    const parts = /^([A-Z]*)(\d*)$/.exec(finding.cell);
    return {
      finding,
      severity: SEVERITY_ORDER[finding.severity],
      row: parts ? Number(parts[2] || 0) : 0,
      letters: parts ? parts[1] : finding.cell,
    };
  });
  keyed.sort(
    (a, b) =>
      a.severity - b.severity ||
      (a.finding.sheet === b.finding.sheet ? 0 : SHEET_ORDER.compare(a.finding.sheet, b.finding.sheet)) ||
      a.row - b.row ||
      a.letters.length - b.letters.length ||
      a.letters.localeCompare(b.letters) ||
      a.finding.rule.localeCompare(b.finding.rule)
  );
  return keyed.map((k) => k.finding);
}
