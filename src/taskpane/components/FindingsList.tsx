/** The findings of the last action, grouped by sheet; rows jump to their cell in Excel. */
import { Separator, Stack, Text } from "@fluentui/react";
import { useMemo } from "react";
import type { Finding } from "../../domain/findings";
import { OUTPUT_SHEETS } from "../../sheets/contract";
import { groupBySheet, groupTitle } from "../group-findings";
import { FindingRow } from "./FindingRow";

/** Rows shown per sheet: thousands of DOM rows would freeze the pane; the full list is on 校验结果. */
const ROWS_PER_SHEET = 100;

export interface FindingsListProps {
  findings: readonly Finding[];
  /** Jumps to a cell; absent in file mode. */
  onSelect?: (sheet: string, cell: string) => void;
}

/** One section per sheet (errors first) with its count and its rows. */
export function FindingsList({ findings, onSelect }: FindingsListProps) {
  const groups = useMemo(() => groupBySheet(findings), [findings]);
  if (groups.length === 0) return <Text>未发现问题。</Text>;
  // A finding about a whole sheet has no cell: jumping to it shows the sheet from A1.
  const select = onSelect && ((f: Finding) => onSelect(f.sheet, f.cell || "A1"));
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      {groups.map((group) => (
        <section key={group.sheet} aria-label={`工作表 ${group.sheet}`}>
          <Separator alignContent="start">
            <Text variant="mediumPlus" as="h2" styles={{ root: { margin: 0 } }}>
              {groupTitle(group)}
            </Text>
          </Separator>
          <Stack tokens={{ childrenGap: 4 }}>
            {group.findings.slice(0, ROWS_PER_SHEET).map((finding, i) => (
              <FindingRow key={`${finding.cell}-${finding.rule}-${i}`} finding={finding} onSelect={select} />
            ))}
            {group.findings.length > ROWS_PER_SHEET && (
              <Text variant="small">
                还有 {group.findings.length - ROWS_PER_SHEET} 条未列出，完整清单见“{OUTPUT_SHEETS.validation}”工作表。
              </Text>
            )}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
