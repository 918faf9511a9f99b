/**
 * The task pane. It receives everything it acts on as props — the workbench, where it runs,
 * the clock and the file-mode callbacks — and never calls Excel or Office itself.
 */
import { MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";
import { useState } from "react";
import type { ProgressFn, Workbench, WorkbenchState } from "../app/workbench";
import { DEFAULT_YEAR, defaultSettings, type Settings } from "../domain/settings";
import { ActionBar } from "./components/ActionBar";
import { CreateWorkbookPanel } from "./components/CreateWorkbookPanel";
import { ErrorBar } from "./components/ErrorBar";
import { FileModePanel } from "./components/FileModePanel";
import { FindingsList } from "./components/FindingsList";
import { Header } from "./components/Header";
import { OutcomeView } from "./components/OutcomeView";
import { RunProgress } from "./components/RunProgress";
import { SupervisionSection } from "./components/supervision/SupervisionSection";
import { resultFileName, saveBytes } from "./download";
import { useWorkbench } from "./use-workbench";

export interface HostInfo {
  /** True inside Excel (Office.onReady reported the Excel host). */
  inExcel: boolean;
  /** What this Excel lacks (requirement sets), in Chinese; shown as a warning. */
  warning?: string;
}

export interface AppProps {
  /** The Excel workbench; null outside Excel until a file is opened, or when Excel lacks what it needs. */
  workbench: Workbench | null;
  hostInfo: HostInfo;
  now: () => Date;
  /** File mode: builds a workbench over the bytes of a chosen .xlsx. */
  openFile?: (data: ArrayBuffer, progress?: ProgressFn) => Promise<Workbench>;
  /** File mode: the bytes of the workbook as it is now, results included. */
  download?: (progress?: ProgressFn) => Promise<Uint8Array>;
  /** File mode: stops the work that runs now; the workbook stays as it was before it. */
  cancel?: () => void;
}

/** The whole pane: header, file mode outside Excel, actions, progress, outcome and findings. */
export function App({ workbench, hostInfo, now, openFile, download, cancel }: AppProps) {
  const [file, setFile] = useState<{ name: string; workbench: Workbench } | null>(null);
  const active = hostInfo.inExcel ? workbench : (file?.workbench ?? workbench);
  const view = useWorkbench(active);

  const onOpen = (name: string, data: ArrayBuffer) =>
    view.track(async (progress) => {
      if (!openFile) throw new Error("此版本不支持在浏览器中打开工作簿。");
      setFile({ name, workbench: await openFile(data, progress) });
    });
  const onDownload =
    download && (() => view.track(async (progress) => saveBytes(await download(progress), resultFileName(file?.name ?? "工作簿.xlsx"))));

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 12 } }}>
      <Header settings={headerSettings(view.state)} now={now} />
      {hostInfo.warning && (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          {hostInfo.warning}
        </MessageBar>
      )}
      {!hostInfo.inExcel && (
        <FileModePanel fileName={file?.name ?? null} busy={view.running} onOpen={onOpen} onError={view.showError} onDownload={onDownload} />
      )}
      {view.error && <ErrorBar message={view.error} onDismiss={view.dismissError} />}
      {view.progress && <RunProgress progress={view.progress} onCancel={hostInfo.inExcel ? undefined : cancel} />}
      {active ? (
        <>
          <CreateWorkbookPanel
            state={view.state}
            initialYear={view.state?.year ?? DEFAULT_YEAR}
            running={view.running}
            onCreate={(year, demo) => void view.createWorkbook(year, demo)}
            onUpdateDateLimits={() => void view.updateDateLimits()}
          />
          <ActionBar disabled={view.running} onRank={() => void view.rank()} onValidate={() => void view.validate()} />
          {view.lastRun && (
            <OutcomeView
              lastRun={view.lastRun}
              onOpenSheet={active.mode === "excel" ? (sheet) => void view.selectCell(sheet, "A1") : undefined}
              onDownload={active.mode === "file" && onDownload ? () => void onDownload() : undefined}
            />
          )}
          {view.lastRun && view.lastRun.kind !== "create" && (
            <FindingsList
              findings={view.lastRun.outcome.findings}
              onSelect={active.mode === "excel" ? (sheet, cell) => void view.selectCell(sheet, cell) : undefined}
            />
          )}
          <SupervisionSection workbench={active} now={now} busy={view.running} />
        </>
      ) : (
        hostInfo.inExcel && !hostInfo.warning && <Text>正在连接工作簿…</Text>
      )}
    </Stack>
  );
}

/** The settings the header shows: those read from 参数设置, or the defaults of the year when only the year is known. */
function headerSettings(state: WorkbenchState | null | undefined): Settings | null {
  if (state?.settings) return state.settings;
  return state?.year ? defaultSettings(state.year) : null;
}
