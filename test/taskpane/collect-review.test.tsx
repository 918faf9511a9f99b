/**
 * @jest-environment jsdom
 *
 * 汇总回收文件's preview shows why each file goes back (issue 16, items 7 and 2): every finding of
 * a refused file at sheet and cell, under its file; 下载退回说明 and 复制退回说明 (the same content as
 * the command line's return file); a unit with a merged and a refused file says on both tables what
 * the other did; the rows both sides changed with both values and what to do; 已合并 once written.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CollectFileLine, CollectSummary } from "../../src/app/workbench";
import type { Finding } from "../../src/domain/findings";
import { returnBlock } from "../../src/sheets/collect/return-sheet";
import { returnNoteText } from "../../src/taskpane/return-note-text";
import { FakeWorkbench } from "./fake-workbench";
import { button, isDisabled, renderApp } from "./render-app";

/** 15 April 2010: 组织推进, when 分发汇总 opens first. */
const APRIL_15_2010 = () => new Date(2010, 3, 15, 10, 0, 0);
const none = { added: 0, changed: 0, removed: 0, unchanged: 0 };

const MERGED: CollectFileLine = {
  file: "A01_甲镇_2010.xlsx",
  unitCode: "A01",
  status: "merged",
  reason: "已汇总。",
  rows: { added: 1, changed: 0, removed: 0, unchanged: 2 },
  perSheet: { progress: { added: 1, changed: 0, removed: 0, unchanged: 2 } },
  conflicts: [],
};
const REFUSED: CollectFileLine = {
  file: "A01_甲镇_2010(1).xlsx",
  unitCode: "A01",
  status: "refused",
  reason: "文件中有 2 处错误（见问题清单，已注明工作表和单元格），整份文件未汇总。请单位改正后重新报送。",
  rows: none,
  perSheet: {},
  conflicts: [],
};
const EDITED: CollectFileLine = { ...MERGED, file: "B09_市发改委_2010.xlsx", unitCode: "B09", perSheet: { progress: { ...none, changed: 1 } } };

const issue = (file: string, f: Omit<Finding, "rule">) => ({ ...f, rule: "rule", file });
const FINDINGS = [
  issue(REFUSED.file, { severity: "error", sheet: "工作进度", cell: "D5", message: "进度(%) 应为 0–100 的数字，此处是 150。" }),
  issue(REFUSED.file, { severity: "error", sheet: "自查自纠", cell: "I3", message: "整改状态只能是 未整改、整改中、已整改。" }),
  issue(MERGED.file, { severity: "warning", sheet: "工作进度", cell: "F2", message: "进展情况为空。" }),
];

const SUMMARY: CollectSummary = {
  batch: "2010-04-15T02:00:00.000Z",
  written: false,
  files: [MERGED, EDITED, REFUSED],
  notSubmitted: [],
  notSubmittedUnits: [],
  unitNames: { A01: "甲镇", B09: "市发改委" },
  conflicts: [
    {
      file: EDITED.file,
      unitCode: "B09",
      sheet: "工作进度",
      key: "序号 3、填报日期 2010-03-31",
      master: "进度 40%，进展情况：本办电话登记",
      returned: "进度 50%，进展情况：已完成招标",
    },
  ],
  changesMaster: true,
};

async function preview(wb: FakeWorkbench, platform?: string) {
  wb.collectOutcome = { ok: true, findings: FINDINGS, message: "汇总预览", summary: SUMMARY };
  renderApp({ workbench: wb, now: APRIL_15_2010, hostInfo: { inExcel: true, platform } });
  await screen.findByText("活动年度：2010年", undefined, { timeout: 5000 });
  const input = screen.getByLabelText("选择回收文件（.xlsx，可多选）");
  fireEvent.change(input, { target: { files: [new File([new Uint8Array([1])], MERGED.file)] } });
  await screen.findByText("汇总预览（尚未写入）", undefined, { timeout: 5000 });
  return screen.getByRole("region", { name: "操作结果" });
}

/** The table captioned `file`, with what follows it (its findings and buttons). */
const fileBlock = (outcome: HTMLElement, file: string) => within(outcome).getByText(file, { selector: "caption" }).closest("table")!.parentElement!;

describe("the collect preview", () => {
  afterEach(() => jest.restoreAllMocks());

  it("lists every finding of a refused file at sheet and cell under that file, with the severity in words", async () => {
    const outcome = await preview(new FakeWorkbench("excel"));
    const list = within(outcome).getByRole("list", { name: `${REFUSED.file} 的问题` });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual(["【错误】工作进度!D5：进度(%) 应为 0–100 的数字，此处是 150。", "【错误】自查自纠!I3：整改状态只能是 未整改、整改中、已整改。"]);
    // The merged file's warning is listed under it, not under the refused one.
    const merged = within(outcome).getByRole("list", { name: `${MERGED.file} 的问题` });
    expect(merged.textContent).toContain("【警告】工作进度!F2：进展情况为空。");
    expect(list.textContent).not.toContain("F2");
  });

  it("groups a unit's two files and says on each table what the other did", async () => {
    const outcome = await preview(new FakeWorkbench("excel"));
    const group = within(outcome).getByRole("region", { name: "A01 甲镇：本批次 2 份文件" });
    const merged = fileBlock(group, MERGED.file);
    const refused = fileBlock(group, REFUSED.file);
    expect(within(merged).getByRole("rowheader", { name: "同单位其他文件" }).nextSibling?.textContent).toBe(`${REFUSED.file}：退回`);
    expect(within(refused).getByRole("rowheader", { name: "同单位其他文件" }).nextSibling?.textContent).toBe(`${MERGED.file}：将合并`);
    expect(within(refused).getByRole("rowheader", { name: "单位" }).nextSibling?.textContent).toBe("A01 甲镇");
    // Only the refused file goes back with a 退回说明.
    expect(within(merged).queryByRole("button", { name: /退回说明/ })).toBeNull();
    expect(within(refused).getByRole("button", { name: `下载退回说明：${REFUSED.file}` })).toBeTruthy();
  });

  it("shows each row both sides changed with both values and what to do, and says so on the file's table", async () => {
    const outcome = await preview(new FakeWorkbench("excel"));
    const table = within(outcome).getByRole("table", { name: "B09 市发改委「工作进度」序号 3、填报日期 2010-03-31" });
    expect(within(table).getByRole("rowheader", { name: "总表现在（保留）" }).nextSibling?.textContent).toBe("进度 40%，进展情况：本办电话登记");
    expect(within(table).getByRole("rowheader", { name: "单位交回（未写入）" }).nextSibling?.textContent).toBe("进度 50%，进展情况：已完成招标");
    expect(within(outcome).getByText(/请与单位核实哪一个正确/)).toBeTruthy();
    const edited = fileBlock(outcome, EDITED.file);
    expect(within(edited).getByRole("rowheader", { name: "两边都改过" }).nextSibling?.textContent).toContain("1 行");
    expect(within(edited).getByRole("rowheader", { name: "工作进度" }).nextSibling?.textContent).toBe("新增 0 行，修改 1 行，未变 0 行，删除 0 行");
  });

  it("下载退回说明 asks the file tools for the note of that file with its findings, downloads it, and gives focus back", async () => {
    const clicked: string[] = [];
    URL.createObjectURL = () => "blob:test/1";
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const wb = new FakeWorkbench("excel");
    const outcome = await preview(wb);
    const download = within(outcome).getByRole("button", { name: `下载退回说明：${REFUSED.file}` });
    download.focus();
    fireEvent.click(download);
    await waitFor(() => expect(clicked).toEqual(["A01_甲镇_2010(1)_退回说明.xlsx"]));
    expect(wb.actions().filter((c) => c.op === "returnNote")).toEqual([{ op: "returnNote", file: REFUSED.file, findings: 2 }]);
    await waitFor(() => expect(document.activeElement).toBe(within(outcome).getByRole("button", { name: `下载退回说明：${REFUSED.file}` })));
  });

  it("复制退回说明 puts the note's text on the clipboard and says so", async () => {
    const writeText = jest.fn<Promise<void>, [string]>(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    try {
      const outcome = await preview(new FakeWorkbench("excel"));
      fireEvent.click(within(outcome).getByRole("button", { name: `复制退回说明：${REFUSED.file}` }));
      await within(outcome).findByText(`已复制“${REFUSED.file}”的退回说明，可粘贴到邮件或即时消息中发给单位。`);
      const text = writeText.mock.calls[0][0] as string;
      expect(text).toBe(returnNoteText(REFUSED, FINDINGS.slice(0, 2), "2010-04-15"));
      expect(text).toContain("工作进度\tD5\t错误\t进度(%) 应为 0–100 的数字，此处是 150。");
      expect(text).toContain(`退回原因：${REFUSED.reason}`);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it("when the clipboard is refused, shows the note's text to copy by hand", async () => {
    const outcome = await preview(new FakeWorkbench("excel"));
    fireEvent.click(within(outcome).getByRole("button", { name: `复制退回说明：${REFUSED.file}` }));
    const area = (await within(outcome).findByLabelText(`“${REFUSED.file}”的退回说明`)) as HTMLTextAreaElement;
    expect(area.readOnly).toBe(true);
    expect(area.value).toBe(returnNoteText(REFUSED, FINDINGS.slice(0, 2), "2010-04-15"));
    expect(within(outcome).getByText(/此处不允许写入剪贴板/)).toBeTruthy();
  });

  it("in Excel on Mac, where a pane cannot download, says so beside 下载退回说明 and keeps 复制退回说明", async () => {
    const wb = new FakeWorkbench("excel");
    const outcome = await preview(wb, "Mac");
    const download = within(outcome).getByRole("button", { name: `下载退回说明：${REFUSED.file}` });
    expect(isDisabled(download)).toBe(true);
    expect(document.getElementById(download.getAttribute("aria-describedby") ?? "")?.textContent).toContain("请点“复制退回说明”");
    fireEvent.click(download);
    expect(wb.actions().filter((c) => c.op === "returnNote")).toEqual([]);
    expect(isDisabled(within(outcome).getByRole("button", { name: `复制退回说明：${REFUSED.file}` }))).toBe(false);
  });

  it("reads 已合并 once written", async () => {
    const wb = new FakeWorkbench("excel");
    const outcome = await preview(wb);
    expect(within(fileBlock(outcome, MERGED.file)).getByText(/^将合并：/)).toBeTruthy();
    wb.collectOutcome = { ok: true, findings: FINDINGS, message: "已完成汇总", summary: { ...SUMMARY, written: true } };
    fireEvent.click(button("确认汇总"));
    await screen.findByText("汇总结果", undefined, { timeout: 5000 });
    const written = screen.getByRole("region", { name: "操作结果" });
    expect(within(fileBlock(written, MERGED.file)).getByText(/^已合并：/)).toBeTruthy();
    expect(within(written).queryByText(/将合并/)).toBeNull();
  });
});

describe("returnNoteText", () => {
  it("holds the rows of the command line's 退回说明 sheet, in order", () => {
    const findings = FINDINGS.slice(0, 2);
    const lines = returnNoteText(REFUSED, findings, "2010-04-15").split("\n");
    const rows = returnBlock(REFUSED.file, REFUSED.unitCode, REFUSED.reason, findings, "2010-04-15").rows;
    expect(lines).toHaveLength(rows.length);
    expect(lines[0]).toBe(`${REFUSED.file} 退回说明（2010-04-15）`);
    expect(lines[1]).toBe("单位编码：A01");
    expect(lines.slice(-2)).toEqual([
      "工作进度\tD5\t错误\t进度(%) 应为 0–100 的数字，此处是 150。",
      "自查自纠\tI3\t错误\t整改状态只能是 未整改、整改中、已整改。",
    ]);
  });
});
