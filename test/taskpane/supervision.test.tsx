/** @jest-environment jsdom */
/**
 * The pane's 督查 section: the 数据截至 date (today by default, yyyy-mm-dd checked), the
 * batch chosen in the dropdown reaching report(), statuses shown as words (a colour only
 * beside them), and 工作看板's figures with its charts loaded lazily.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { DashboardSummary, ReportLights } from "../../src/app/dashboard-operation";
import type { TaskLight } from "../../src/domain/supervision/dashboard";
import { DOCX_TYPE } from "../../src/taskpane/download";
import { FakeWorkbench } from "./fake-workbench";
import { AUGUST_15_2010, button, isDisabled, renderApp } from "./render-app";
import { useUmdD3 } from "./supervision-d3";

useUmdD3();

const light = (seq: number, status: TaskLight["status"], actual: number | null = 50): TaskLight => ({
  seq,
  content: `第${seq}项工作内容`,
  lead: "市监察局",
  deadline: "2010-12-31",
  expected: 62.1,
  actual,
  lastReport: actual === null ? null : "2010-08-01",
  status,
});
const LIGHTS = [light(1, "已完成", 100), light(2, "逾期", 95), light(3, "滞后", 10), light(4, "正常", 60), light(5, "未报送", null)];

function reportOutcome(): ReportLights {
  const counts = { 已完成: 1, 逾期: 1, 未报送: 1, 滞后: 1, 正常: 1 };
  return {
    asOf: "2010-08-15",
    batch: "上半年集中督查",
    sheet: "督查通报-上半年集中督查",
    statusCounts: counts,
    overdueRectification: 0,
    circulated: 2,
    tasks: LIGHTS,
  };
}

function board(): DashboardSummary {
  return {
    asOf: "2010-08-15",
    year: 2010,
    sheet: "工作看板",
    stage: { name: "自查自纠", from: "2010-07-01", to: "2010-09-30", what: "查找问题" },
    plans: { deadline: "2010-03-05", due: 4, onTime: 1, late: 1, missing: 2, submittedRate: 50, onTimeRate: 25 },
    statusCounts: LIGHTS.map((t) => ({ status: t.status, count: 1 })),
    tasks: LIGHTS,
    behind: [LIGHTS[1], LIGHTS[2]],
    rectification: {
      byCategory: [{ category: "镇(区)", units: 1, found: 2, closed: 1, rate: 50, overdue: 1 }],
      total: { found: 2, closed: 1, rate: 50, overdue: 1 },
    },
    batches: [
      { batch: "第一季度常规督查", from: "2010-01-01", to: "2010-03-31", found: 3, circulated: 2, units: 2 },
      { batch: "第二季度常规督查", from: "2010-04-01", to: "2010-06-30", found: 1, circulated: 0, units: 1 },
    ],
  };
}

async function renderReady(wb: FakeWorkbench) {
  // In August (自查自纠) the pane opens on 督查.
  renderApp({ workbench: wb, now: AUGUST_15_2010 });
  await screen.findByText(/活动年度：2010年/);
  return screen.getByRole("region", { name: "督查" });
}

describe("the pane's 督查 section", () => {
  describe("下载通报（Word）", () => {
    const fileName = "督查通报-第三季度常规督查-2010-08-15.docx";
    let blobs: Blob[];
    let downloads: string[];
    beforeEach(() => {
      blobs = [];
      downloads = [];
      URL.createObjectURL = jest.fn((blob: Blob) => {
        blobs.push(blob);
        return "blob:notice";
      });
      URL.revokeObjectURL = jest.fn();
      jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      });
    });
    afterEach(() => jest.restoreAllMocks());

    it("writes the notice for the batch and date chosen and hands its Word document to the browser as a download", async () => {
      const wb = new FakeWorkbench("excel");
      const bytes = new Uint8Array([80, 75, 3, 4]);
      wb.noticeWordOutcome = {
        ok: true,
        findings: [],
        message: `通报的 Word 文档“${fileName}”已交给浏览器下载。`,
        summary: { ...reportOutcome(), fileName, bytes },
      };
      const section = await renderReady(wb);
      fireEvent.click(button("下载通报（Word）"));
      expect(await within(section).findByText(/已交给浏览器下载/)).toBeTruthy();
      expect(wb.actions()).toEqual([{ op: "noticeWord", asOf: "2010-08-15", batch: "第三季度常规督查" }]);
      expect(downloads).toEqual([fileName]);
      expect(blobs.map((b) => [b.type, b.size])).toEqual([[DOCX_TYPE, 4]]);
      // The lights of the notice are listed as with 生成督查通报.
      expect(within(section).getByRole("list", { name: "重点工作列表" })).toBeTruthy();
    });

    it("downloads nothing when errors in the data blocked the notice", async () => {
      const wb = new FakeWorkbench("excel");
      wb.noticeWordOutcome = { ok: false, findings: [], message: "发现 1 个错误，未生成督查通报。请按提示修改这些单元格后重新生成。" };
      const section = await renderReady(wb);
      fireEvent.click(button("下载通报（Word）"));
      expect(await within(section).findByText(/未生成督查通报/)).toBeTruthy();
      expect(downloads).toEqual([]);
    });
  });

  it("starts at today's date and the quarter that holds it", async () => {
    const section = await renderReady(new FakeWorkbench("excel"));
    expect((within(section).getByLabelText("数据截至") as HTMLInputElement).value).toBe("2010-08-15");
    expect(within(section).getByRole("combobox", { name: /^督查批次/ }).textContent).toContain("第三季度常规督查");
  });

  it("calls report with the batch chosen in the dropdown and the date typed, and lists every task's status as a word", async () => {
    const wb = new FakeWorkbench("excel");
    wb.reportOutcome = { ok: true, findings: [], message: "已生成“督查通报-上半年集中督查”", summary: reportOutcome() };
    const section = await renderReady(wb);
    fireEvent.change(within(section).getByLabelText("数据截至"), { target: { value: "2010-07-05" } });
    fireEvent.click(within(section).getByRole("combobox", { name: /^督查批次/ }));
    fireEvent.click(await screen.findByRole("option", { name: "上半年集中督查" }));
    fireEvent.click(button("生成督查通报"));

    expect(await within(section).findByText("已生成“督查通报-上半年集中督查”")).toBeTruthy();
    expect(wb.actions()).toEqual([{ op: "report", asOf: "2010-07-05", batch: "上半年集中督查" }]);
    const list = within(section).getByRole("list", { name: "重点工作列表" });
    const items = within(list).getAllByRole("listitem");
    // Tasks to chase first, each named by its status word (not by colour).
    expect(
      items.map((li) =>
        li
          .getAttribute("aria-label")
          ?.match(/^第(\d+)项，(\S+?)：/)
          ?.slice(1)
      )
    ).toEqual([
      ["2", "逾期"],
      ["3", "滞后"],
      ["5", "未报送"],
      ["4", "正常"],
      ["1", "已完成"],
    ]);
    for (const [li, word] of items.map((li, i) => [li, ["逾期", "滞后", "未报送", "正常", "已完成"][i]] as const)) {
      expect(within(li).getByText(word)).toBeTruthy();
    }
    expect(items[2].getAttribute("aria-label")).toContain("牵头单位未报送进度");
    const counts = within(section).getByRole("list", { name: "各状态的重点工作数" });
    expect(within(counts).getByText("逾期 1 项")).toBeTruthy();
  });

  it("refuses a date that is not yyyy-mm-dd, says how to write it, and enables the buttons again once it is", async () => {
    const wb = new FakeWorkbench("excel");
    const section = await renderReady(wb);
    const box = within(section).getByLabelText("数据截至");
    fireEvent.change(box, { target: { value: "2010/9/30" } });
    expect(await within(section).findByText(/请按 yyyy-mm-dd 填写一个有效日期/)).toBeTruthy();
    expect(isDisabled(button("生成督查通报"))).toBe(true);
    fireEvent.change(box, { target: { value: "2010-02-30" } });
    expect(isDisabled(button("生成工作看板"))).toBe(true);
    fireEvent.change(box, { target: { value: "2010-09-30" } });
    await waitFor(() => expect(isDisabled(button("生成工作看板"))).toBe(false));
    expect(wb.actions()).toEqual([]);
  });

  it("shows 工作看板's figures in words and loads its charts", async () => {
    const wb = new FakeWorkbench("excel");
    wb.dashboardOutcome = { ok: true, findings: [], message: "已生成“工作看板”", summary: board() };
    const section = await renderReady(wb);
    fireEvent.click(button("生成工作看板"));
    expect(await within(section).findByText("已生成“工作看板”", undefined, { timeout: 5000 })).toBeTruthy();
    expect(wb.actions()).toEqual([{ op: "dashboard", asOf: "2010-08-15" }]);
    expect(within(section).getByText(/当前阶段：自查自纠（7月1日–9月30日）/)).toBeTruthy();
    expect(within(section).getByText(/报送率 50%/)).toBeTruthy();
    expect(within(section).getByText(/销号率 50%/)).toBeTruthy();
    expect(within(section).getByText(/共发现问题 4 条，其中通报 2 条/)).toBeTruthy();
    // The charts arrive from their own chunk.
    expect(await within(section).findByRole("figure", { name: "重点工作状态" }, { timeout: 30_000 })).toBeTruthy();
    expect(within(section).getByRole("figure", { name: "各批次督查发现问题（条）" })).toBeTruthy();
    expect(within(section).queryByText(/图表未能加载/)).toBeNull();
  }, 60_000);

  it("shows a failed run's message and enables the section again", async () => {
    const wb = new FakeWorkbench("excel");
    wb.failNext = new Error("写入工作表失败：工作表受保护。");
    const section = await renderReady(wb);
    await act(async () => fireEvent.click(button("生成督查通报")));
    expect(await within(section).findByText("写入工作表失败：工作表受保护。")).toBeTruthy();
    expect(isDisabled(button("生成督查通报"))).toBe(false);
  });
});
