/**
 * Findings arranged for the pane: by sheet (sheets with errors first), and within a sheet by rule
 * and column, so 3,000 identical errors read as one line with a count instead of 3,000 rows.
 */
import { sortFindings, type Finding, type FindingSeverity } from "../domain/findings";
import { ruleTitle, titleNamesColumn } from "./components/findings/rule-titles";

/** The findings of one rule about one column of one sheet. */
export interface RuleGroup {
  /** Unique within the whole list: sheet, rule and column. */
  key: string;
  sheet: string;
  rule: string;
  severity: FindingSeverity;
  /** "得分超出范围". */
  title: string;
  /** In display order (by row, then column). */
  findings: Finding[];
}

/** The findings of one sheet, with their counts and their rule groups. */
export interface FindingGroup {
  sheet: string;
  findings: Finding[];
  groups: RuleGroup[];
  errors: number;
  warnings: number;
  infos: number;
}

export type SeverityCounts = Record<FindingSeverity, number>;

const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** How many findings of each severity `findings` holds. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** The column a cell rule's finding is about: its message starts with 「表头」 (reading-rules' convention). */
export function columnOf(finding: Finding): string {
  if (!titleNamesColumn(finding.rule)) return "";
  return /^「([^」]+)」/.exec(finding.message)?.[1] ?? "";
}

/**
 * Groups `findings` by sheet; sheets with errors come first, then by sheet name. Within a sheet,
 * one group per rule and column: errors first, then the largest group first.
 */
export function groupBySheet(findings: readonly Finding[]): FindingGroup[] {
  const sheets = new Map<string, FindingGroup>();
  const rules = new Map<string, RuleGroup>();
  for (const finding of sortFindings(findings)) {
    let sheet = sheets.get(finding.sheet);
    if (!sheet) {
      sheet = { sheet: finding.sheet, findings: [], groups: [], errors: 0, warnings: 0, infos: 0 };
      sheets.set(finding.sheet, sheet);
    }
    sheet.findings.push(finding);
    if (finding.severity === "error") sheet.errors++;
    if (finding.severity === "warning") sheet.warnings++;
    if (finding.severity === "info") sheet.infos++;
    const column = columnOf(finding);
    // The severity is part of the key: one rule has one severity, but a foreign finding must not hide in another's group.
    const key = `${finding.sheet}\u0000${finding.rule}\u0000${column}\u0000${finding.severity}`;
    let group = rules.get(key);
    if (!group) {
      group = { key, sheet: finding.sheet, rule: finding.rule, severity: finding.severity, title: ruleTitle(finding.rule, column), findings: [] };
      rules.set(key, group);
      sheet.groups.push(group);
    }
    group.findings.push(finding);
  }
  for (const sheet of sheets.values()) {
    sheet.groups.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.findings.length - a.findings.length);
  }
  return [...sheets.values()].sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || a.sheet.localeCompare(b.sheet, "zh-CN"));
}

/** "评议评分（2,901 个错误，2 个警告）": the sheet and its non-zero counts. */
export function groupTitle(group: FindingGroup): string {
  const counts = [
    group.errors > 0 ? `${countText(group.errors)} 个错误` : "",
    group.warnings > 0 ? `${countText(group.warnings)} 个警告` : "",
    group.infos > 0 ? `${countText(group.infos)} 条提示` : "",
  ].filter(Boolean);
  return `${group.sheet}（${counts.join("，")}）`;
}

/** "2,900": counts read with thousands separators, as Excel shows them. */
export function countText(count: number): string {
  return count.toLocaleString("en-US");
}

/** Where a finding is, for people: "评议评分!D12", or the sheet alone for a finding about the whole sheet. */
export function placeOf(finding: Finding): string {
  return finding.cell ? `${finding.sheet}!${finding.cell}` : `${finding.sheet}（整表）`;
}
