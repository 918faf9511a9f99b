/**
 * The pane's 督查 section (五、问责追究: 每季度常规督查，上、下半年集中督查，督查情况通报): the
 * 数据截至 date (today unless the user types another, yyyy-mm-dd), 生成督查通报 for a chosen
 * 督查批次, 工作看板, and the task lights either one returns. It receives the workbench as a
 * prop and never touches Excel itself.
 */
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from "@fluentui/react";
import { useEffect, useState } from "react";
import type { Workbench } from "../../../app/workbench";
import { BATCH_NAMES, defaultBatch } from "../../../domain/supervision/batches";
import { isoOfInstant } from "../../../sheets/dates";
import { focusById, tabHeadingId } from "../../focus";
import { ErrorBar } from "../ErrorBar";
import { announce, LiveRegion } from "../LiveRegion";
import { TabHeading } from "../TabHeading";
import { FindingsList } from "../FindingsList";
import { RunProgress } from "../RunProgress";
import { AS_OF_HINT, parseAsOf } from "./as-of";
import { DashboardView } from "./DashboardView";
import { TaskLights } from "./TaskLights";
import { useSupervision, type SaveFile, type SupervisionRun } from "./use-supervision";

export interface SupervisionSectionProps {
  workbench: Workbench;
  now: () => Date;
  /** Offers the Word notice as a download (default: the browser's download). */
  save?: SaveFile;
  /** True while another action of the pane runs: the section waits for it. */
  busy: boolean;
}

/** Green when done cleanly, yellow with findings, red when errors blocked it. */
function barType(run: SupervisionRun): MessageBarType {
  if (!run.outcome.ok) return MessageBarType.blocked;
  return run.outcome.findings.length > 0 ? MessageBarType.warning : MessageBarType.success;
}

/** Where focus goes when a 督查 action ends (see ../../focus.ts). */
const OUTCOME_ID = "supervision-outcome";
const ERROR_ID = "supervision-error";

/** The quarter's routine inspection that holds the date (the office may pick any batch). */
function batchFor(asOf: string): string {
  return defaultBatch([], { year: Number(asOf.slice(0, 4)) }, asOf);
}

/** 督查: date, batch, 生成督查通报, 工作看板, then what they returned. */
export function SupervisionSection({ workbench, now, busy, save }: SupervisionSectionProps) {
  const today = isoOfInstant(now());
  // Until the user types a date or picks a batch, both follow today: a pane left open for weeks
  // (or across a stage) must not report as of the day it was opened.
  const [typed, setText] = useState<string | null>(null);
  const [picked, setBatch] = useState<string | null>(null);
  const text = typed ?? today;
  const batch = picked ?? batchFor(today);
  const view = useSupervision(workbench, save);
  const asOf = parseAsOf(text);
  const disabled = busy || view.running || asOf === null;
  const run = view.lastRun;
  const reason = busy && !view.running ? "另一项操作正在进行，完成后即可督查。" : null;

  // Focus follows the outcome (or the error) when an action ends: the buttons it started from were disabled meanwhile.
  useEffect(() => {
    if (view.settled > 0) focusById(view.error ? ERROR_ID : OUTCOME_ID);
  }, [view.settled]); // only when a run ends

  return (
    <section aria-labelledby={tabHeadingId("supervise")}>
      <Stack tokens={{ childrenGap: 12 }}>
        <TabHeading tab="supervise" intro="按季度和半年生成督查通报（五、问责追究），查看各项重点工作的进度和整改情况。" />
        <LiveRegion text={announce(view.progress?.step, view.error, run?.outcome.message)} />
        <TextField
          label="数据截至"
          value={text}
          placeholder="yyyy-mm-dd"
          description="按这一天统计序时进度、报送和整改情况"
          errorMessage={asOf === null ? AS_OF_HINT : undefined}
          onChange={(_e, value) => setText(value ?? "")}
        />
        <Dropdown
          label="督查批次"
          selectedKey={batch}
          options={BATCH_NAMES.map((name) => ({ key: name, text: name }))}
          onChange={(_e, option) => option && setBatch(String(option.key))}
        />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text="生成督查通报" disabled={disabled} allowDisabledFocus onClick={() => asOf && void view.report(asOf, batch)} />
          <DefaultButton text="下载通报（Word）" disabled={disabled} allowDisabledFocus onClick={() => asOf && void view.noticeWord(asOf, batch)} />
          <DefaultButton text="生成工作看板" disabled={disabled} allowDisabledFocus onClick={() => asOf && void view.dashboard(asOf)} />
        </Stack>
        {reason && <Text variant="small">{reason}</Text>}
        {view.progress && <RunProgress progress={view.progress} />}
        {view.error && (
          <div id={ERROR_ID} tabIndex={-1}>
            <ErrorBar message={view.error} onDismiss={view.dismissError} now={now} context={{ mode: workbench.mode, action: "督查" }} />
          </div>
        )}
        {run && (
          <div id={OUTCOME_ID} tabIndex={-1} role="region" aria-label="督查结果">
            <MessageBar messageBarType={barType(run)} isMultiline>
              {run.outcome.message}
            </MessageBar>
          </div>
        )}
        {view.lights && <TaskLights tasks={view.lights} />}
        {view.board && <DashboardView board={view.board} />}
        {run && run.outcome.findings.length > 0 && (
          <FindingsList
            findings={run.outcome.findings}
            onSelect={workbench.mode === "excel" ? (sheet, cell) => void view.selectCell(sheet, cell) : undefined}
          />
        )}
      </Stack>
    </section>
  );
}
