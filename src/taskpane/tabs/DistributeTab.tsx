/**
 * 分发汇总: 分发填报模板 (every unit's template in one .zip download), 汇总回收文件 (pick the
 * returned files, see what each would change, then 确认汇总; nothing is written before) and
 * 撤销上次汇总. In 动员部署 handing out comes first; afterwards collecting does.
 */
import { Stack, Text } from "@fluentui/react";
import { useEffect, useRef, type ChangeEvent, type ReactNode } from "react";
import type { ReturnedFileInput, WorkbenchState } from "../../app/workbench";
import { CollectPreview } from "../components/CollectPreview";
import { readFile } from "../components/FileModePanel";
import { GuardedButton } from "../components/GuardedButton";
import { OutcomeFrame } from "../components/OutcomeFrame";
import { OutcomeView } from "../components/OutcomeView";
import { TabHeading } from "../components/TabHeading";
import { rosterBlocker } from "../blockers";
import { saveBytes, ZIP_TYPE } from "../download";
import type { LastRun } from "../use-workbench";

export interface DistributeTabProps {
  state: WorkbenchState | null;
  running: boolean;
  /** The last distribute, collect or undo run, shown here. */
  lastRun: LastRun | null;
  /** True in 动员部署: 分发填报模板 comes first. */
  distributeFirst: boolean;
  onDistribute: () => void;
  /** Why this host cannot take the .zip (Excel on Mac), or null. */
  hostBlocker?: string | null;
  /** `write` false: the preview; true: 确认汇总. */
  onCollect: (files: ReturnedFileInput[], write: boolean) => void;
  onUndo: () => void;
  /** A returned file could not be read. */
  onError: (error: unknown) => void;
}

/** Why 确认汇总 cannot run for this preview, or null. */
function confirmBlocker(run: Extract<LastRun, { kind: "collect" }>): string | null {
  if (!run.outcome.ok) return "预览发现错误，无法汇总：请按上面的提示处理后重新选择文件。";
  if (!run.outcome.summary?.changesMaster) return "这批文件不会改动汇总表（均无变化、退回、待认领或冲突），无需确认。";
  return null;
}

/** The 分发汇总 tab's panel content. */
export function DistributeTab(props: DistributeTabProps) {
  const { state, running, lastRun, distributeFirst, onDistribute, hostBlocker, onCollect, onUndo, onError } = props;
  const input = useRef<HTMLInputElement>(null);
  const saved = useRef<unknown>(null);
  const blocked = rosterBlocker(state);

  // The .zip is offered once, when 分发填报模板 returns it; 再次下载 offers it again.
  useEffect(() => {
    if (lastRun?.kind !== "distribute" || saved.current === lastRun) return;
    saved.current = lastRun;
    const summary = lastRun.outcome.summary;
    if (lastRun.outcome.ok && summary && summary.count > 0) saveBytes(summary.zip, summary.zipName, document, ZIP_TYPE);
  }, [lastRun]);

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.target.files ?? [])];
    event.target.value = ""; // picking the same files again must fire change again
    if (picked.length === 0) return;
    try {
      const files = await Promise.all(picked.map(async (f) => ({ name: f.name, data: await readFile(f) })));
      onCollect(files, false);
    } catch (e) {
      onError(e);
    }
  };

  const distribute: ReactNode = (
    <Stack key="distribute" tokens={{ childrenGap: 8 }}>
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: 0 } }}>
        分发填报模板
      </Text>
      <Text variant="small">为“单位名册”中的每个单位生成只含本单位内容的填报模板，打包成一个 .zip 下载，再发给各单位。</Text>
      <GuardedButton
        text="分发填报模板"
        primary={distributeFirst}
        blocked={blocked ?? hostBlocker ?? null}
        running={running}
        onClick={onDistribute}
      />
    </Stack>
  );
  const collect: ReactNode = (
    <Stack key="collect" tokens={{ childrenGap: 8 }}>
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: 0 } }}>
        汇总回收文件
      </Text>
      <Text variant="small">选择各单位交回的 .xlsx 文件（可多选）。先显示每份文件将新增、修改、删除的行，确认后才写入。</Text>
      <GuardedButton text="选择回收文件…" primary={!distributeFirst} blocked={blocked} running={running} onClick={() => input.current?.click()} />
      <input
        ref={input}
        hidden
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="选择回收文件（.xlsx，可多选）"
        onChange={(e) => void onPick(e)}
      />
    </Stack>
  );

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <TabHeading tab="distribute" intro="把填报模板发给各单位，再把交回的文件汇总到本工作簿。" />
      {distributeFirst ? [distribute, collect] : [collect, distribute]}
      {lastRun && (lastRun.kind === "distribute" || lastRun.kind === "collect" || lastRun.kind === "undoCollect") && (
        <OutcomeFrame>
          <Stack tokens={{ childrenGap: 12 }}>
            <Text variant="mediumPlus" as="h3" styles={{ root: { margin: 0 } }}>
              {outcomeTitle(lastRun)}
            </Text>
            <OutcomeView lastRun={lastRun} />
            {lastRun.kind === "distribute" && lastRun.outcome.ok && lastRun.outcome.summary && lastRun.outcome.summary.count > 0 && (
              <GuardedButton
                text={`再次下载 ${lastRun.outcome.summary.zipName}`}
                blocked={null}
                running={running}
                onClick={() => {
                  const s = lastRun.outcome.summary;
                  if (s) saveBytes(s.zip, s.zipName, document, ZIP_TYPE);
                }}
              />
            )}
            {lastRun.kind === "collect" && lastRun.outcome.summary && <CollectPreview summary={lastRun.outcome.summary} />}
            {lastRun.kind === "collect" && lastRun.outcome.summary && !lastRun.outcome.summary.written && (
              <GuardedButton
                text="确认汇总"
                primary
                blocked={confirmBlocker(lastRun)}
                running={running}
                onClick={() => onCollect(lastRun.files, true)}
              />
            )}
          </Stack>
        </OutcomeFrame>
      )}
      <Stack tokens={{ childrenGap: 8 }}>
        <Text variant="mediumPlus" as="h3" styles={{ root: { margin: 0 } }}>
          撤销上次汇总
        </Text>
        <Text variant="small">把上一次汇总替换掉的行原样恢复（Excel 自身的撤销对汇总不起作用）。</Text>
        <GuardedButton text="撤销上次汇总" blocked={blocked} running={running} onClick={onUndo} />
      </Stack>
    </Stack>
  );
}

/** The outcome's heading: which step the user is at. */
function outcomeTitle(run: LastRun): string {
  if (run.kind === "distribute") return "分发结果";
  if (run.kind === "undoCollect") return "撤销结果";
  if (run.kind === "collect" && run.outcome.summary?.written) return "汇总结果";
  return "汇总预览（尚未写入）";
}
