/**
 * The task pane. It receives everything it acts on as props — the workbench, where it runs,
 * the clock and the file-mode callbacks — and never calls Excel or Office itself.
 *
 * Laid out as Microsoft's task-pane guidance asks: 20 px margins on a 4 px grid, four tabs by
 * task (准备, 分发汇总, 督查, 考核), the current stage's tab open first, and a guide with
 * today's three steps on first run and whenever the campaign enters a new stage.
 */
import { MessageBar, MessageBarType, Pivot, PivotItem, Stack, Text } from "@fluentui/react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { ProgressFn, Workbench, WorkbenchState } from "../app/workbench";
import { defaultSettings, type Settings } from "../domain/settings";
import { hasContractSheet, SETTINGS_SHEET } from "../sheets/contract";
import { ErrorBar } from "./components/ErrorBar";
import { stageForDetails } from "./error-details";
import { FileModePanel } from "./components/FileModePanel";
import { Header } from "./components/Header";
import { announce, LiveRegion } from "./components/LiveRegion";
import { RunProgress } from "./components/RunProgress";
import { StageGuide } from "./components/StageGuide";
import { SupervisionSection } from "./components/supervision/SupervisionSection";
import { resultFileName, saveBytes } from "./download";
import { distributeDownloadBlocker } from "./host-downloads";
import { FOCUS_IDS, focusById, tabHeadingId } from "./focus";
import { browserStorage, type GuideStorage } from "./guide-memory";
import { stageGuideOf, TABS, type TabKey } from "./stage-guide";
import { DistributeTab } from "./tabs/DistributeTab";
import { EvaluateTab } from "./tabs/EvaluateTab";
import { PrepareTab } from "./tabs/PrepareTab";
import { useGuide } from "./use-guide";
import { useWorkbench } from "./use-workbench";

export interface HostInfo {
  /** True inside Excel (Office.onReady reported the Excel host). */
  inExcel: boolean;
  /** What this Excel lacks (requirement sets), in Chinese; shown as a warning. */
  warning?: string;
  /** Office.context.diagnostics.platform inside Excel ("PC", "Mac", "OfficeOnline", …): Mac cannot download. */
  platform?: string;
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
  /** Where the guide remembers what was seen (default: localStorage, when the browser allows it). */
  storage?: GuideStorage | null;
}

/** 20 px margins (Microsoft's task-pane guidance), gaps on the 4 px grid. */
const PANE_STYLES = { root: { padding: 20, maxWidth: "100%", boxSizing: "border-box" as const, overflowWrap: "anywhere" as const } };

/** The whole pane: header, guide, file mode outside Excel, progress, errors, and the four tabs. */
export function App({ workbench, hostInfo, now, openFile, download, cancel, storage = browserStorage() }: AppProps) {
  const [file, setFile] = useState<{ name: string; workbench: Workbench } | null>(null);
  const active = hostInfo.inExcel ? workbench : (file?.workbench ?? workbench);
  const view = useWorkbench(active);
  const today = now();
  const settings = paneSettings(view.state);
  // Before the workbook's state is read the stage is unknown: no guide and no tab choice yet.
  const known = !active || view.state !== null;
  const hasWorkbook = !!view.state && hasContractSheet(view.state.presentSheets);
  /** Jumps to a finding's cell inside Excel; file mode has no cells to jump to. */
  const selectFinding = active?.mode === "excel" ? (sheet: string, cell: string) => void view.selectCell(sheet, cell) : undefined;
  const guide = known ? stageGuideOf(view.state?.settings ?? null, today, !active || hasWorkbook) : null;
  const guideView = useGuide(guide, storage);
  // The current stage's tab opens first; once the user picks a tab or starts an action there, it stays
  // (for this workbook), so a state refresh after 创建 never moves the user away from the outcome.
  const [chosen, setChosen] = useState<{ on: Workbench | null; tab: TabKey } | null>(null);
  const tab: TabKey = chosen && chosen.on === active ? chosen.tab : (guide ?? stageGuideOf(null, today)).tab;
  const setTab = (next: TabKey) => setChosen({ on: active, tab: next });
  /** Starts an action from the open tab, pinning that tab. */
  const from = (action: () => Promise<void>) => () => {
    setTab(tab);
    void action();
  };
  const focusNext = useRef<string | null>(null);

  // When an action ends, focus moves to its outcome (or its error): never left on a disabled button or the body.
  useEffect(() => {
    if (view.settled === 0) return;
    const preferred = focusNext.current;
    focusNext.current = null;
    if (view.error) focusById(FOCUS_IDS.error);
    else if (!(preferred && focusById(preferred))) focusById(FOCUS_IDS.outcome);
  }, [view.settled]); // only when a run ends

  const onOpen = (name: string, data: ArrayBuffer) => {
    focusNext.current = FOCUS_IDS.file;
    return view.track(async (progress) => {
      if (!openFile) throw new Error("此版本不支持在浏览器中打开工作簿。");
      setFile({ name, workbench: await openFile(data, progress) });
    });
  };
  const onDownload =
    download &&
    (() => {
      focusNext.current = FOCUS_IDS.download;
      return view.track(async (progress) => saveBytes(await download(progress), resultFileName(file?.name ?? "工作簿.xlsx")));
    });
  /** After something on screen went away with the focus in it: the heading of the open tab, else the title. */
  const focusTab = (key: TabKey) => setTimeout(() => focusById(tabHeadingId(key)) || focusById(FOCUS_IDS.title));
  const closeGuide = (goTo: boolean) => {
    guideView.close();
    if (goTo && guide) setTab(guide.tab);
    focusTab(goTo && guide ? guide.tab : tab);
  };
  const helpHref = TABS.find((t) => t.key === tab)?.help ?? "help.html";
  const announcement = announce(view.progress?.step, view.error, view.lastRun?.outcome.message);

  return (
    <Stack tokens={{ childrenGap: 16 }} styles={PANE_STYLES}>
      <Header
        settings={settings}
        yearUnreadable={!!view.state && view.state.year === null && view.state.presentSheets.includes(SETTINGS_SHEET.name)}
        now={now}
        onShowGuide={guide ? guideView.reopen : undefined}
        helpHref={helpHref}
      />
      <LiveRegion id="pane-live" text={announcement} />
      {hostInfo.warning && (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          {hostInfo.warning}
        </MessageBar>
      )}
      {guide && guideView.open && (
        <StageGuide guide={guide} mode={guideView.mode} onStart={active ? () => closeGuide(true) : undefined} onSkip={() => closeGuide(false)} />
      )}
      {!hostInfo.inExcel && (
        <FileModePanel fileName={file?.name ?? null} busy={view.running} onOpen={onOpen} onError={view.showError} onDownload={onDownload} />
      )}
      {view.error && (
        <div id={FOCUS_IDS.error} tabIndex={-1}>
          <ErrorBar
            message={view.error}
            now={now}
            context={{
              mode: active?.mode ?? (hostInfo.inExcel ? "excel" : "file"),
              stage: stageForDetails(view.state?.settings, now()),
              fileName: file?.name,
            }}
            onDismiss={() => {
              view.dismissError();
              focusTab(tab);
            }}
          />
        </div>
      )}
      {view.progress && <RunProgress progress={view.progress} onCancel={hostInfo.inExcel ? undefined : cancel} />}
      {active ? (
        <Pivot
          aria-label="工作台任务"
          selectedKey={tab}
          onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as TabKey)}
          // Tabs wrap onto a second line when the pane is narrow (200% zoom) instead of scrolling sideways.
          styles={{ root: { display: "flex", flexWrap: "wrap" } }}
        >
          <PivotItem headerText="准备" itemKey="prepare" alwaysRender>
            <TabBody>
              <PrepareTab
                state={view.state}
                settings={settings}
                today={today}
                running={view.running}
                lastRun={view.lastRun}
                onCreate={(year, demo) => from(() => view.createWorkbook(year, demo))()}
                onUpdateDateLimits={from(view.updateDateLimits)}
                onSelect={selectFinding}
              />
            </TabBody>
          </PivotItem>
          <PivotItem headerText="分发汇总" itemKey="distribute" alwaysRender>
            <TabBody>
              <DistributeTab
                state={view.state}
                running={view.running}
                lastRun={view.lastRun}
                distributeFirst={guide?.key.endsWith(":动员部署") ?? false}
                onDistribute={from(view.distribute)}
                hostBlocker={hostInfo.inExcel ? distributeDownloadBlocker(hostInfo.platform) : null}
                onCollect={(files, write) => from(() => view.collect(files, write))()}
                onUndo={from(view.undoCollect)}
                onError={view.showError}
              />
            </TabBody>
          </PivotItem>
          <PivotItem headerText="督查" itemKey="supervise" alwaysRender>
            <TabBody>
              <SupervisionSection workbench={active} now={now} busy={view.running} />
            </TabBody>
          </PivotItem>
          <PivotItem headerText="考核" itemKey="evaluate" alwaysRender>
            <TabBody>
              <EvaluateTab
                state={view.state}
                running={view.running}
                lastRun={view.lastRun}
                rankPrimary={guide?.key.endsWith(":评议考核") ?? false}
                onRank={from(view.rank)}
                onValidate={from(view.validate)}
                onOpenSheet={active.mode === "excel" ? (sheet) => void view.selectCell(sheet, "A1") : undefined}
                onSelect={selectFinding}
                onDownload={active.mode === "file" && onDownload ? () => void onDownload() : undefined}
              />
            </TabBody>
          </PivotItem>
        </Pivot>
      ) : (
        hostInfo.inExcel && !hostInfo.warning && <Text>正在连接工作簿…</Text>
      )}
    </Stack>
  );
}

/** A tab panel's top margin (the 4 px grid). */
function TabBody({ children }: { children: ReactNode }) {
  return <div style={{ paddingTop: 16 }}>{children}</div>;
}

/** The settings the header shows: those read from 参数设置, or the defaults of the year when only the year is known. */
function paneSettings(state: WorkbenchState | null | undefined): Settings | null {
  if (state?.settings) return state.settings;
  return state?.year ? defaultSettings(state.year) : null;
}
