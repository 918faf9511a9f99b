/**
 * Section: `tisheng collect <master> <dir> --out <merged> --force` as a whole process: 150
 * units' returned files of about 50 rows each (1 方案报送 row, 49 自查自纠 rows), built
 * through exceljs as a unit's Excel would save them, with the 模板信息 sheet; wall time,
 * CPU time and peak RSS of the process. Target: under 10 s and 500 MB.
 */
"use strict";
const { createHash } = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { runCliMeasured } = require("./run-cli");
const { LIB } = require("./util");
const { ensureBigWorkbook } = require("./big-workbook");

const UNITS = 150;
const INSPECTIONS = 49;

/** Writes unit `code`'s returned file into `dir`. */
async function writeUnitFile(dir, code) {
  const ExcelJS = require("exceljs");
  const { RECORD_SHEETS } = require(path.join(LIB, "sheets/record-sheets"));
  const meta = require(path.join(LIB, "sheets/template-meta"));
  const { PROBLEM_CATEGORIES } = require(path.join(LIB, "domain/campaign"));
  const wb = new ExcelJS.Workbook();
  const plans = wb.addWorksheet(RECORD_SHEETS.plans.name);
  plans.addRow(RECORD_SHEETS.plans.columns.map((c) => c.header));
  plans.addRow([code, new Date(Date.UTC(2010, 2, 1)), `${code} 提升年活动实施方案`]);
  const inspections = wb.addWorksheet(RECORD_SHEETS.inspections.name);
  inspections.addRow(RECORD_SHEETS.inspections.columns.map((c) => c.header));
  for (let i = 1; i <= INSPECTIONS; i++) {
    inspections.addRow([
      code,
      `${code}-${i}`,
      `第 ${i} 个问题：办事流程繁琐`,
      PROBLEM_CATEGORIES[i % PROBLEM_CATEGORIES.length],
      "制度执行不到位",
      "简化流程、限时办结",
      new Date(Date.UTC(2010, 8, 30)),
      "张三",
      "已整改",
      new Date(Date.UTC(2010, 8, 1)),
    ]);
  }
  const sheets = ["plans", "inspections"].map((k) => ({ name: RECORD_SHEETS[k].name, headers: RECORD_SHEETS[k].columns.map((c) => c.header) }));
  const headerHash = createHash("sha256").update(meta.headerSignature(sheets)).digest("hex");
  // A template of this release carries its base (the unit had no rows yet): its return merges three-way.
  const base = require(path.join(LIB, "sheets/template-base"));
  const baseRows = base.templateBaseRows({ plans: [], progress: [], inspections: [] });
  const baseHash = await base.templateBaseHash(baseRows, async (text) => createHash("sha256").update(text, "utf8").digest("hex"));
  const baseSheet = wb.addWorksheet(base.TEMPLATE_BASE_SHEET, { state: "veryHidden" });
  for (const row of baseRows) baseSheet.addRow(row);
  const info = wb.addWorksheet(meta.TEMPLATE_META_SHEET, { state: "veryHidden" });
  const rows = meta.templateMetaRows({
    campaignId: "bench",
    year: 2010,
    unitCode: code,
    kind: meta.TEMPLATE_KIND,
    schemaVersion: meta.TEMPLATE_SCHEMA_VERSION,
    createdAt: "2010-02-20 09:00",
    headerHash,
    baseHash,
  });
  for (const row of rows) info.addRow(row);
  await wb.xlsx.writeFile(path.join(dir, `${code}_单位${code}_2010.xlsx`));
}

async function collectSection() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tisheng-bench-collect-"));
  try {
    const master = await ensureBigWorkbook(path.join(os.tmpdir(), `tisheng-bench-${UNITS}-units.xlsx`), UNITS);
    const files = path.join(dir, "returned");
    fs.mkdirSync(files);
    for (let u = 1; u <= UNITS; u++) await writeUnitFile(files, `U${String(u).padStart(5, "0")}`);
    const out = path.join(dir, "merged.xlsx");
    const usage = runCliMeasured(["collect", master, files, "--out", out, "--force", "--json"]);
    const { wallMs } = usage;
    const result = JSON.parse(usage.stdout);
    const merged = result.files.filter((f) => f.status === "merged").length;
    return {
      columns: ["文件数", "每份行数", "已汇总", "collect --out 总耗时", "CPU 时间", "峰值 RSS"],
      rows: [
        [
          String(UNITS),
          String(1 + INSPECTIONS),
          String(merged),
          `${(wallMs / 1000).toFixed(1)} s`,
          `${((usage.userMs + usage.systemMs) / 1000).toFixed(1)} s`,
          `${(usage.maxRssKb / 1024).toFixed(0)} MB`,
        ],
      ],
      notes: [
        "整个 node bin/tisheng.js collect <总表> <文件夹> --out <汇总结果> --force 进程（一次运行）；总表为 150 个单位的生成工作簿，回收文件经 exceljs 生成（方案报送 1 行、自查自纠 49 行、模板信息）。",
        "目标：150 份约 50 行的文件 < 10 s、< 500 MB。",
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { collectSection, writeUnitFile };
