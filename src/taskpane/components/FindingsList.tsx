/**
 * The findings of the last action: one section per sheet, one line per rule and column with its
 * count ("错误 得分超出范围 ×2,900"), expandable to the cells, which jump to the cell in Excel.
 * A filter shows one severity at a time.
 */
import { Separator, Stack, Text } from "@fluentui/react";
import { useMemo, useState } from "react";
import type { Finding } from "../../domain/findings";
import { countBySeverity, countText, groupBySheet, groupTitle } from "../group-findings";
import { RuleGroupView } from "./findings/RuleGroupView";
import { SeverityFilter, type SeverityChoice } from "./findings/SeverityFilter";

export interface FindingsListProps {
  findings: readonly Finding[];
  /** Jumps to a cell; absent in file mode. */
  onSelect?: (sheet: string, cell: string) => void;
  /** Cells shown at first in an expanded group, and added by each "显示更多" (default 50). */
  pageSize?: number;
}

/** Summary, severity filter, then one section per sheet (sheets with errors first). */
export function FindingsList({ findings, onSelect, pageSize }: FindingsListProps) {
  const [choice, setChoice] = useState<SeverityChoice>("all");
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  // A choice whose severity the new findings lack falls back to all, instead of an empty list.
  const severity = choice !== "all" && counts[choice] === 0 ? "all" : choice;
  const shown = useMemo(() => (severity === "all" ? findings : findings.filter((f) => f.severity === severity)), [findings, severity]);
  const sheets = useMemo(() => groupBySheet(shown), [shown]);
  if (findings.length === 0) return <Text>未发现问题。</Text>;
  // A finding about a whole sheet has no cell: jumping to it shows the sheet from A1.
  const select = onSelect && ((f: Finding) => onSelect(f.sheet, f.cell || "A1"));
  const kinds = sheets.reduce((n, s) => n + s.groups.length, 0);
  const several = Number(counts.error > 0) + Number(counts.warning > 0) + Number(counts.info > 0) > 1;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text>{`共 ${countText(shown.length)} 个问题，分为 ${kinds} 类。点击一类查看所在单元格${onSelect ? "，点击单元格可跳转过去" : ""}。`}</Text>
      {several && <SeverityFilter counts={counts} value={severity} onChange={setChoice} />}
      {sheets.map((sheet) => (
        <section key={sheet.sheet} aria-label={`工作表 ${sheet.sheet}`}>
          <Separator alignContent="start">
            <Text variant="mediumPlus" as="h2" styles={{ root: { margin: 0 } }}>
              {groupTitle(sheet)}
            </Text>
          </Separator>
          {sheet.groups.map((group) => (
            <RuleGroupView key={group.key} group={group} onSelect={select} pageSize={pageSize} />
          ))}
        </section>
      ))}
    </Stack>
  );
}
