/**
 * 撤销上次汇总 (issue 16, item 5): the button first reads which batch it would undo and asks
 * to confirm, naming it (its time, files, units and the rows it wrote); only 确认撤销 writes.
 * 确认撤销 is a default button on purpose: an undo is not the action a view leads with.
 */
import { DefaultButton, Stack, Text } from "@fluentui/react";
import { useId } from "react";
import type { LastCollectBatch, UndoCollectSummary } from "../../../app/workbench";
import { countsText } from "../../collect-words";
import { FOCUS_IDS } from "../../focus";
import { GuardedButton } from "../GuardedButton";
import { COLLECT_LIST } from "./table-style";

export interface UndoSectionProps {
  /** The batch shown for confirmation, or null. */
  batch: LastCollectBatch | null;
  /** Why 撤销上次汇总 cannot run (no standard sheets), or null. */
  blocked: string | null;
  running: boolean;
  onAsk: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}

const unitText = (u: { code: string; name: string }) => (u.name ? `${u.code} ${u.name}` : u.code);

/** The confirmation: what the batch did and what undoing it does. */
function UndoConfirm({ batch, onConfirm, onCancel }: { batch: LastCollectBatch; onConfirm: () => void; onCancel: () => void }) {
  const headingId = useId();
  return (
    <div id={FOCUS_IDS.undoConfirm} tabIndex={-1} role="group" aria-labelledby={headingId} style={{ border: "1px solid #8a8886", padding: 12 }}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text id={headingId} variant="medium" as="h4" styles={{ root: { margin: 0, fontWeight: 600 } }}>
          确认撤销 {batch.when} 的汇总？
        </Text>
        <ul className={COLLECT_LIST}>
          <li>
            文件（{batch.files.length} 份）：{batch.files.join("、")}
          </li>
          <li>
            单位（{batch.units.length} 个）：{batch.units.map(unitText).join("、")}
          </li>
          {Object.entries(batch.counts).map(([sheet, counts]) => (
            <li key={sheet}>
              「{sheet}」{countsText(counts)}
            </li>
          ))}
        </ul>
        <Text variant="small">
          撤销后，该次汇总写入、之后没有再改过的行恢复为汇总前的内容；之后又被修改过的行保留现在的内容，并在结果中列出。「汇总记录」中该批次标为已撤销。
        </Text>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton text="确认撤销" onClick={onConfirm} />
          <DefaultButton text="取消" onClick={onCancel} />
        </Stack>
      </Stack>
    </div>
  );
}

/** The section: heading, what it does, the button, and the confirmation while asked. */
export function UndoSection({ batch, blocked, running, onAsk, onConfirm, onCancel }: UndoSectionProps) {
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: 0 } }}>
        撤销上次汇总
      </Text>
      <Text variant="small">把上一次汇总写入的行恢复为汇总前的内容（Excel 自身的撤销对汇总不起作用）；撤销前会先列出该次汇总请您确认。</Text>
      <GuardedButton id={FOCUS_IDS.undo} text="撤销上次汇总" blocked={blocked} running={running || batch !== null} onClick={onAsk} />
      {batch && <UndoConfirm batch={batch} onConfirm={onConfirm} onCancel={onCancel} />}
    </Stack>
  );
}

/** After an undo: the rows kept because they changed after the batch, with their units' names when known. */
export function UndoKeptRows({ summary, batch }: { summary: UndoCollectSummary; batch?: LastCollectBatch }) {
  if (summary.kept.length === 0) return null;
  const names = new Map((batch?.units ?? []).map((u) => [u.code, u.name]));
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text variant="small" styles={{ root: { fontWeight: 600 } }}>
        保留未撤销的行（{summary.kept.length} 行）：该次汇总之后又被修改过，保留了现在的内容。如需恢复，请在总表中手工修改。
      </Text>
      <ul className={COLLECT_LIST} aria-label="保留未撤销的行">
        {summary.kept.map((k, i) => (
          <li key={i}>
            {unitText({ code: k.unitCode, name: names.get(k.unitCode) ?? "" })}「{k.sheet}」{k.key}
          </li>
        ))}
      </ul>
    </Stack>
  );
}
