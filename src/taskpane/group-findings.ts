/** Findings grouped by sheet for the pane: sheets with errors first, each group in display order. */
import { sortFindings, type Finding } from "../domain/findings";

export interface FindingGroup {
  sheet: string;
  findings: Finding[];
  errors: number;
  warnings: number;
}

/** Groups `findings` by sheet; sheets with errors come first, then by sheet name. */
export function groupBySheet(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of sortFindings(findings)) {
    let group = groups.get(finding.sheet);
    if (!group) {
      group = { sheet: finding.sheet, findings: [], errors: 0, warnings: 0 };
      groups.set(finding.sheet, group);
    }
    group.findings.push(finding);
    if (finding.severity === "error") group.errors++;
    if (finding.severity === "warning") group.warnings++;
  }
  return [...groups.values()].sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || a.sheet.localeCompare(b.sheet, "zh-CN"));
}
