/**
 * The xlsx adapter applies a plan by removing a sheet of the same name and adding it anew,
 * which moves it to the last tab. In file mode a plan may rewrite sheets that exist (汇总回收文件
 * and 撤销上次汇总 rewrite 方案报送, 工作进度, 自查自纠): each keeps its place among the tabs, as
 * it does inside Excel (where the sheet is cleared in place).
 */
import type { Workbook } from "exceljs";
import type { WorkbookPort } from "../sheets/port";

/** exceljs orders tabs by a worksheet's orderNo, which its typings omit. */
type Ordered = { orderNo: number };

/** `port` over `workbook`, each sheet a plan replaces put back at the tab it had. */
export function keepTabOrder(port: WorkbookPort, workbook: Workbook): WorkbookPort {
  const orderOf = (name: string) => (workbook.getWorksheet(name) as unknown as Ordered | undefined)?.orderNo;
  return {
    run: (work) =>
      port.run((session) =>
        work({
          sheetNames: () => session.sheetNames(),
          readSheets: (names, options) => session.readSheets(names, options),
          writeBlocks: (blocks, options) => session.writeBlocks(blocks, options),
          applyPlan: async (plan) => {
            const before = new Map(plan.sheets.map((s) => [s.name, orderOf(s.name)]));
            await session.applyPlan(plan);
            for (const [name, orderNo] of before) {
              const ws = workbook.getWorksheet(name) as unknown as Ordered | undefined;
              if (ws && orderNo !== undefined) ws.orderNo = orderNo;
            }
          },
        })
      ),
  };
}
