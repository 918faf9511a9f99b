/** 汇总记录 round trip: every entry reads back as written, replaced rows longer than one cell included. */
import { zeroCounts, type CollectLogEntry } from "../../../src/domain/collect";
import type { SelfInspection } from "../../../src/domain/types";
import { collectLogPlan, readCollectLog } from "../../../src/sheets/collect/log-sheet";

const inspection = (i: number): SelfInspection => ({
  unitCode: "A",
  problemId: `A-${i}`,
  description: "窗口服务不规范，群众办事多次往返".repeat(20),
  category: "作风效能",
  cause: "原因",
  measures: "措施",
  dueDate: "2010-09-30",
  owner: "张三",
  status: "整改中",
  doneDate: null,
});

it("reads back what it wrote, splitting long undo data over cells under Excel's limit", () => {
  const rows = Array.from({ length: 200 }, (_, i) => inspection(i));
  const log: CollectLogEntry[] = [
    {
      batch: "2010-06-01T08:00:00.000Z",
      file: "A.xlsx",
      sha256: "abc",
      unitCode: "A",
      kind: "inspections",
      counts: { added: 1, changed: 2, removed: 3, unchanged: 4 },
      status: "merged",
      reason: "已汇总。",
      templateCreatedAt: "2010-02-20 09:00",
      replaced: { rows, at: rows.map((_, i) => i * 2) },
    },
    {
      batch: "2010-06-01T08:00:00.000Z",
      file: "x.xls",
      sha256: "",
      unitCode: "",
      counts: zeroCounts(),
      status: "refused",
      reason: "格式",
      templateCreatedAt: null,
      undone: true,
    },
  ];
  const plan = collectLogPlan(log);
  expect(plan.rows[1].every((cell) => typeof cell !== "string" || cell.length <= 32_767)).toBe(true);
  expect(plan.rows[1].length).toBeGreaterThan(14);
  expect(readCollectLog({ name: plan.name, rows: plan.rows })).toEqual(log);
});
