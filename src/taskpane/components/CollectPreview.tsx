/**
 * 汇总回收文件's preview (or result): the returned files grouped by unit, each with its fate,
 * counts and findings (./collect/CollectFileTable), the 退回说明 of every file that goes back,
 * the rows both sides changed, and the units that have submitted nothing yet.
 */
import { Stack, Text } from "@fluentui/react";
import type { CollectFileLine, CollectSummary } from "../../app/workbench";
import type { Finding } from "../../domain/findings";
import { unitLabel } from "../collect-words";
import { findingsOfFile } from "../return-note-text";
import { CollectConflicts } from "./collect/CollectConflicts";
import { CollectFileTable } from "./collect/CollectFileTable";
import { NotSubmittedUnits } from "./collect/NotSubmittedUnits";
import type { ReturnNoteActionsProps } from "./collect/ReturnNoteActions";

export interface CollectPreviewProps {
  summary: CollectSummary;
  /** The outcome's findings (each names its file). */
  findings: readonly Finding[];
  /** What the 退回说明 actions need: the date, the busy flag, the download. */
  note: Omit<ReturnNoteActionsProps, "line" | "findings">;
}

/** The files grouped by unit, in the order their first file came; a file with no unit is a group of its own. */
function groupsOf(files: readonly CollectFileLine[]): CollectFileLine[][] {
  const groups = new Map<string, CollectFileLine[]>();
  files.forEach((f, i) => {
    const key = f.unitCode || `\u0000${i}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  });
  return [...groups.values()];
}

/** Every file's table by unit, the conflicts, then the units that have submitted nothing yet. */
export function CollectPreview({ summary, findings, note }: CollectPreviewProps) {
  const returned = summary.files.some((f) => f.status === "refused" || f.status === "conflict");
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {returned && (
        <Text variant="small">
          退回或冲突的文件附有“下载退回说明”（.xlsx）和“复制退回说明”（文字，可粘贴到邮件或即时消息）。Mac 版 Excel
          的任务窗格不能下载文件时，请用“复制退回说明”。
        </Text>
      )}
      {groupsOf(summary.files).map((group) => {
        const tables = group.map((line, i) => (
          <CollectFileTable
            key={`${line.file}-${i}`}
            line={line}
            summary={summary}
            findings={findingsOfFile(findings, line.file)}
            siblings={group.filter((other) => other !== line)}
            note={note}
          />
        ));
        if (group.length === 1) return tables;
        const label = `${unitLabel(group[0].unitCode, summary.unitNames)}：本批次 ${group.length} 份文件`;
        return (
          <section key={group[0].unitCode} aria-label={label}>
            <Stack tokens={{ childrenGap: 8 }}>
              <Text variant="medium" as="h4" styles={{ root: { margin: 0, fontWeight: 600 } }}>
                {label}
              </Text>
              {tables}
            </Stack>
          </section>
        );
      })}
      <CollectConflicts summary={summary} />
      <NotSubmittedUnits summary={summary} />
    </Stack>
  );
}
