/**
 * What a reviewer needs after 一键排名 without leaving the pane: the bottom of each category
 * with totals, the whole accountability list (type, unit, person, 依据, 证据, 需复核 as a
 * word), and a way to the full result (open the sheet in Excel, download it in file mode).
 */
import { DefaultButton, Stack, Text } from "@fluentui/react";
import type { CSSProperties } from "react";
import type { AccountabilityLine, RankSummary } from "../../app/workbench";
import { OUTPUT_SHEETS } from "../../sheets/contract";
import { RankExplain } from "./RankExplain";

export interface RankDetailsProps {
  summary: RankSummary;
  /** Inside Excel: shows a result sheet (selects its first cell). */
  onOpenSheet?: (sheet: string) => void;
  /** File mode: downloads the workbook with its result sheets. */
  onDownload?: () => void;
}

const LIST: CSSProperties = { listStyle: "none", margin: 0, padding: 0 };
const ITEM: CSSProperties = { padding: "4px 0", borderBottom: "1px solid #edebe9", overflowWrap: "anywhere" };
/** The review mark is a word first; the colour only repeats it. */
const REVIEW: CSSProperties = { color: "#a4262c", fontWeight: 600 };

/** Buttons to the full result, then the bottom units per category, then the accountability list. */
export function RankDetails({ summary, onOpenSheet, onDownload }: RankDetailsProps) {
  return (
    <Stack tokens={{ childrenGap: 10 }}>
      {(onOpenSheet || onDownload) && (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          {onOpenSheet && (
            <>
              <DefaultButton text="打开排名结果" iconProps={{ iconName: "Table" }} onClick={() => onOpenSheet(OUTPUT_SHEETS.ranking)} />
              <DefaultButton text="打开问责名单" iconProps={{ iconName: "People" }} onClick={() => onOpenSheet(OUTPUT_SHEETS.accountability)} />
              <DefaultButton text="打开排名说明" iconProps={{ iconName: "Info" }} onClick={() => onOpenSheet(OUTPUT_SHEETS.explanation)} />
            </>
          )}
          {onDownload && <DefaultButton text="下载排名结果和问责名单" iconProps={{ iconName: "Download" }} onClick={onDownload} />}
        </Stack>
      )}
      <section aria-label="各类排名靠后的单位">
        <Text as="h3" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
          各类排名靠后的单位
        </Text>
        {summary.categories.map((c) => (
          <div key={c.category}>
            <Text as="h4" variant="medium" styles={{ root: { margin: "6px 0 2px", fontWeight: 600 } }}>
              {c.category}（共 {c.ranked} 个单位）
            </Text>
            <ul style={LIST}>
              {c.bottom.map((u) => (
                <li key={u.unitCode} style={ITEM}>
                  <Text variant="small">
                    第 {u.rank} 名 {u.unitName}（{u.unitCode}） 总分 {u.score}
                  </Text>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-label="问责名单明细">
        <Text as="h3" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
          问责名单（{summary.entries.length} 条）
        </Text>
        {summary.entries.length === 0 ? (
          <Text variant="small">无</Text>
        ) : (
          <ul style={LIST}>
            {summary.entries.map((e, i) => (
              <EntryItem key={`${e.type}-${e.unitCode}-${i}`} entry={e} />
            ))}
          </ul>
        )}
      </section>
      {summary.explanations && summary.explanations.length > 0 && (
        <RankExplain explanations={summary.explanations} suggested={summary.entries.map((e) => e.unitCode)} />
      )}
    </Stack>
  );
}

function EntryItem({ entry: e }: { entry: AccountabilityLine }) {
  return (
    <li style={ITEM}>
      <Text block variant="small" styles={{ root: { fontWeight: 600 } }}>
        {e.type} {e.unitName}（{e.unitCode}） {e.role}：{e.person}
        {e.needsReview && <span style={REVIEW}> 需复核</span>}
      </Text>
      <Text block variant="small">
        依据：{e.basis}
      </Text>
      <Text block variant="small">
        证据：{e.evidence}
      </Text>
    </li>
  );
}
