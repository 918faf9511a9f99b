/**
 * One returned file in the collect preview: its unit (code and name), its fate in words
 * (将合并/已合并/无变化/退回/待认领/冲突, never a colour alone) with the reason, per sheet the rows
 * new / changed / unchanged / removed, what the unit's other files of the batch did, every
 * finding about it at sheet and cell, and for a refused or conflicting file its 退回说明.
 */
import { Stack, Text } from "@fluentui/react";
import type { CollectFileLine, CollectSummary } from "../../../app/workbench";
import { SEVERITY_WORDS, type Finding } from "../../../domain/findings";
import { COLLECT_SHEET_NAMES, countsText, statusWord, unitLabel } from "../../collect-words";
import { placeOf } from "../../group-findings";
import { ReturnNoteActions, type ReturnNoteActionsProps } from "./ReturnNoteActions";
import { COLLECT_LIST, COLLECT_TABLE } from "./table-style";

export interface CollectFileTableProps {
  line: CollectFileLine;
  summary: CollectSummary;
  /** The findings about this file. */
  findings: readonly Finding[];
  /** The other files of the same unit in this batch (a unit that sent two files sees both fates on each). */
  siblings: readonly CollectFileLine[];
  note: Omit<ReturnNoteActionsProps, "line" | "findings">;
}

/** The file's table, its findings and, when it goes back to the unit, the 退回说明 actions. */
export function CollectFileTable({ line, summary, findings, siblings, note }: CollectFileTableProps) {
  const { written } = summary;
  const conflicts = summary.conflicts.filter((c) => c.file === line.file).length;
  const returned = line.status === "refused" || line.status === "conflict";
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <table className={COLLECT_TABLE}>
        <caption>{line.file}</caption>
        <tbody>
          <tr>
            <th scope="row">单位</th>
            <td>{unitLabel(line.unitCode, summary.unitNames)}</td>
          </tr>
          <tr>
            <th scope="row">结果</th>
            <td>
              {statusWord(line.status, written)}：{line.reason}
            </td>
          </tr>
          {siblings.length > 0 && (
            <tr>
              <th scope="row">同单位其他文件</th>
              <td>{siblings.map((s) => `${s.file}：${statusWord(s.status, written)}`).join("；")}</td>
            </tr>
          )}
          {Object.entries(line.perSheet).map(([kind, counts]) => (
            <tr key={kind}>
              <th scope="row">{COLLECT_SHEET_NAMES[kind as keyof typeof COLLECT_SHEET_NAMES] ?? kind}</th>
              <td>{counts ? countsText(counts) : ""}</td>
            </tr>
          ))}
          {conflicts > 0 && (
            <tr>
              <th scope="row">两边都改过</th>
              <td>{conflicts} 行：总表保留现在的内容，未被覆盖（见下方“两边都改过的行”）</td>
            </tr>
          )}
        </tbody>
      </table>
      {findings.length > 0 && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text variant="small" styles={{ root: { fontWeight: 600 } }}>
            该文件的问题（{findings.length} 条，位置指单位交回的文件）
          </Text>
          <ul className={COLLECT_LIST} aria-label={`${line.file} 的问题`}>
            {findings.map((f, i) => (
              <li key={i}>
                【{SEVERITY_WORDS[f.severity]}】{placeOf(f)}：{f.message}
              </li>
            ))}
          </ul>
        </Stack>
      )}
      {returned && <ReturnNoteActions line={line} findings={findings} {...note} />}
    </Stack>
  );
}
