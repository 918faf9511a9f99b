/** @jest-environment jsdom */
import { setIconOptions } from "@fluentui/react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as RANKING from "../../src/domain/catalogue/ranking-rules";
import * as READING from "../../src/domain/catalogue/reading-rules";
import * as VALIDATION from "../../src/domain/catalogue/validation-rules";
import { findingOf, type Finding } from "../../src/domain/findings";
import { FindingsList } from "../../src/taskpane/components/FindingsList";
import { FakeWorkbench } from "./fake-workbench";
import { button, renderApp } from "./render-app";

setIconOptions({ disableWarnings: true });

const scoreOutOfRange = (row: number): Finding =>
  findingOf(READING.CELL_OUT_OF_RANGE, "评议评分", `D${row}`, { header: "得分", allowed: "0–100 的数字", value: 100 + row });

const MIXED: Finding[] = [
  findingOf(RANKING.RANK_UNKNOWN_GROUP, "评议评分", "B12", { group: "网民", allowed: "党代表、人大代表" }),
  findingOf(RANKING.RANK_UNKNOWN_CATEGORY, "单位名册", "C5", { code: "Z01", category: "街道", allowed: "镇(区)、市级机关部门" }),
  scoreOutOfRange(7),
  findingOf(RANKING.RANK_GROUP_MISSING, "评议评分", "A9", { code: "Z01", name: "甲镇", groups: "党代表" }),
  // An info about a whole sheet (no cell).
  findingOf(VALIDATION.UNITS_ROSTER_EMPTY, "单位名册", "", {}),
];

function renderList(findings: readonly Finding[], mode: "excel" | "file" = "excel", pageSize?: number) {
  const onSelect = jest.fn();
  render(<FindingsList findings={findings} onSelect={mode === "excel" ? onSelect : undefined} pageSize={pageSize} />);
  return onSelect;
}

const rows = () => document.querySelectorAll("li");

describe("the findings list", () => {
  // Regression: 3,000 identical errors used to be 100 identical rows and a line "还有 2,900 条未列出".
  it("shows 3,000 identical errors as one group with its count, and no cell rows until it is opened", () => {
    renderList(Array.from({ length: 3000 }, (_, i) => scoreOutOfRange(i + 2)));
    const group = screen.getByRole("button", { name: "错误：得分超出范围，共 3,000 处" });
    expect(group.textContent).toBe("错误：得分超出范围，共 3,000 处");
    expect(group.getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByRole("heading", { name: "评议评分（3,000 个错误）" })).toBeTruthy();
    expect(rows()).toHaveLength(0);
    expect(screen.queryAllByRole("button", { name: /^跳转到/ })).toHaveLength(0);
  });

  it("opens a group a page at a time and moves focus to the first new cell", async () => {
    renderList(Array.from({ length: 3000 }, (_, i) => scoreOutOfRange(i + 2)));
    fireEvent.click(screen.getByRole("button", { name: /得分超出范围/ }));
    expect(screen.getByRole("button", { name: /得分超出范围/ }).getAttribute("aria-expanded")).toBe("true");
    expect(rows()).toHaveLength(50);
    fireEvent.click(screen.getByRole("button", { name: "显示更多（再显示 50 处，还剩 2,950 处）" }));
    expect(rows()).toHaveLength(100);
    // Rows are in order of the sheet: the 51st is D52.
    await waitFor(() => expect(document.activeElement?.textContent).toBe("跳转到 评议评分!D52"));
  });

  it("shows the severity as a word on every group, not by colour alone", () => {
    renderList(MIXED);
    expect(screen.getByRole("button", { name: /^错误：单位类别无效/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /^警告：缺少部分评议主体的评分/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /^提示：单位名册为空/ })).toBeTruthy();
    expect(within(screen.getByRole("button", { name: /^警告：/ })).getByText("警告：")).toBeTruthy();
  });

  it("groups by sheet, sheets with errors first, each headed with its counts", () => {
    renderList(MIXED);
    const units = screen.getByRole("region", { name: "工作表 单位名册" });
    const scores = screen.getByRole("region", { name: "工作表 评议评分" });
    expect(within(scores).getByText("评议评分（2 个错误，1 个警告）")).toBeTruthy();
    expect(within(units).getByText("单位名册（1 个错误，1 条提示）")).toBeTruthy();
    expect(within(units).queryByText(/评议主体/)).toBeNull();
  });

  it("filters by severity with counts, one pressed at a time", () => {
    renderList(MIXED);
    const filter = screen.getByRole("group", { name: "按严重程度筛选" });
    expect(
      within(filter)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual(["全部 5", "错误 3", "警告 1", "提示 1"]);
    fireEvent.click(within(filter).getByRole("button", { name: /警告 1/ }));
    expect(
      within(filter)
        .getByRole("button", { name: /警告 1/ })
        .getAttribute("aria-pressed")
    ).toBe("true");
    expect(
      within(filter)
        .getByRole("button", { name: /全部 5/ })
        .getAttribute("aria-pressed")
    ).toBe("false");
    expect(screen.queryByRole("button", { name: /^错误：/ })).toBeNull();
    expect(screen.getByRole("button", { name: /^警告：/ })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "工作表 单位名册" })).toBeNull();
    fireEvent.click(within(filter).getByRole("button", { name: /全部 5/ }));
    expect(screen.getByRole("button", { name: /^错误：单位类别无效/ })).toBeTruthy();
  });

  it("has no filter when every finding has the same severity", () => {
    renderList([scoreOutOfRange(2), scoreOutOfRange(3)]);
    expect(screen.queryByRole("group", { name: "按严重程度筛选" })).toBeNull();
  });

  it("shows a single finding's cell at once, with a button that says it jumps there", () => {
    const onSelect = renderList(MIXED);
    const jump = screen.getByRole("button", { name: "跳转到 单位名册!C5" });
    expect(jump.textContent).toBe("跳转到 单位名册!C5");
    // The message describes the button, so a screen reader hears what is wrong there.
    expect(document.getElementById(jump.getAttribute("aria-describedby")!)?.textContent).toMatch(/单位类别“街道”无效/);
    fireEvent.click(jump);
    expect(onSelect).toHaveBeenCalledWith("单位名册", "C5");
  });

  it("opens the sheet at A1 for a finding about a whole sheet", () => {
    const onSelect = renderList(MIXED);
    fireEvent.click(screen.getByRole("button", { name: "跳转到 工作表 单位名册" }));
    expect(onSelect).toHaveBeenCalledWith("单位名册", "A1");
  });

  it("says in text which cell it is in file mode, where there is no workbook to jump in", () => {
    renderList(MIXED, "file");
    expect(screen.queryAllByRole("button", { name: /^跳转到/ })).toHaveLength(0);
    expect(screen.getByText("位置：单位名册!C5")).toBeTruthy();
    expect(screen.getByText("位置：单位名册（整表）")).toBeTruthy();
    expect(screen.queryByText(/点击单元格可跳转/)).toBeNull();
  });

  it("works by keyboard: groups are buttons that toggle, and focus moves to new rows also in file mode", async () => {
    renderList(
      Array.from({ length: 7 }, (_, i) => scoreOutOfRange(i + 2)),
      "file",
      3
    );
    const group = screen.getByRole("button", { name: /得分超出范围/ });
    expect(group.tagName).toBe("BUTTON");
    fireEvent.click(group);
    expect(rows()).toHaveLength(3);
    fireEvent.click(screen.getByRole("button", { name: /显示更多/ }));
    await waitFor(() => expect(document.activeElement).toBe(rows()[3]));
    expect(rows()[3].textContent).toMatch(/位置：评议评分!D5/);
    fireEvent.click(screen.getByRole("button", { name: "显示更多（再显示 1 处，还剩 1 处）" }));
    expect(rows()).toHaveLength(7);
    expect(screen.queryByRole("button", { name: /显示更多/ })).toBeNull();
    fireEvent.click(group);
    expect(rows()).toHaveLength(0);
  });

  it("says so when there are no findings", () => {
    renderList([]);
    expect(screen.getByText("未发现问题。")).toBeTruthy();
  });
});

describe("the findings list in the pane", () => {
  it("jumps to the cell that a finding of 校验 names", async () => {
    const wb = new FakeWorkbench("excel");
    wb.validateOutcome = { ok: true, findings: MIXED, message: "发现 5 个问题" };
    renderApp({ workbench: wb });
    await waitFor(() => expect(button("校验")).toBeTruthy(), { timeout: 5000 });
    fireEvent.click(button("校验"));
    fireEvent.click(await screen.findByRole("button", { name: "跳转到 评议评分!B12" }, { timeout: 5000 }));
    await waitFor(() => expect(wb.actions()).toContainEqual({ op: "selectCell", sheet: "评议评分", cell: "B12" }));
  });
});
