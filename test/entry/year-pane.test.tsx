/** @jest-environment jsdom */
/** The pane's 年度 box (issue 8, item 5): "2011年" is read as 2011; 20111 and "公元2011" are refused in words, never clamped. */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { EMPTY_WORKBOOK, FakeWorkbench } from "../taskpane/fake-workbench";
import { button, isDisabled, renderApp } from "../taskpane/render-app";

async function typeYear(typed: string) {
  const wb = new FakeWorkbench("excel", EMPTY_WORKBOOK);
  renderApp({ workbench: wb });
  await waitFor(() => expect(isDisabled(button("创建标准工作簿"))).toBe(false), { timeout: 5000 });
  const year = screen.getByRole("spinbutton", { name: "年度" }) as HTMLInputElement;
  fireEvent.input(year, { target: { value: typed } });
  fireEvent.blur(year);
  return { wb, year };
}

describe("the pane's 年度 box", () => {
  it("reads 2011年 as 2011 and creates the 2011 workbook", async () => {
    const { wb, year } = await typeYear("２０１１年");
    await waitFor(() => expect(year.value).toBe("2011"));
    fireEvent.click(button("创建标准工作簿"));
    await screen.findByText("已创建标准工作簿", undefined, { timeout: 5000 });
    expect(wb.actions()).toEqual([{ op: "createWorkbook", year: 2011, demo: false }]);
  });

  it.each([
    ["20111", "无法识别"],
    ["公元2011", "无法识别"],
    ["2101", "超出可用范围"],
  ])("refuses %p in words and keeps it, and the arrows do not turn it into a bound", async (typed, words) => {
    const { wb, year } = await typeYear(typed);
    expect((await screen.findByRole("alert")).textContent).toContain(words);
    expect(year.value).toBe(typed);
    fireEvent.keyDown(year, { key: "ArrowUp", which: 38, keyCode: 38 });
    fireEvent.keyUp(year, { key: "ArrowUp", which: 38, keyCode: 38 });
    expect(year.value).toBe(typed);
    expect(isDisabled(button("创建标准工作簿"))).toBe(true);
    expect(wb.actions()).toEqual([]);
  });
});
