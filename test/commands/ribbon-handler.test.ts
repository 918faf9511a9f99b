import type { OperationOutcome, RankSummary, Workbench } from "../../src/app/workbench";
import { FOREIGN_WORKBOOK_MESSAGE } from "../../src/app/foreign-workbook";
import { ribbonHandler } from "../../src/commands/ribbon-handler";
import { ExcelOperationError } from "../../src/excel/errors";
import { installFakeOffice, type DialogBehaviour } from "./fake-office-dialog";

const NOTICE_PAGE = "https://localhost:3000/notice.html";

const RANKED: OperationOutcome<RankSummary> = {
  ok: true,
  findings: [],
  message: "已对 3 个单位排名。",
  summary: { ranked: 3, unranked: 0, accountability: 1, needsReview: 0, categories: [], entries: [] },
};
const BLOCKED: OperationOutcome<RankSummary> = {
  ok: false,
  findings: [
    { severity: "error", sheet: "评议评分", cell: "D7", rule: "score.range", message: "得分超出范围" },
    { severity: "warning", sheet: "单位名册", cell: "A9", rule: "unit.unscored", message: "未参评" },
    { severity: "error", sheet: "评议评分", cell: "A8", rule: "score.unit", message: "单位编码不存在" },
  ],
  message: "发现 2 个错误，未进行排名，详见“校验结果”工作表。请按“校验结果”修改后重新点击“一键排名”。原排名结果和问责名单已标为已失效。",
};
const FOREIGN: OperationOutcome<RankSummary> = { ok: false, findings: [], message: FOREIGN_WORKBOOK_MESSAGE, foreign: true };
const ACCESS_DENIED = new ExcelOperationError("AccessDenied", "写入结果工作表", { code: "AccessDenied" });

/** A workbench whose rank and validate answer `outcome` (or throw it), recording where it jumped. */
function fakeWorkbench(outcome: OperationOutcome<RankSummary> | Error, options: { jumpFails?: Error } = {}) {
  const jumps: string[] = [];
  const run = async <T>() => {
    if (outcome instanceof Error) throw outcome;
    return outcome as unknown as T;
  };
  const workbench: Workbench = {
    mode: "excel",
    state: async () => ({ presentSheets: [], missingSheets: [], year: 2010 }),
    createWorkbook: () => Promise.reject(new Error("not used")),
    updateDateLimits: () => Promise.reject(new Error("not used")),
    rank: () => run<OperationOutcome<RankSummary>>(),
    validate: () => run<OperationOutcome>(),
    report: () => Promise.reject(new Error("not used")),
    noticeWord: () => Promise.reject(new Error("not used")),
    dashboard: () => Promise.reject(new Error("not used")),
    distributeTemplates: () => Promise.reject(new Error("not used")),
    collect: () => Promise.reject(new Error("not used")),
    undoCollect: () => Promise.reject(new Error("not used")),
    lastCollectBatch: () => Promise.reject(new Error("not used")),
    returnNote: () => Promise.reject(new Error("not used")),
    selectCell: async (sheet, cell) => {
      if (options.jumpFails) throw options.jumpFails;
      jumps.push(`${sheet}!${cell}`);
    },
  };
  return { workbench, jumps };
}

function completion() {
  const event = { count: 0, completed: () => void event.count++ };
  return event;
}

/** The notice a dialog URL carries, decoded as the page decodes it. */
function noticeIn(url: string) {
  const params = new URL(url).searchParams;
  return { page: url.split("?")[0], title: params.get("title"), message: params.get("message") };
}

/** Lets the fake's callback (a later turn) and the handler's continuations run. */
/** Lets the handler run: until it has asked for a dialog, or half a second (a loaded machine is slow to get there). */
const settle = async () => {
  for (let waited = 0; waited < 500 && office.requests.length === 0; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
};

let office: ReturnType<typeof installFakeOffice>;
let logged: jest.SpyInstance;

function useOffice(behaviour: DialogBehaviour) {
  office.uninstall();
  office = installFakeOffice(behaviour);
}

beforeEach(() => {
  office = installFakeOffice("opens");
  logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  office.uninstall();
  logged.mockRestore();
});

describe("a completed run", () => {
  it("jumps to 排名结果 after a ranking, opens no dialog, and completes the event once", async () => {
    const { workbench, jumps } = fakeWorkbench(RANKED);
    const event = completion();
    await ribbonHandler("rank", { workbench: () => workbench, noticePage: NOTICE_PAGE })(event);
    expect(jumps).toEqual(["排名结果!A1"]);
    expect(office.requests).toHaveLength(0);
    expect(event.count).toBe(1);
  });

  it("jumps to 校验结果 after a validation, opens no dialog, and completes the event once", async () => {
    const { workbench, jumps } = fakeWorkbench(RANKED);
    const event = completion();
    await ribbonHandler("validate", { workbench: () => workbench, noticePage: NOTICE_PAGE })(event);
    expect(jumps).toEqual(["校验结果!A1"]);
    expect(office.requests).toHaveLength(0);
    expect(event.count).toBe(1);
  });

  it("says the run completed, and why its sheet is not shown, when the jump fails", async () => {
    const cellEdit = new ExcelOperationError("InvalidOperationInCellEditMode", "定位到工作表“排名结果”的单元格 A1", null);
    const { workbench } = fakeWorkbench(RANKED, { jumpFails: cellEdit });
    const event = completion();
    const done = ribbonHandler("rank", { workbench: () => workbench, noticePage: NOTICE_PAGE })(event);
    await settle();
    const notice = noticeIn(office.requests[0].url);
    expect(notice.title).toBe("一键排名已完成");
    expect(notice.message).toContain("已对 3 个单位排名。");
    expect(notice.message).toContain("按 Enter 或 Esc 结束编辑");
    office.requests[0].clickClose();
    await done;
    expect(event.count).toBe(1);
  });
});

describe("a ranking blocked by errors in the data", () => {
  it("jumps to 校验结果 and opens a dialog counting the errors, not the warnings", async () => {
    const { workbench, jumps } = fakeWorkbench(BLOCKED);
    const event = completion();
    const done = ribbonHandler("rank", { workbench: () => workbench, noticePage: NOTICE_PAGE })(event);
    await settle();
    expect(jumps).toEqual(["校验结果!A1"]);
    expect(office.requests).toHaveLength(1);
    const notice = noticeIn(office.requests[0].url);
    expect(notice.page).toBe(NOTICE_PAGE);
    expect(notice.message).toMatch(/^发现 2 个错误，未进行排名，详见“校验结果”工作表/);
    // The operation's words travel whole: the user learns the old results were marked 已失效.
    expect(notice.message).toContain("原排名结果和问责名单已标为已失效");
    office.requests[0].clickClose();
    await done;
    expect(event.count).toBe(1);
  });
});

describe("a workbook that is not a 提升年 workbook", () => {
  it.each(["rank", "validate"] as const)("%s jumps nowhere and says in one notice that nothing was done", async (kind) => {
    const { workbench, jumps } = fakeWorkbench(FOREIGN);
    const event = completion();
    const done = ribbonHandler(kind, { workbench: () => workbench, noticePage: NOTICE_PAGE })(event);
    await settle();
    expect(jumps).toEqual([]);
    expect(office.requests).toHaveLength(1);
    expect(noticeIn(office.requests[0].url).message).toBe(FOREIGN_WORKBOOK_MESSAGE);
    office.requests[0].clickClose();
    await done;
    expect(event.count).toBe(1);
  });
});

describe("a run that throws", () => {
  it("opens a small dialog whose URL carries the error's Chinese message", async () => {
    const { workbench, jumps } = fakeWorkbench(ACCESS_DENIED);
    const done = ribbonHandler("rank", { workbench: () => workbench, noticePage: NOTICE_PAGE })(completion());
    await settle();
    expect(jumps).toEqual([]);
    const [request] = office.requests;
    const notice = noticeIn(request.url);
    expect(notice.page).toBe(NOTICE_PAGE);
    expect(notice.title).toBe("一键排名未完成");
    expect(notice.message).toBe(ACCESS_DENIED.message);
    expect(notice.message).toContain("撤消工作表保护");
    expect(request.options).toMatchObject({ height: 30, width: 30 });
    request.clickClose();
    await done;
  });

  it("reports a workbench that cannot be built (a missing API set) the same way", async () => {
    const missing = () => {
      throw new Error("此版本的 Excel 不支持 ExcelApi 1.8。");
    };
    const event = completion();
    const done = ribbonHandler("validate", { workbench: missing, noticePage: NOTICE_PAGE })(event);
    await settle();
    expect(noticeIn(office.requests[0].url)).toMatchObject({ title: "校验未完成", message: "此版本的 Excel 不支持 ExcelApi 1.8。" });
    office.requests[0].closeByUser();
    await done;
    expect(event.count).toBe(1);
  });

  it("completes the event only after the dialog is closed, and closes it when its 关闭 is clicked", async () => {
    const { workbench } = fakeWorkbench(ACCESS_DENIED);
    const event = completion();
    const done = ribbonHandler("rank", { workbench: () => workbench, noticePage: NOTICE_PAGE })(event);
    await settle();
    // Excel ends the command's runtime, and the dialog with it, at completed().
    expect(event.count).toBe(0);
    office.requests[0].clickClose();
    await done;
    expect(office.requests[0].closed).toBe(true);
    expect(event.count).toBe(1);
  });

  it("completes the event when the user closes the dialog with its own ×", async () => {
    const { workbench } = fakeWorkbench(ACCESS_DENIED);
    const event = completion();
    const done = ribbonHandler("rank", { workbench: () => workbench, noticePage: NOTICE_PAGE })(event);
    await settle();
    office.requests[0].closeByUser();
    await done;
    expect(event.count).toBe(1);
    expect(logged).not.toHaveBeenCalled();
  });
});

describe("when the dialog cannot be shown", () => {
  const cases: [string, DialogBehaviour][] = [
    ["another dialog is already open (12007)", { fails: { code: 12007, message: "A dialog box is already opened." } }],
    ["displayDialogAsync throws", "throws"],
    ["this Excel has no Dialog API", "unsupported"],
  ];

  it.each(cases)("writes the message to the console, never throws, and completes: %s", async (_name, behaviour) => {
    useOffice(behaviour);
    const { workbench } = fakeWorkbench(ACCESS_DENIED);
    const event = completion();
    await expect(ribbonHandler("rank", { workbench: () => workbench, noticePage: NOTICE_PAGE })(event)).resolves.toBeUndefined();
    expect(event.count).toBe(1);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(ACCESS_DENIED.message));
  });

  it("logs, closes the dialog and completes when the page could not be loaded (12002)", async () => {
    const { workbench } = fakeWorkbench(BLOCKED);
    const event = completion();
    const done = ribbonHandler("rank", { workbench: () => workbench, noticePage: NOTICE_PAGE })(event);
    await settle();
    office.requests[0].fireEvent(12002);
    await done;
    expect(office.requests[0].closed).toBe(true);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("发现 2 个错误"));
    expect(event.count).toBe(1);
  });

  it("still completes the event when showing the notice rejects", async () => {
    const { workbench } = fakeWorkbench(ACCESS_DENIED);
    const event = completion();
    const showNotice = () => Promise.reject(new Error("broken"));
    await expect(ribbonHandler("rank", { workbench: () => workbench, noticePage: NOTICE_PAGE, showNotice })(event)).resolves.toBeUndefined();
    expect(event.count).toBe(1);
  });
});
