/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Finding } from "../../src/domain/findings";
import { groupBySheet } from "../../src/taskpane/group-findings";
import { ExcelOperationError, FakeWorkbench } from "./fake-workbench";
import { button, renderApp } from "./render-app";

const FINDINGS: Finding[] = [
  { severity: "warning", sheet: "评议评分", cell: "C12", rule: "score.group", message: "评议主体“网民”不在评议主体表中" },
  {
    severity: "error",
    sheet: "单位名册",
    cell: "C5",
    rule: "unit.category",
    message: "单位类别“街道”不在允许值中：镇(区)、市级机关部门、市直单位、重点科室",
  },
  { severity: "error", sheet: "评议评分", cell: "D7", rule: "score.range", message: "得分应在 0–100 之间，此处为 120" },
  { severity: "info", sheet: "单位名册", cell: "", rule: "unit.empty", message: "单位名册没有重点科室" },
];

async function validateWith(mode: "excel" | "file", findings: Finding[]) {
  const wb = new FakeWorkbench(mode);
  wb.validateOutcome = { ok: true, findings, message: `发现 ${findings.length} 个问题` };
  renderApp({ workbench: wb, hostInfo: { inExcel: mode === "excel" } });
  // Generous waits: rendering a hundred findings takes more than the default second on a loaded machine.
  await waitFor(() => expect(button("校验")).toBeTruthy(), { timeout: 5000 });
  fireEvent.click(button("校验"));
  await screen.findByText(`发现 ${findings.length} 个问题`, undefined, { timeout: 5000 });
  return wb;
}

describe("groupBySheet", () => {
  it("puts each finding under its own sheet, errors first within a sheet", () => {
    const groups = groupBySheet(FINDINGS);
    expect(groups.map((g) => g.sheet).sort()).toEqual(["单位名册", "评议评分"].sort());
    const scores = groups.find((g) => g.sheet === "评议评分")!;
    expect(scores.findings.map((f) => f.cell)).toEqual(["D7", "C12"]);
    expect(scores).toMatchObject({ errors: 1, warnings: 1 });
  });

  it("lists sheets that hold errors before sheets that hold only warnings", () => {
    const groups = groupBySheet([
      { severity: "warning", sheet: "加减分", cell: "B2", rule: "r", message: "m" },
      { severity: "error", sheet: "违规记录", cell: "B2", rule: "r", message: "m" },
    ]);
    expect(groups.map((g) => g.sheet)).toEqual(["违规记录", "加减分"]);
  });
});

describe("the findings list", () => {
  it("shows the findings grouped by sheet", async () => {
    await validateWith("excel", FINDINGS);
    const units = screen.getByRole("region", { name: "工作表 单位名册" });
    const scores = screen.getByRole("region", { name: "工作表 评议评分" });
    expect(within(units).getByText(/街道/)).toBeTruthy();
    expect(within(units).getByText("单位名册没有重点科室")).toBeTruthy();
    expect(within(scores).getByText("得分应在 0–100 之间，此处为 120")).toBeTruthy();
    expect(within(scores).getByText(/网民/)).toBeTruthy();
    expect(within(units).queryByText(/网民/)).toBeNull();
    expect(within(scores).getByText("评议评分（1 个错误，1 个警告）")).toBeTruthy();
    expect(within(units).getByText("单位名册（1 个错误，1 条提示）")).toBeTruthy();
  });

  it("selects the finding's sheet and cell when a row is clicked", async () => {
    const wb = await validateWith("excel", FINDINGS);
    fireEvent.click(screen.getByRole("button", { name: /评议评分!D7/ }));
    fireEvent.click(screen.getByRole("button", { name: /单位名册!C5/ }));
    await waitFor(() => expect(wb.actions().length).toBe(3));
    expect(wb.actions().slice(1)).toEqual([
      { op: "selectCell", sheet: "评议评分", cell: "D7" },
      { op: "selectCell", sheet: "单位名册", cell: "C5" },
    ]);
  });

  it("jumps to A1 of the sheet for a finding about a whole sheet", async () => {
    const wb = await validateWith("excel", FINDINGS);
    fireEvent.click(screen.getByRole("button", { name: /单位名册!整表/ }));
    await waitFor(() => expect(wb.actions()).toContainEqual({ op: "selectCell", sheet: "单位名册", cell: "A1" }));
  });

  it("marks each row with its severity", async () => {
    await validateWith("excel", FINDINGS);
    expect(screen.getByRole("button", { name: /评议评分!D7/ }).getAttribute("aria-label")).toMatch(/^错误/);
    expect(screen.getByRole("button", { name: /评议评分!C12/ }).getAttribute("aria-label")).toMatch(/^警告/);
    expect(screen.getByRole("button", { name: /单位名册!整表/ }).getAttribute("aria-label")).toMatch(/^提示/);
  });

  it("shows the error when selecting a cell fails", async () => {
    const wb = await validateWith("excel", FINDINGS);
    wb.failNext = new ExcelOperationError("找不到工作表“评议评分”，它可能已被删除或重命名。");
    fireEvent.click(screen.getByRole("button", { name: /评议评分!D7/ }));
    expect(await screen.findByText("找不到工作表“评议评分”，它可能已被删除或重命名。")).toBeTruthy();
  });

  it("shows rows without links in file mode, where there is no cell to jump to", async () => {
    await validateWith("file", FINDINGS);
    expect(screen.getByText("得分应在 0–100 之间，此处为 120")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /评议评分!D7/ })).toBeNull();
  });

  it("caps the rows of a sheet and says how many more there are", async () => {
    const many: Finding[] = Array.from({ length: 130 }, (_, i) => ({
      severity: "error",
      sheet: "评议评分",
      cell: `D${i + 2}`,
      rule: "score.range",
      message: `第 ${i + 2} 行得分超出范围`,
    }));
    await validateWith("excel", many);
    expect(screen.getAllByRole("button", { name: /评议评分!D/ })).toHaveLength(100);
    expect(screen.getByText(/还有 30 条未列出/)).toBeTruthy();
  });

  it("says so when there are no findings", async () => {
    await validateWith("excel", []);
    expect(screen.getByText("未发现问题。")).toBeTruthy();
  });
});
