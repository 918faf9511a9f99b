/** Findings grouped by sheet for the pane: sheets with errors first, each group in display order. */
import { sortFindings, type Finding } from "../domain/findings";

export interface FindingGroup {
  sheet: string;
  findings: Finding[];
  errors: number;
  warnings: number;
  infos: number;
}

/** Groups `findings` by sheet; sheets with errors come first, then by sheet name. */
export function groupBySheet(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of sortFindings(findings)) {
    let group = groups.get(finding.sheet);
    if (!group) {
      group = { sheet: finding.sheet, findings: [], errors: 0, warnings: 0, infos: 0 };
      groups.set(finding.sheet, group);
    }
    group.findings.push(finding);
    if (finding.severity === "error") group.errors++;
    if (finding.severity === "warning") group.warnings++;
    if (finding.severity === "info") group.infos++;
  }
  return [...groups.values()].sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || a.sheet.localeCompare(b.sheet, "zh-CN"));
}

/** "评议评分（1 个错误，2 个警告）": the sheet and its non-zero counts. */
export function groupTitle(group: FindingGroup): string {
  const counts = [
    group.errors > 0 ? `${group.errors} 个错误` : "",
    group.warnings > 0 ? `${group.warnings} 个警告` : "",
    group.infos > 0 ? `${group.infos} 条提示` : "",
  ].filter(Boolean);
  return `${group.sheet}（${counts.join("，")}）`;
}
