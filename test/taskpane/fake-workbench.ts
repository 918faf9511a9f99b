/**
 * A Workbench double for the pane's tests: it records every call, reports progress the
 * way an operation does, can be held mid-run (to look at the pane while an action runs)
 * and can be told to throw, as the Office.js workbench does on an Excel failure.
 */
import type { DashboardSummary, ReportLights } from "../../src/app/dashboard-operation";
import type {
  CollectSummary,
  CreateWorkbookSummary,
  DistributeSummary,
  OperationOutcome,
  ProgressFn,
  RankSummary,
  ReturnedFileInput,
  UndoCollectSummary,
  Workbench,
  WorkbenchState,
} from "../../src/app/workbench";
import { CONTRACT_SHEETS } from "../../src/sheets/contract";

export type Call =
  | { op: "state" }
  | { op: "createWorkbook"; year: number; demo: boolean }
  | { op: "updateDateLimits" }
  | { op: "rank" }
  | { op: "validate" }
  | { op: "selectCell"; sheet: string; cell: string }
  | { op: "report"; asOf: string; batch: string }
  | { op: "dashboard"; asOf: string }
  | { op: "distributeTemplates"; units?: string[] }
  | { op: "collect"; files: string[]; write: boolean }
  | { op: "undoCollect" };

/** Every contract sheet: the fake's workbook is complete unless a test says otherwise. */
const ALL_SHEETS = CONTRACT_SHEETS.map((s) => s.name);

/** The state of a workbook with none of the standard sheets (a new, empty workbook). */
export const EMPTY_WORKBOOK: Partial<WorkbenchState> = { presentSheets: [], missingSheets: [...ALL_SHEETS], year: null };

/** The step labels the fake reports, in order, while an action runs. */
export const STEPS = { read: "正在读取工作表", write: "正在写入结果" } as const;

export class FakeWorkbench implements Workbench {
  readonly calls: Call[] = [];
  workbookState: WorkbenchState;
  rankOutcome: OperationOutcome<RankSummary> = { ok: true, findings: [], message: "排名完成", summary: emptySummary() };
  validateOutcome: OperationOutcome = { ok: true, findings: [], message: "校验完成，未发现问题" };
  createOutcome: OperationOutcome<CreateWorkbookSummary> = {
    ok: true,
    findings: [],
    message: "已创建标准工作簿",
    summary: { created: [], skipped: [] },
  };
  dateLimitsOutcome: OperationOutcome<CreateWorkbookSummary> = { ok: true, findings: [], message: "已按新年度更新日期限制" };
  /** 督查: what report() and dashboard() answer (set by the 督查 section's tests). */
  reportOutcome: OperationOutcome<ReportLights> = { ok: true, findings: [], message: "已生成督查通报" };
  dashboardOutcome: OperationOutcome<DashboardSummary> = { ok: true, findings: [], message: "已生成工作看板" };
  /** 分发汇总: what distributeTemplates(), collect() and undoCollect() answer. */
  distributeOutcome: OperationOutcome<DistributeSummary> = {
    ok: true,
    findings: [],
    message: "已生成 0 份填报模板",
    summary: { count: 0, zipName: "填报模板.zip", zip: new Uint8Array(), unknownUnits: [] },
  };
  collectOutcome: OperationOutcome<CollectSummary> = {
    ok: true,
    findings: [],
    message: "汇总预览：0 份文件",
    summary: {
      batch: "2010-06-30T00:00:00.000Z",
      written: false,
      files: [],
      notSubmitted: [],
      notSubmittedUnits: [],
      unitNames: {},
      conflicts: [],
      changesMaster: false,
    },
  };
  undoOutcome: OperationOutcome<UndoCollectSummary> = {
    ok: true,
    findings: [],
    message: "已撤销上次汇总",
    summary: { batch: "2010-06-30T00:00:00.000Z", restored: {}, kept: [] },
  };
  /** The next action (or selectCell) throws this, once. */
  failNext: Error | null = null;
  /** state() throws this, every time, while set. */
  failState: Error | null = null;
  private gate: Promise<void> | null = null;

  constructor(
    readonly mode: "excel" | "file",
    state: Partial<WorkbenchState> = {}
  ) {
    this.workbookState = { presentSheets: [...ALL_SHEETS], missingSheets: [], year: 2010, ...state };
  }

  /** Holds every action after its first progress report until the returned function is called. */
  hold(): () => void {
    let release = () => undefined as void;
    this.gate = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.gate = null;
      release();
    };
  }

  async state(): Promise<WorkbenchState> {
    this.calls.push({ op: "state" });
    if (this.failState) throw this.failState;
    const s = this.workbookState;
    return {
      presentSheets: [...s.presentSheets],
      missingSheets: [...s.missingSheets],
      year: s.year,
      settings: s.settings,
      dateLimitYear: s.dateLimitYear,
      campaignIdMissing: s.campaignIdMissing,
    };
  }

  async createWorkbook(options: { year: number; demo: boolean }, progress: ProgressFn): Promise<OperationOutcome<CreateWorkbookSummary>> {
    this.calls.push({ op: "createWorkbook", ...options });
    const outcome = await this.perform(progress, this.createOutcome);
    const s = this.workbookState;
    this.workbookState = { presentSheets: [...s.presentSheets, ...s.missingSheets], missingSheets: [], year: options.year };
    return outcome;
  }

  async updateDateLimits(progress: ProgressFn): Promise<OperationOutcome<CreateWorkbookSummary>> {
    this.calls.push({ op: "updateDateLimits" });
    const outcome = await this.perform(progress, this.dateLimitsOutcome);
    this.workbookState = { ...this.workbookState, dateLimitYear: this.workbookState.year };
    return outcome;
  }

  async rank(progress: ProgressFn): Promise<OperationOutcome<RankSummary>> {
    this.calls.push({ op: "rank" });
    return this.perform(progress, this.rankOutcome);
  }

  async validate(progress: ProgressFn): Promise<OperationOutcome> {
    this.calls.push({ op: "validate" });
    return this.perform(progress, this.validateOutcome);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.calls.push({ op: "selectCell", sheet, cell });
    this.throwIfFailing();
  }

  async report(asOf: string, batch: string, progress: ProgressFn): Promise<OperationOutcome<ReportLights>> {
    this.calls.push({ op: "report", asOf, batch });
    return this.perform(progress, this.reportOutcome);
  }

  async dashboard(asOf: string, progress: ProgressFn): Promise<OperationOutcome<DashboardSummary>> {
    this.calls.push({ op: "dashboard", asOf });
    return this.perform(progress, this.dashboardOutcome);
  }

  async distributeTemplates(options: { units?: string[] }, progress: ProgressFn): Promise<OperationOutcome<DistributeSummary>> {
    this.calls.push({ op: "distributeTemplates", units: options.units });
    return this.perform(progress, this.distributeOutcome);
  }

  async collect(files: ReturnedFileInput[], options: { write: boolean }, progress: ProgressFn): Promise<OperationOutcome<CollectSummary>> {
    this.calls.push({ op: "collect", files: files.map((f) => f.name), write: options.write });
    return this.perform(progress, this.collectOutcome);
  }

  async undoCollect(progress: ProgressFn): Promise<OperationOutcome<UndoCollectSummary>> {
    this.calls.push({ op: "undoCollect" });
    return this.perform(progress, this.undoOutcome);
  }

  /** The operations called, without the state() refreshes. */
  actions(): Call[] {
    return this.calls.filter((c) => c.op !== "state");
  }

  private async perform<T>(progress: ProgressFn, outcome: T): Promise<T> {
    progress(STEPS.read, 0.25);
    if (this.gate) await this.gate;
    this.throwIfFailing();
    progress(STEPS.write, 1);
    return outcome;
  }

  private throwIfFailing(): void {
    const failure = this.failNext;
    this.failNext = null;
    if (failure) throw failure;
  }
}

function emptySummary(): RankSummary {
  return { ranked: 0, unranked: 0, accountability: 0, needsReview: 0, categories: [], entries: [] };
}

/** An error like the Office.js adapter's: a typed error whose message is Chinese and meant for the user. */
export class ExcelOperationError extends Error {
  override name = "ExcelOperationError";
}
