import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { supervisionReport } from "../../src/domain/supervision";
import { supervisionNoticeBlock } from "../../src/sheets/results/supervision-notice";
import { writeBlocksToWorkbook } from "../../src/xlsx/write-cells";
import { locate, problem, record, report, SETTINGS, task, UNITS } from "../domain/supervision/planted";

it("probe", async () => {
  const codes = ["D01", "D02", "T01", "C01"];
  const data = {
    units: UNITS,
    tasks: Array.from({ length: 28 }, (_, i) => task(i + 1, codes[i % 4], i % 3 ? "2010-12-31" : "2010-06-30")),
    progress: Array.from({ length: 28 }, (_, i) => report(i + 1, codes[i % 4], "2010-09-01", 20, "滞后", "受机构调整影响，进度滞后，正在协调有关部门加快推进，预计下月完成主体工作".repeat(1 + (i % 2)))),
    plans: [{ unitCode: "D01", date: "2010-03-01", title: "方案" }],
    inspections: Array.from({ length: 60 }, (_, i) => problem(codes[i % 4], `P${i}`, "2010-09-15", "整改中")),
    supervision: Array.from({ length: 50 }, (_, i) => record("第三季度常规督查", codes[i % 4], "2010-09-10", `整改措施笼统，未明确时限${"，问题较多".repeat(i % 5)}`, true)),
  };
  const r = supervisionReport({ data, settings: SETTINGS, locate, asOf: "2010-09-30", batch: "第三季度常规督查" });
  const block = supervisionNoticeBlock(r, { units: UNITS });
  const wb = new ExcelJS.Workbook();
  writeBlocksToWorkbook(wb, [block]);
  const dir = mkdtempSync("/tmp/probe-");
  writeFileSync(join(dir, "n.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/p`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "n.xlsx")], { stdio: "pipe" });
  const text = execFileSync("pdftotext", ["-layout", join(dir, "n.pdf"), "-"], { encoding: "utf8" });
  console.log(dir, block.rows.length);
  writeFileSync("/tmp/probe.txt", text);
}, 120000);
