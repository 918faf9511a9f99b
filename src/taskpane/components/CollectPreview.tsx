/**
 * 汇总回收文件's preview (or result): one small table per returned file, with its unit, its
 * fate in words (可合并/无变化/退回/待认领/冲突, never a colour alone), the reason, and per
 * sheet the rows that are new, changed, unchanged and removed. Two columns only, so it
 * wraps instead of scrolling sideways in a 350 px pane at 200% zoom.
 */
import { mergeStyles, Stack, Text } from "@fluentui/react";
import type { CollectFileLine, CollectSummary } from "../../app/workbench";
import { COLLECT_SHEET_NAMES, countsText, statusWord } from "../collect-words";

const table = mergeStyles({
  borderCollapse: "collapse",
  width: "100%",
  fontSize: 12,
  selectors: {
    "th, td": { border: "1px solid #8a8886", padding: "4px", textAlign: "left", verticalAlign: "top", overflowWrap: "anywhere" },
    caption: { textAlign: "left", fontWeight: 600, padding: "4px 0", overflowWrap: "anywhere" },
  },
});

function FileTable({ line, written }: { line: CollectFileLine; written: boolean }) {
  const sheets = Object.entries(line.perSheet);
  return (
    <table className={table}>
      <caption>{line.file}</caption>
      <tbody>
        <tr>
          <th scope="row">单位</th>
          <td>{line.unitCode || "（未识别）"}</td>
        </tr>
        <tr>
          <th scope="row">结果</th>
          <td>
            {statusWord(line.status, written)}：{line.reason}
          </td>
        </tr>
        {sheets.map(([kind, counts]) => (
          <tr key={kind}>
            <th scope="row">{COLLECT_SHEET_NAMES[kind as keyof typeof COLLECT_SHEET_NAMES] ?? kind}</th>
            <td>{counts ? countsText(counts) : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface CollectPreviewProps {
  summary: CollectSummary;
}

/** Every file's table, then the units that have submitted nothing yet. */
export function CollectPreview({ summary }: CollectPreviewProps) {
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {summary.files.map((line, i) => (
        <FileTable key={`${line.file}-${i}`} line={line} written={summary.written} />
      ))}
      {summary.notSubmitted.length > 0 && (
        <Text variant="small">
          尚未报送的单位（{summary.notSubmitted.length} 个）：{summary.notSubmitted.join("、")}
        </Text>
      )}
    </Stack>
  );
}
