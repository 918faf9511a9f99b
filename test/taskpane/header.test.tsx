/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { defaultSettings } from "../../src/domain/settings";
import { isoOfInstant } from "../../src/sheets/dates";
import { stageLabel } from "../../src/taskpane/stage-label";
import { EMPTY_WORKBOOK, FakeWorkbench } from "./fake-workbench";
import { renderApp } from "./render-app";

// The stage windows of 四、活动步骤: 动员部署 by end of February, 自查自纠 July–September,
// 评议考核 by end of December; 组织推进 runs all year around them.
describe("stageLabel", () => {
  it("names 自查自纠 with its window in August", () => {
    expect(stageLabel(defaultSettings(2010), new Date(2010, 7, 15))).toBe("当前阶段：自查自纠（7月1日–9月30日）");
  });

  it("names 动员部署 in February, ending on the last day of February", () => {
    expect(stageLabel(defaultSettings(2010), new Date(2010, 1, 10))).toBe("当前阶段：动员部署（1月1日–2月28日）");
    expect(stageLabel(defaultSettings(2012), new Date(2012, 1, 29))).toBe("当前阶段：动员部署（1月1日–2月29日）");
  });

  it("names 组织推进 between the stages and 评议考核 in the last quarter", () => {
    expect(stageLabel(defaultSettings(2010), new Date(2010, 4, 20))).toMatch(/^当前阶段：组织推进/);
    expect(stageLabel(defaultSettings(2010), new Date(2010, 10, 1))).toMatch(/^当前阶段：评议考核（.*12月31日）$/);
  });

  it("says the date is outside the campaign year", () => {
    expect(stageLabel(defaultSettings(2010), new Date(2011, 0, 3))).toBe("当前阶段：不在2010年活动期内");
  });

  it("reads the calendar day of the clock's date in the user's time zone", () => {
    // Built from local fields, so the expectation holds in any TZ the tests run in.
    expect(isoOfInstant(new Date(2010, 8, 30, 23, 59))).toBe("2010-09-30");
    expect(isoOfInstant(new Date(2010, 9, 1, 0, 1))).toBe("2010-10-01");
  });
});

describe("the header", () => {
  it("shows the campaign year of the workbook and the stage of the clock's date", async () => {
    renderApp({ workbench: new FakeWorkbench("excel", { year: 2010 }), now: () => new Date(2010, 6, 1, 8, 0) });
    expect(await screen.findByText("活动年度：2010年")).toBeTruthy();
    expect(screen.getByText("当前阶段：自查自纠（7月1日–9月30日）")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "提升年工作台" })).toBeTruthy();
  });

  it("follows the workbook's year, not the clock's", async () => {
    renderApp({ workbench: new FakeWorkbench("excel", { year: 2015 }), now: () => new Date(2015, 2, 3) });
    expect(await screen.findByText("活动年度：2015年")).toBeTruthy();
    expect(screen.getByText(/^当前阶段：组织推进/)).toBeTruthy();
  });

  it("follows the stage dates of 参数设置, not the defaults (regression: the header used the defaults)", async () => {
    const settings = { ...defaultSettings(2010), selfInspectionStart: "2010-08-01", selfInspectionEnd: "2010-10-31" };
    renderApp({ workbench: new FakeWorkbench("excel", { year: 2010, settings }), now: () => new Date(2010, 9, 15) });
    expect(await screen.findByText("当前阶段：自查自纠（8月1日–10月31日）")).toBeTruthy();
  });

  it("says the year is not set when the workbook has no 参数设置", async () => {
    renderApp({ workbench: new FakeWorkbench("excel", EMPTY_WORKBOOK) });
    expect(await screen.findByText(/活动年度：未设置/)).toBeTruthy();
    expect(screen.queryByText(/当前阶段/)).toBeNull();
  });

  it("says the year cannot be read, not that it is unset, when 参数设置 holds one it cannot read", async () => {
    renderApp({ workbench: new FakeWorkbench("excel", { year: null }) });
    expect(await screen.findByText("活动年度：无法识别（请在「参数设置」中填写四位数字年份，如 2011）")).toBeTruthy();
    expect(screen.queryByText(/未设置/)).toBeNull();
  });
});
