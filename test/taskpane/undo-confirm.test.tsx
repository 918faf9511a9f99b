/**
 * @jest-environment jsdom
 *
 * 撤销上次汇总 asks first (issue 16, item 5): it reads which batch it would undo and names it
 * (time, files, units with names, rows per sheet); only 确认撤销 undoes, 取消 writes nothing and
 * gives focus back; the outcome lists the rows kept because they changed after the batch.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { LastCollectBatch } from "../../src/app/workbench";
import { NOTHING_TO_UNDO } from "../../src/app/pane-advice";
import { FakeWorkbench } from "./fake-workbench";
import { button, isDisabled, renderApp } from "./render-app";

/** 15 April 2010: 组织推进, when 分发汇总 opens first. */
const APRIL_15_2010 = () => new Date(2010, 3, 15, 10, 0, 0);

const BATCH: LastCollectBatch = {
  batch: "2010-04-12T01:30:00.000Z",
  when: "2010-04-12 09:30",
  files: ["A01_甲镇_2010.xlsx", "B09_市发改委_2010.xlsx"],
  units: [
    { code: "A01", name: "甲镇" },
    { code: "B09", name: "市发改委" },
  ],
  counts: { 工作进度: { added: 5, changed: 1, removed: 0, unchanged: 7 }, 自查自纠: { added: 0, changed: 0, removed: 1, unchanged: 3 } },
};

async function renderWith(wb: FakeWorkbench) {
  renderApp({ workbench: wb, now: APRIL_15_2010 });
  await screen.findByText("活动年度：2010年", undefined, { timeout: 5000 });
}

describe("撤销上次汇总", () => {
  it("names the batch and asks to confirm before undoing anything; 取消 writes nothing and gives focus back", async () => {
    const wb = new FakeWorkbench("excel");
    wb.lastBatch = BATCH;
    await renderWith(wb);
    fireEvent.click(button("撤销上次汇总"));
    const confirm = await screen.findByRole("group", { name: "确认撤销 2010-04-12 09:30 的汇总？" }, { timeout: 5000 });
    expect(wb.actions()).toEqual([{ op: "lastCollectBatch" }]);
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    expect(
      within(confirm)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([
      "文件（2 份）：A01_甲镇_2010.xlsx、B09_市发改委_2010.xlsx",
      "单位（2 个）：A01 甲镇、B09 市发改委",
      "「工作进度」新增 5 行，修改 1 行，未变 7 行，删除 0 行",
      "「自查自纠」新增 0 行，修改 0 行，未变 3 行，删除 1 行",
    ]);
    // While it asks, the button that asked waits.
    expect(isDisabled(button("撤销上次汇总"))).toBe(true);

    fireEvent.click(within(confirm).getByRole("button", { name: "取消" }));
    await waitFor(() => expect(screen.queryByRole("group", { name: /确认撤销/ })).toBeNull());
    expect(wb.actions()).toEqual([{ op: "lastCollectBatch" }]);
    await waitFor(() => expect(document.activeElement).toBe(button("撤销上次汇总")));
  });

  it("undoes on 确认撤销 and lists the rows kept because they changed since, with their units' names", async () => {
    const wb = new FakeWorkbench("excel");
    wb.lastBatch = BATCH;
    wb.undoOutcome = {
      ok: true,
      findings: [],
      message: "已撤销 2010-04-12 09:30 的汇总",
      summary: { batch: BATCH.batch, restored: { 工作进度: 5 }, kept: [{ unitCode: "B09", sheet: "工作进度", key: "序号 3、填报日期 2010-03-31" }] },
    };
    await renderWith(wb);
    fireEvent.click(button("撤销上次汇总"));
    const confirm = await screen.findByRole("group", { name: /确认撤销/ }, { timeout: 5000 });
    fireEvent.click(within(confirm).getByRole("button", { name: "确认撤销" }));
    await screen.findByText("撤销结果", undefined, { timeout: 5000 });
    expect(wb.actions()).toEqual([{ op: "lastCollectBatch" }, { op: "undoCollect" }]);
    expect(screen.queryByRole("group", { name: /确认撤销/ })).toBeNull();
    const kept = screen.getByRole("list", { name: "保留未撤销的行" });
    expect(
      within(kept)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual(["B09 市发改委「工作进度」序号 3、填报日期 2010-03-31"]);
    expect(screen.getByText(/保留未撤销的行（1 行）/)).toBeTruthy();
  });

  it("says there is nothing to undo without asking or undoing", async () => {
    const wb = new FakeWorkbench("excel");
    wb.lastBatch = null;
    await renderWith(wb);
    fireEvent.click(button("撤销上次汇总"));
    await screen.findByText(NOTHING_TO_UNDO, undefined, { timeout: 5000 });
    expect(wb.actions()).toEqual([{ op: "lastCollectBatch" }]);
    expect(screen.queryByRole("group", { name: /确认撤销/ })).toBeNull();
  });
});
