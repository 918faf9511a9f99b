/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { EMPTY_WORKBOOK, FakeWorkbench } from "./fake-workbench";
import { button, isDisabled, openTab, renderApp } from "./render-app";
import { createActionOf, dateLimitsOfferOf } from "../../src/taskpane/create-action";

describe("createActionOf", () => {
  it("offers 创建标准工作簿 when no contract sheet exists", () => {
    expect(createActionOf({ presentSheets: [], missingSheets: ["参数设置", "单位名册"], year: null })).toMatchObject({
      label: "创建标准工作簿",
      disabled: false,
    });
  });

  it("offers 补齐缺失工作表 and names what is missing when some contract sheets exist", () => {
    const action = createActionOf({ presentSheets: ["参数设置"], missingSheets: ["单位名册", "违规记录"], year: 2010 });
    expect(action).toMatchObject({ label: "补齐缺失工作表", disabled: false });
    expect(action.hint).toContain("单位名册、违规记录");
  });

  it("is disabled when nothing is missing, and while the state is unknown", () => {
    expect(createActionOf({ presentSheets: ["参数设置"], missingSheets: [], year: 2010 }).disabled).toBe(true);
    expect(createActionOf(null).disabled).toBe(true);
  });
});

describe("the create button in the pane", () => {
  it("creates the standard workbook with the chosen year and sample data", async () => {
    const wb = new FakeWorkbench("excel", EMPTY_WORKBOOK);
    renderApp({ workbench: wb });
    // The suite's first render loads Fluent: allow it time on a busy machine.
    await waitFor(() => expect(isDisabled(button("创建标准工作簿"))).toBe(false), { timeout: 5000 });

    const year = screen.getByRole("spinbutton", { name: "年度" });
    // Fluent's SpinButton listens to input events and commits the typed value on blur.
    fireEvent.input(year, { target: { value: "2011" } });
    fireEvent.blur(year);
    fireEvent.click(screen.getByRole("checkbox", { name: "示例数据" }));
    fireEvent.click(button("创建标准工作簿"));

    await screen.findByText("已创建标准工作簿", undefined, { timeout: 5000 });
    expect(wb.actions()).toEqual([{ op: "createWorkbook", year: 2011, demo: true }]);
    // After creating, the state is read again: every sheet exists, so the create block goes away
    // and focus moves to the outcome instead of being lost with the button (regression).
    await waitFor(() => expect(screen.queryByRole("button", { name: "创建标准工作簿" })).toBeNull());
    expect(screen.getByText("活动年度：2011年")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("region", { name: "操作结果" }));
    expect(screen.getByRole("region", { name: "操作结果" }).textContent).toContain("已创建标准工作簿");
  });

  it("reads full-width digits typed into the year box", async () => {
    const wb = new FakeWorkbench("excel", EMPTY_WORKBOOK);
    renderApp({ workbench: wb });
    await waitFor(() => expect(isDisabled(button("创建标准工作簿"))).toBe(false));
    const year = screen.getByRole("spinbutton", { name: "年度" });
    fireEvent.input(year, { target: { value: "２０１１" } });
    fireEvent.blur(year);
    await waitFor(() => expect((year as HTMLInputElement).value).toBe("2011"));
    fireEvent.click(button("创建标准工作簿"));
    await screen.findByText("已创建标准工作簿", undefined, { timeout: 5000 });
    expect(wb.actions()).toEqual([{ op: "createWorkbook", year: 2011, demo: false }]);
  });

  it.each([
    ["二〇一一", "阿拉伯数字"],
    ["1999", "超出可用范围"],
  ])("refuses the year %p with a message, keeps it in the box and creates nothing (never a silent 2010 or 2000)", async (typed, words) => {
    const wb = new FakeWorkbench("excel", EMPTY_WORKBOOK);
    renderApp({ workbench: wb });
    await waitFor(() => expect(isDisabled(button("创建标准工作簿"))).toBe(false), { timeout: 5000 });
    const year = screen.getByRole("spinbutton", { name: "年度" });
    fireEvent.input(year, { target: { value: typed } });
    fireEvent.blur(year);
    expect((await screen.findByRole("alert")).textContent).toContain(words);
    expect((year as HTMLInputElement).value).toBe(typed);
    expect(isDisabled(button("创建标准工作簿"))).toBe(true);
    fireEvent.click(button("创建标准工作簿"));
    expect(wb.actions()).toEqual([]);
    // Correcting the year clears the message and enables the button again.
    fireEvent.input(year, { target: { value: "2012" } });
    fireEvent.blur(year);
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    expect(isDisabled(button("创建标准工作簿"))).toBe(false);
  });

  it("offers 按新年度更新日期限制 when 活动年度 differs from the year of the date limits, and runs it", async () => {
    const wb = new FakeWorkbench("excel", { presentSheets: ["参数设置", "工作进度"], missingSheets: [], year: 2011, dateLimitYear: 2010 });
    renderApp({ workbench: wb });
    await screen.findByText("活动年度：2011年");
    openTab("准备");
    const update = await screen.findByRole("button", { name: "按新年度更新日期限制" });
    expect(screen.getByText(/仍只接受 2010 年内的日期/)).toBeTruthy();
    fireEvent.click(update);
    await screen.findByText("已按新年度更新日期限制");
    expect(wb.actions()).toEqual([{ op: "updateDateLimits" }]);
    // The state is read again: the limits now follow 2011, so the offer is gone.
    await waitFor(() => expect(screen.queryByRole("button", { name: "按新年度更新日期限制" })).toBeNull());
  });

  it("lists the dates still in the old year that 按新年度更新日期限制 returns, with a jump to each cell, in 准备 itself", async () => {
    const wb = new FakeWorkbench("excel", { presentSheets: ["参数设置", "工作进度"], missingSheets: [], year: 2011, dateLimitYear: 2010 });
    const message = "日期限制已改为 2011 年；参数设置中有 1 个日期仍在 2010 年，请改为新年度的日期。";
    wb.dateLimitsOutcome = {
      ok: true,
      message,
      findings: [
        {
          severity: "warning",
          sheet: "参数设置",
          cell: "B6",
          rule: "settings.oldYearDate",
          message: "「方案报送截止日期」2010-03-05 不在活动年度 2011 年内。",
        },
      ],
    };
    renderApp({ workbench: wb });
    await screen.findByText("活动年度：2011年");
    openTab("准备");
    fireEvent.click(await screen.findByRole("button", { name: "按新年度更新日期限制" }));
    await screen.findByText(message);
    const jump = await screen.findByRole("button", { name: /跳转到 参数设置!B6/ });
    fireEvent.click(jump);
    await waitFor(() => expect(wb.actions()).toContainEqual({ op: "selectCell", sheet: "参数设置", cell: "B6" }));
  });

  it("does not offer 按新年度更新日期限制 when the limits follow 活动年度 or their year is unknown", async () => {
    renderApp({ workbench: new FakeWorkbench("excel", { presentSheets: ["参数设置"], missingSheets: [], year: 2011, dateLimitYear: 2011 }) });
    await screen.findByText("活动年度：2011年");
    expect(screen.queryByRole("button", { name: "按新年度更新日期限制" })).toBeNull();
    expect(dateLimitsOfferOf({ presentSheets: [], missingSheets: [], year: 2011, dateLimitYear: null })).toBeNull();
    expect(dateLimitsOfferOf({ presentSheets: [], missingSheets: [], year: 2011, dateLimitYear: 2010 })?.label).toBe("按新年度更新日期限制");
  });

  it("says 补齐缺失工作表 when some contract sheets already exist", async () => {
    const wb = new FakeWorkbench("excel", { presentSheets: ["参数设置"], missingSheets: ["违规记录"] });
    renderApp({ workbench: wb });
    await screen.findByText("活动年度：2010年");
    openTab("准备");
    const fill = await screen.findByRole("button", { name: "补齐缺失工作表" });
    expect(isDisabled(fill)).toBe(false);
    expect(screen.queryByRole("button", { name: "创建标准工作簿" })).toBeNull();
  });

  it("goes away once every contract sheet exists, leaving a note (regression: a greyed block stayed forever)", async () => {
    const wb = new FakeWorkbench("excel", { presentSheets: ["参数设置", "单位名册"], missingSheets: [] });
    renderApp({ workbench: wb });
    await screen.findByText("活动年度：2010年");
    openTab("准备");
    await screen.findByText(/标准工作表已齐全/);
    expect(screen.queryByRole("button", { name: "创建标准工作簿" })).toBeNull();
    expect(screen.queryByRole("spinbutton", { name: "年度" })).toBeNull();
  });

  it("starts the year field at the workbook's campaign year", async () => {
    renderApp({ workbench: new FakeWorkbench("excel", { presentSheets: ["参数设置"], missingSheets: ["单位名册"], year: 2012 }) });
    await screen.findByText("活动年度：2012年");
    openTab("准备");
    await waitFor(() => expect((screen.getByRole("spinbutton", { name: "年度" }) as HTMLInputElement).value).toBe("2012"));
  });
});
