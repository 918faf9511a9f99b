/** @jest-environment jsdom */
/**
 * After 一键排名 the pane shows what a reviewer signs without leaving it: the bottom units of
 * each category with totals, the accountability list with 需复核 as a word, and a way to
 * the full result sheets (open them in Excel, download them in file mode).
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { RankSummary } from "../../src/app/workbench";
import { FakeWorkbench } from "./fake-workbench";
import { button, renderApp } from "./render-app";

const SUMMARY: RankSummary = {
  ranked: 13,
  unranked: 0,
  accountability: 2,
  needsReview: 1,
  categories: [
    {
      category: "镇(区)",
      ranked: 10,
      bottom: [
        { rank: 8, unitCode: "Z07", unitName: "指前镇", score: "78.12" },
        { rank: 9, unitCode: "Z04", unitName: "直溪镇", score: "76.52" },
        { rank: 10, unitCode: "Z03", unitName: "儒林镇", score: "74.93" },
      ],
    },
    { category: "市直单位", ranked: 3, bottom: [{ rank: 3, unitCode: "S03", unitName: "市委党校", score: "78.53" }] },
  ],
  entries: [
    {
      type: "考评问责",
      unitCode: "Z03",
      unitName: "儒林镇",
      person: "芮秀英",
      role: "党政主要负责人",
      basis: "五、问责追究 三是实施考评问责：市委、市政府综合考核各类排名最后一位的单位，对其党政主要负责人实施问责。",
      evidence: "排名结果：镇(区) 第10名/共10名，总分 74.93",
      needsReview: false,
    },
    {
      type: "监管问责",
      unitCode: "K049",
      unitName: "市农林局农业执法大队",
      person: "高萍",
      role: "科室负责人",
      basis: "五、问责追究 二是实施监管问责：对监管不力，导致本单位或工作人员出现影响恶劣违规行为的党政主要负责人实施问责。",
      evidence: "违规记录!第2行（情节影响恶劣，共1起）",
      needsReview: true,
    },
  ],
};

async function rankIn(wb: FakeWorkbench, props: Parameters<typeof renderApp>[0]) {
  wb.rankOutcome = { ok: true, findings: [], message: "已对 13 个单位排名", summary: SUMMARY };
  renderApp(props);
  await screen.findByText(/活动年度：2010年/);
  fireEvent.click(button("一键排名"));
  await screen.findByText("已对 13 个单位排名");
}

describe("the ranking in the pane", () => {
  it("lists the bottom units of each category with their totals", async () => {
    const wb = new FakeWorkbench("excel", { presentSheets: ["单位名册"], missingSheets: [] });
    await rankIn(wb, { workbench: wb });
    const bottom = within(screen.getByRole("region", { name: "各类排名靠后的单位" }));
    expect(bottom.getByText("镇(区)（共 10 个单位）")).toBeTruthy();
    expect(bottom.getByText(/第 10 名\s*儒林镇（Z03）\s*总分 74\.93/)).toBeTruthy();
    expect(bottom.getByText(/第 3 名\s*市委党校（S03）\s*总分 78\.53/)).toBeTruthy();
    expect(bottom.getAllByRole("listitem")).toHaveLength(4);
  });

  it("lists every accountability entry with type, unit, person, 依据, 证据, and 需复核 as a word", async () => {
    const wb = new FakeWorkbench("excel", { presentSheets: ["单位名册"], missingSheets: [] });
    await rankIn(wb, { workbench: wb });
    const list = within(screen.getByRole("region", { name: "问责名单明细" }));
    const items = list.getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const [first, second] = items.map((li) => li.textContent ?? "");
    expect(first).toContain("考评问责");
    expect(first).toContain("儒林镇（Z03）");
    expect(first).toContain("党政主要负责人：芮秀英");
    expect(first).toContain(`依据：${SUMMARY.entries[0].basis}`);
    expect(first).toContain(`证据：${SUMMARY.entries[0].evidence}`);
    expect(first).not.toContain("需复核");
    expect(second).toContain("监管问责");
    expect(second).toContain("需复核");
  });

  it("opens 排名结果 and 问责名单 in Excel by selecting them, from the keyboard too", async () => {
    const wb = new FakeWorkbench("excel", { presentSheets: ["单位名册"], missingSheets: [] });
    await rankIn(wb, { workbench: wb });
    const open = button("打开排名结果");
    open.focus();
    expect(document.activeElement).toBe(open);
    fireEvent.click(open);
    fireEvent.click(button("打开问责名单"));
    await waitFor(() =>
      expect(wb.actions()).toEqual([
        { op: "rank" },
        { op: "selectCell", sheet: "排名结果", cell: "A1" },
        { op: "selectCell", sheet: "问责名单", cell: "A1" },
      ])
    );
    expect(screen.queryByRole("button", { name: "下载排名结果和问责名单" })).toBeNull();
  });

  it("downloads the result workbook in file mode instead", async () => {
    const wb = new FakeWorkbench("file", { presentSheets: ["单位名册"], missingSheets: [] });
    const download = jest.fn(async () => new Uint8Array([1, 2, 3]));
    URL.createObjectURL = () => "blob:test/1";
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    renderApp({ workbench: null, hostInfo: { inExcel: false }, openFile: async () => wb, download });
    fireEvent.change(screen.getByLabelText("选择工作簿（.xlsx）"), { target: { files: [new File([new Uint8Array([0x50, 0x4b])], "名册.xlsx")] } });
    await screen.findByText("当前文件：名册.xlsx");
    wb.rankOutcome = { ok: true, findings: [], message: "已对 13 个单位排名", summary: SUMMARY };
    fireEvent.click(button("一键排名"));
    await screen.findByText("已对 13 个单位排名");
    expect(screen.queryByRole("button", { name: "打开排名结果" })).toBeNull();
    await act(async () => fireEvent.click(button("下载排名结果和问责名单")));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});
