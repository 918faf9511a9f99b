/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { defaultSettings } from "../../src/domain/settings";
import { ExcelOperationError, FakeWorkbench, STEPS } from "./fake-workbench";
import { button, isDisabled, renderApp } from "./render-app";

async function renderReady(workbench: FakeWorkbench) {
  renderApp({ workbench });
  // The pane reads the workbook state first; the create button reflects it once read.
  await screen.findByText(/活动年度：2010年/);
}

describe("the pane's actions", () => {
  it("runs 一键排名 on the workbench and shows the ranking summary", async () => {
    const wb = new FakeWorkbench("excel", { presentSheets: ["单位名册"], missingSheets: [] });
    wb.rankOutcome = {
      ok: true,
      findings: [],
      message: "排名完成：共 3 个类别",
      summary: {
        ranked: 148,
        unranked: 2,
        accountability: 9,
        needsReview: 1,
        categories: [
          { category: "镇(区)", ranked: 10, bottom: [] },
          { category: "重点科室", ranked: 98, bottom: [] },
        ],
        entries: [],
      },
    };
    await renderReady(wb);
    fireEvent.click(button("一键排名"));

    expect(await screen.findByText("排名完成：共 3 个类别")).toBeTruthy();
    expect(screen.getByText("已排名单位：148 个")).toBeTruthy();
    expect(screen.getByText("未参评：2 个")).toBeTruthy();
    expect(screen.getByText("问责名单：9 条")).toBeTruthy();
    expect(screen.getByText("需复核：1 条")).toBeTruthy();
    expect(screen.getByText("镇(区)（共 10 个单位）")).toBeTruthy();
    expect(screen.getByText("重点科室（共 98 个单位）")).toBeTruthy();
    expect(wb.actions()).toEqual([{ op: "rank" }]);
    // Focus moves to the outcome, which the keyboard user hears first; the live region announces it too.
    expect(document.activeElement).toBe(screen.getByRole("region", { name: "操作结果" }));
    expect(screen.getByRole("status", { name: "操作进展" }).textContent).toBe("已完成：排名完成：共 3 个类别");
  });

  it("runs 校验 on the workbench and shows its message", async () => {
    const wb = new FakeWorkbench("excel");
    wb.validateOutcome = { ok: true, findings: [], message: "校验完成：未发现问题" };
    await renderReady(wb);
    fireEvent.click(button("校验"));
    expect(await screen.findByText("校验完成：未发现问题")).toBeTruthy();
    expect(wb.actions()).toEqual([{ op: "validate" }]);
  });

  it("shows the step label and disables every button while an action runs, and enables them after", async () => {
    const wb = new FakeWorkbench("excel");
    await renderReady(wb);
    const release = wb.hold();
    fireEvent.click(button("校验"));

    expect(await screen.findByText(STEPS.read)).toBeTruthy();
    for (const name of ["一键排名", "校验"]) expect(isDisabled(button(name))).toBe(true);

    // A second click while running must not start a second run.
    fireEvent.click(button("一键排名"));
    await act(async () => release());

    await waitFor(() => expect(isDisabled(button("一键排名"))).toBe(false));
    expect(isDisabled(button("校验"))).toBe(false);
    expect(screen.queryByText(STEPS.read)).toBeNull();
    expect(wb.actions()).toEqual([{ op: "validate" }]);
  });

  it("shows the Chinese message of an exception from the workbench in a MessageBar, and runs again after", async () => {
    const wb = new FakeWorkbench("excel");
    await renderReady(wb);
    wb.failNext = new ExcelOperationError("写入“排名结果”失败：工作表受保护，请先撤销保护。");
    fireEvent.click(button("一键排名"));

    const shown = await screen.findByText("写入“排名结果”失败：工作表受保护，请先撤销保护。");
    expect(shown.closest(".ms-MessageBar")).not.toBeNull();
    // Focus goes to the error, not to the page body.
    expect(document.activeElement?.contains(shown)).toBe(true);
    expect(isDisabled(button("一键排名"))).toBe(false);

    fireEvent.click(button("一键排名"));
    await waitFor(() => expect(screen.queryByText(/工作表受保护/)).toBeNull());
    expect(wb.actions()).toEqual([{ op: "rank" }, { op: "rank" }]);
  });

  it("copies the error's details with the mode and the workbook's stage when 复制详情 is pressed", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    try {
      const wb = new FakeWorkbench("excel", { settings: defaultSettings(2010) });
      await renderReady(wb);
      wb.failNext = new ExcelOperationError("写入“排名结果”失败：工作表受保护，请先撤销保护。");
      fireEvent.click(button("一键排名"));
      await screen.findByText("写入“排名结果”失败：工作表受保护，请先撤销保护。");
      fireEvent.click(button("复制详情"));
      expect(await screen.findByText("已复制")).toBeTruthy();
      const copied = String(writeText.mock.calls[0][0]);
      expect(copied).toContain("发生了什么：写入“排名结果”失败：工作表受保护，请先撤销保护。");
      expect(copied).toContain("模式：在 Excel 中操作当前工作簿");
      expect(copied).toContain("工作簿阶段：评议考核（2010-10-01 至 2010-12-31）");
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it("shows an error when the workbook state cannot be read", async () => {
    const wb = new FakeWorkbench("excel");
    wb.failState = new ExcelOperationError("无法读取工作簿：请退出单元格编辑后重试。");
    renderApp({ workbench: wb });
    expect(await screen.findByText("无法读取工作簿：请退出单元格编辑后重试。")).toBeTruthy();
  });

  it("shows a blocked outcome's message when errors in the data stopped the ranking", async () => {
    const wb = new FakeWorkbench("excel");
    wb.rankOutcome = {
      ok: false,
      findings: [{ severity: "error", sheet: "评议评分", cell: "D7", rule: "score.range", message: "得分应在 0–100 之间，此处为 120" }],
      message: "发现 1 个错误，未进行排名",
    };
    await renderReady(wb);
    fireEvent.click(button("一键排名"));
    expect(await screen.findByText("发现 1 个错误，未进行排名")).toBeTruthy();
    expect(screen.queryByText(/已排名单位/)).toBeNull();
    expect(screen.getByText("得分应在 0–100 之间，此处为 120")).toBeTruthy();
  });
});
