/**
 * The operations' own messages name buttons the pane shows in that situation (issue 8). The
 * 准备 tab's create button reads 创建标准工作簿 only while the workbook has no contract sheet
 * and 补齐缺失工作表 once it has some, in Excel and in file mode alike (PrepareTab takes no
 * mode): 分发填报模板, 撤销上次汇总 and 按新年度更新日期限制 used to say “创建标准工作簿” to a
 * workbook that lacked only some sheets. Every fixed message of the app layer and the pane's
 * blockers passes the same wording checks as the catalogues.
 */
import { COLLECT_CANCELLED_MESSAGE, collectOperation } from "../../src/app/collect-operation";
import { NO_FILE_TOOLS_MESSAGE } from "../../src/app/collect-files";
import { createOperation } from "../../src/app/create-operation";
import { updateDateLimitsOperation } from "../../src/app/date-limits-operation";
import { distributeOperation } from "../../src/app/distribute-operation";
import { FOREIGN_WORKBOOK_MESSAGE } from "../../src/app/foreign-workbook";
import {
  addSheetsAdvice,
  COMPLETE_BUTTON,
  CREATE_BUTTON,
  missingSheetsMessage,
  PANE_TABS,
  VALIDATE_BUTTON,
  validateFirstAdvice,
} from "../../src/app/pane-advice";
import { undoCollectOperation } from "../../src/app/undo-operation";
import type { WorkbenchState } from "../../src/app/workbench";
import { SETTINGS_SHEET, TASKS_SHEET, UNITS_SHEET } from "../../src/sheets/contract";
import { rosterBlocker, workbookBlocker } from "../../src/taskpane/blockers";
import { createActionOf, dateLimitsOfferOf } from "../../src/taskpane/create-action";
import { newXlsxPort, type XlsxHandle } from "../../src/xlsx/xlsx-port";
import { paneLabels, wordingProblems } from "../support/wording";

const now = new Date(2010, 10, 1, 12, 0);
const quiet = () => undefined;
const sha256 = async () => "0".repeat(64);
const labels = paneLabels();

const FILL = `在提升年工作台的“准备”中点击“${COMPLETE_BUTTON}”`;
const CREATE = `在提升年工作台的“准备”中点击“${CREATE_BUTTON}”`;

/** A standard workbook (demo data, with 活动编号) as a file, without the sheets named. */
async function masterWithout(...sheets: string[]): Promise<XlsxHandle> {
  const handle = await newXlsxPort();
  await handle.port.run((s) => createOperation(s, { year: 2010, demo: true, campaignId: "c".repeat(32) }, now, quiet));
  for (const name of sheets) handle.workbook.removeWorksheet(handle.workbook.getWorksheet(name)!.id);
  return handle;
}

function distribute(handle: XlsxHandle) {
  return handle.port.run((s) => distributeOperation(s, { now, sha256, record: false, buildTemplate: async () => undefined }));
}

describe("the pane's buttons that messages name", () => {
  it("are the labels the pane shows: the create button's two labels, 校验 and the four tabs", () => {
    for (const label of [CREATE_BUTTON, COMPLETE_BUTTON, VALIDATE_BUTTON, ...Object.values(PANE_TABS)]) expect(labels).toContain(label);
  });
});

describe("a workbook that lacks some standard sheets is sent to 补齐缺失工作表", () => {
  it("分发填报模板 without 单位名册", async () => {
    const outcome = await distribute(await masterWithout(UNITS_SHEET.name));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain("「单位名册」");
    expect(outcome.message).toContain(FILL);
    expect(outcome.message).not.toContain(CREATE_BUTTON);
  });

  it("分发填报模板 without any of the three sheets it reads, while other standard sheets remain", async () => {
    const outcome = await distribute(await masterWithout(SETTINGS_SHEET.name, UNITS_SHEET.name, TASKS_SHEET.name));
    expect(outcome.message).toContain(FILL);
    expect(outcome.message).not.toContain(CREATE_BUTTON);
  });

  it("撤销上次汇总 without 单位名册 (the message 汇总回收文件 shares)", async () => {
    const handle = await masterWithout(UNITS_SHEET.name);
    const outcome = await handle.port.run((s) => undoCollectOperation(s, now, quiet));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain(FILL);
    expect(outcome.message).not.toContain(CREATE_BUTTON);
  });

  it("撤销上次汇总 and 汇总回收文件 on a workbook whose only standard sheets are ones they do not read: 补齐, not “not a 提升年 workbook”", async () => {
    const keepOnly = ["评议评分", "评议主体"];
    const handle = await masterWithout();
    for (const ws of [...handle.workbook.worksheets]) if (!keepOnly.includes(ws.name)) handle.workbook.removeWorksheet(ws.id);
    const undo = await handle.port.run((s) => undoCollectOperation(s, now, quiet));
    const noTools = {} as Parameters<typeof collectOperation>[4];
    const file = { name: "Z01.xlsx", data: new ArrayBuffer(0) };
    const collect = await handle.port.run((s) => collectOperation(s, [file], { write: false }, now, noTools, quiet));
    for (const outcome of [undo, collect]) {
      expect(outcome.ok).toBe(false);
      expect(outcome.message).not.toBe(FOREIGN_WORKBOOK_MESSAGE);
      expect(outcome.message).toContain("「单位名册」");
      expect(outcome.message).toContain(FILL);
    }
    expect(handle.workbook.worksheets.map((w) => w.name).sort()).toEqual([...keepOnly].sort());
  });

  it("按新年度更新日期限制 without 参数设置", async () => {
    const handle = await masterWithout(SETTINGS_SHEET.name);
    const outcome = await handle.port.run((s) => updateDateLimitsOperation(s, now, quiet));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain(FILL);
    expect(outcome.message).not.toContain(CREATE_BUTTON);
  });
});

describe("a workbook without any standard sheet is sent to 创建标准工作簿", () => {
  it("分发填报模板 on an empty workbook", async () => {
    const empty = await newXlsxPort();
    empty.workbook.addWorksheet("Sheet1");
    const outcome = await distribute(empty);
    expect(outcome.message).toContain(CREATE);
  });

  it("按新年度更新日期限制 on an empty workbook", async () => {
    const empty = await newXlsxPort();
    empty.workbook.addWorksheet("Sheet1");
    const outcome = await empty.port.run((s) => updateDateLimitsOperation(s, now, quiet));
    expect(outcome.message).toContain(CREATE);
  });

  it("校验 and 一键排名's one line for a workbook that is not a 提升年 workbook", () => {
    expect(FOREIGN_WORKBOOK_MESSAGE).toContain(CREATE);
  });
});

describe("校验 is named with the tab it is in", () => {
  it("分发填报模板 refused for errors in 单位名册 sends the user to 考核's 校验", async () => {
    const handle = await masterWithout();
    handle.workbook.getWorksheet(UNITS_SHEET.name)!.getCell("A2").value = "";
    const outcome = await distribute(handle);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain(`在提升年工作台的“考核”中点击“${VALIDATE_BUTTON}”`);
  });
});

const STATES: WorkbenchState[] = [
  { presentSheets: ["Sheet1"], missingSheets: ["单位名册", "评议评分"], year: null },
  { presentSheets: ["评议评分"], missingSheets: ["单位名册"], year: 2010 },
  { presentSheets: ["单位名册"], missingSheets: [], year: 2011, dateLimitYear: 2010, campaignIdMissing: true },
];

describe("every fixed message of the app layer and the pane's blockers", () => {
  const messages = [
    FOREIGN_WORKBOOK_MESSAGE,
    NO_FILE_TOOLS_MESSAGE,
    COLLECT_CANCELLED_MESSAGE,
    addSheetsAdvice(true),
    addSheetsAdvice(false),
    missingSheetsMessage(["单位名册", "重点工作"], "分发填报模板", true),
    validateFirstAdvice("分发"),
    ...STATES.flatMap((state) => [workbookBlocker(state), rosterBlocker(state), createActionOf(state).hint, dateLimitsOfferOf(state)?.hint]),
  ].filter((m): m is string => typeof m === "string");

  it.each(messages)("%s", (message) => {
    expect(wordingProblems(message, labels)).toEqual([]);
  });

  it("the pane's blocker for a workbook with some standard sheets but no 单位名册 names 补齐缺失工作表", () => {
    const blocker = rosterBlocker(STATES[1]);
    expect(blocker).toContain(`在“准备”中点击“${COMPLETE_BUTTON}”`);
    expect(workbookBlocker(STATES[0])).toContain(`在“准备”中点击“${CREATE_BUTTON}”`);
  });
});
