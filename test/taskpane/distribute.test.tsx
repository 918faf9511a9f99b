/**
 * @jest-environment jsdom
 *
 * The 分发汇总 tab (issue 12, item 2; issue 10's pane parts): 分发填报模板 downloads the .zip,
 * 汇总回收文件 previews every file (nothing written) and writes only on 确认汇总, 撤销上次汇总,
 * and a blocked action says why.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CollectSummary } from "../../src/app/workbench";
import { EMPTY_WORKBOOK, FakeWorkbench } from "./fake-workbench";
import { button, isDisabled, openTab, renderApp } from "./render-app";

/** 15 April 2010: 组织推进, when 分发汇总 opens first. */
const APRIL_15_2010 = () => new Date(2010, 3, 15, 10, 0, 0);

const PREVIEW: CollectSummary = {
  batch: "2010-04-15T02:00:00.000Z",
  written: false,
  files: [
    {
      file: "A01_甲镇_2010.xlsx",
      unitCode: "A01",
      status: "merged",
      reason: "与上次汇总相比有变化，确认后替换该单位的行。",
      rows: { added: 2, changed: 1, removed: 0, unchanged: 3 },
      perSheet: { plans: { added: 1, changed: 0, removed: 0, unchanged: 0 }, progress: { added: 1, changed: 1, removed: 0, unchanged: 3 } },
      conflicts: [],
    },
    {
      file: "乙局.xlsx",
      unitCode: "",
      status: "unclaimed",
      reason: "文件中没有分发时写入的标识，无法确定是哪个单位的，未汇总。",
      rows: { added: 0, changed: 0, removed: 0, unchanged: 0 },
      perSheet: {},
      conflicts: [],
    },
  ],
  notSubmitted: ["B02"],
  notSubmittedUnits: [{ code: "B02", name: "乙局", category: "市级机关部门" }],
  unitNames: { A01: "甲镇" },
  conflicts: [],
  changesMaster: true,
};

function pick(files: { name: string; bytes: number[] }[]) {
  const input = screen.getByLabelText("选择回收文件（.xlsx，可多选）") as HTMLInputElement;
  expect(input.multiple).toBe(true);
  expect(input.accept).toContain(".xlsx");
  fireEvent.change(input, { target: { files: files.map((f) => new File([new Uint8Array(f.bytes)], f.name)) } });
}

async function renderDistribute(wb: FakeWorkbench) {
  renderApp({ workbench: wb, now: APRIL_15_2010 });
  await screen.findByText("活动年度：2010年", undefined, { timeout: 5000 });
  // 组织推进: the tab is open first, and 汇总回收文件 comes before 分发填报模板.
  expect(screen.getByRole("tab", { name: "分发汇总" }).getAttribute("aria-selected")).toBe("true");
}

describe("the 分发汇总 tab", () => {
  let clicked: { download: string; type: string }[];

  beforeEach(() => {
    clicked = [];
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => `blob:test/${blobs.push(blob)}`;
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, type: blobs[Number(this.href.split("/").pop()) - 1]?.type ?? "" });
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it("puts 汇总回收文件 first in 组织推进", async () => {
    await renderDistribute(new FakeWorkbench("excel"));
    const panel = screen.getByRole("tabpanel");
    const headings = within(panel)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings.slice(0, 2)).toEqual(["汇总回收文件", "分发填报模板"]);
  });

  it("downloads the .zip of templates that 分发填报模板 returns, and focuses the outcome", async () => {
    const wb = new FakeWorkbench("excel");
    wb.distributeOutcome = {
      ok: true,
      findings: [],
      message: "已生成 150 份填报模板",
      summary: { count: 150, zipName: "填报模板_2010.zip", zip: new Uint8Array([0x50, 0x4b]), unknownUnits: [] },
    };
    await renderDistribute(wb);
    fireEvent.click(button("分发填报模板"));
    await screen.findByText("已生成 150 份填报模板", undefined, { timeout: 5000 });
    expect(wb.actions()).toEqual([{ op: "distributeTemplates", units: undefined }]);
    await waitFor(() => expect(clicked).toEqual([{ download: "填报模板_2010.zip", type: "application/zip" }]));
    expect(document.activeElement).toBe(screen.getByRole("region", { name: "操作结果" }));
    // Offered again on demand, never twice on its own.
    fireEvent.click(button("再次下载 填报模板_2010.zip"));
    expect(clicked).toHaveLength(2);
  });

  it("previews the picked files without writing, and writes only on 确认汇总", async () => {
    const wb = new FakeWorkbench("excel");
    wb.collectOutcome = { ok: true, findings: [], message: "预览：2 份文件，1 份可合并", summary: PREVIEW };
    await renderDistribute(wb);
    pick([
      { name: "A01_甲镇_2010.xlsx", bytes: [1, 2] },
      { name: "乙局.xlsx", bytes: [3] },
    ]);
    await screen.findByText("汇总预览（尚未写入）", undefined, { timeout: 5000 });
    expect(wb.actions()).toEqual([{ op: "collect", files: ["A01_甲镇_2010.xlsx", "乙局.xlsx"], write: false }]);

    const outcome = screen.getByRole("region", { name: "操作结果" });
    expect(document.activeElement).toBe(outcome);
    const [first, second] = within(outcome).getAllByRole("table");
    expect(within(first).getByText("A01_甲镇_2010.xlsx")).toBeTruthy();
    expect(within(first).getByText(/^可合并：/)).toBeTruthy();
    expect(within(first).getByRole("rowheader", { name: "工作进度" }).nextSibling?.textContent).toBe("新增 1 行，修改 1 行，未变 3 行，删除 0 行");
    expect(within(second).getByText(/^待认领：文件中没有分发时写入的标识/)).toBeTruthy();
    expect(screen.getByText("尚未报送的单位（1 个）：B02")).toBeTruthy();

    wb.collectOutcome = { ok: true, findings: [], message: "已汇总 1 份文件", summary: { ...PREVIEW, written: true } };
    fireEvent.click(button("确认汇总"));
    await screen.findByText("汇总结果", undefined, { timeout: 5000 });
    expect(wb.actions()).toEqual([
      { op: "collect", files: ["A01_甲镇_2010.xlsx", "乙局.xlsx"], write: false },
      { op: "collect", files: ["A01_甲镇_2010.xlsx", "乙局.xlsx"], write: true },
    ]);
    expect(screen.getByText(/^已合并：/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "确认汇总" })).toBeNull();
  });

  it("says why 确认汇总 cannot run when the batch changes nothing", async () => {
    const wb = new FakeWorkbench("excel");
    wb.collectOutcome = { ok: true, findings: [], message: "预览：无变化", summary: { ...PREVIEW, changesMaster: false } };
    await renderDistribute(wb);
    pick([{ name: "A01_甲镇_2010.xlsx", bytes: [1] }]);
    const confirm = await screen.findByRole("button", { name: "确认汇总" }, { timeout: 5000 });
    expect(isDisabled(confirm)).toBe(true);
    const reason = document.getElementById(confirm.getAttribute("aria-describedby") ?? "");
    expect(reason?.textContent).toContain("不会改动汇总表");
    fireEvent.click(confirm);
    expect(wb.actions().filter((c) => c.op === "collect" && c.write)).toEqual([]);
  });

  it("runs 撤销上次汇总", async () => {
    const wb = new FakeWorkbench("excel");
    await renderDistribute(wb);
    fireEvent.click(button("撤销上次汇总"));
    await screen.findByText("撤销结果", undefined, { timeout: 5000 });
    expect(wb.actions()).toEqual([{ op: "undoCollect" }]);
  });

  it("says why nothing can be handed out in a workbook without the standard sheets, and runs nothing", async () => {
    const wb = new FakeWorkbench("excel", EMPTY_WORKBOOK);
    renderApp({ workbench: wb, now: APRIL_15_2010 });
    await screen.findByText(/活动年度：未设置/, undefined, { timeout: 5000 });
    openTab("分发汇总");
    const distribute = button("分发填报模板");
    expect(isDisabled(distribute)).toBe(true);
    expect(document.getElementById(distribute.getAttribute("aria-describedby") ?? "")?.textContent).toContain("请先在“准备”中点击“创建标准工作簿”");
    await act(async () => fireEvent.click(distribute));
    expect(wb.actions()).toEqual([]);
  });

  it("in a workbook without 活动编号, says to add it first, and 补记活动编号 in 准备 adds it", async () => {
    const wb = new FakeWorkbench("excel", { campaignIdMissing: true });
    await renderDistribute(wb);
    const distribute = button("分发填报模板");
    expect(isDisabled(distribute)).toBe(true);
    expect(document.getElementById(distribute.getAttribute("aria-describedby") ?? "")?.textContent).toContain("请先在“准备”中点击“补记活动编号”");
    await act(async () => fireEvent.click(distribute));
    expect(wb.actions()).toEqual([]);

    openTab("准备");
    fireEvent.click(button("补记活动编号"));
    await waitFor(() => expect(wb.actions()).toEqual([{ op: "createWorkbook", year: 2010, demo: false }]));
    // The fake's create fills in what was missing: the button goes away and 分发 can run.
    await waitFor(() => expect(screen.queryByRole("button", { name: "补记活动编号" })).toBeNull());
    openTab("分发汇总");
    await waitFor(() => expect(isDisabled(button("分发填报模板"))).toBe(false));
  });
});
