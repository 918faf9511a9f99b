/** Sections: reading the demo workbook with the xlsx adapter, and validating 100,000 input rows. */
"use strict";
const path = require("path");
const { LIB, medianTimeAsync, peakMemoryOf, MB } = require("./util");

const lib = (p) => require(path.join(LIB, p));

/** The demo workbook as .xlsx bytes, made the way `tisheng init --demo` makes it. */
async function demoBytes() {
  const { createOperation } = lib("app/create-operation");
  const { newXlsxPort } = lib("xlsx/xlsx-port");
  const handle = await newXlsxPort();
  await handle.port.run((s) => createOperation(s, { year: 2010, demo: true }, new Date(0), () => undefined));
  return handle.save();
}

async function readDemoSection() {
  const { openXlsxPort } = lib("xlsx/xlsx-port");
  const { readCampaign } = lib("sheets/read/read-campaign");
  const { CONTRACT_SHEETS } = lib("sheets/contract");
  const bytes = await demoBytes();
  const names = CONTRACT_SHEETS.map((s) => s.name);
  let rows = 0;
  const open = await medianTimeAsync(() => openXlsxPort(bytes));
  const read = await medianTimeAsync(async () => {
    const handle = await openXlsxPort(bytes);
    const grids = await handle.port.run((s) => s.readSheets(names));
    const campaign = readCampaign(grids);
    rows = Object.values(campaign.data).reduce((n, list) => n + list.length, 0);
    return campaign;
  });
  return {
    columns: ["步骤", "耗时中位数(5次)", "最快", "最慢"],
    rows: [
      ["解析 .xlsx（exceljs）", `${open.ms.toFixed(0)} ms`, `${open.min.toFixed(0)} ms`, `${open.max.toFixed(0)} ms`],
      [`解析 + 读取全部录入表 + 按表头转为记录（${rows} 条）`, `${read.ms.toFixed(0)} ms`, `${read.min.toFixed(0)} ms`, `${read.max.toFixed(0)} ms`],
    ],
    notes: [`示例工作簿 ${(bytes.length / 1024).toFixed(0)} KB，14 张工作表；读取由 xlsx 适配器完成（命令行与文件模式所用）。`],
  };
}

async function validationSection() {
  const { defaultSettings } = lib("domain/settings");
  const { largeCampaign, recordCount } = lib("demo/large-campaign");
  const { buildWorkbookPlan } = lib("sheets/build-plan");
  const { validateGrids } = lib("app/validate-operation");
  const settings = defaultSettings(2010);
  const sizes = [10000, 100000];
  const rows = [];
  for (const size of sizes) {
    const data = largeCampaign(settings, size);
    const plan = buildWorkbookPlan(settings, { createdAt: new Date(0), data });
    const grids = new Map(plan.sheets.map((s) => [s.name, { name: s.name, rows: s.rows }]));
    const timed = await medianTimeAsync(() => validateGrids(grids, "2010-12-20"));
    const errors = timed.result.findings.filter((f) => f.severity === "error").length;
    if (errors > 0) throw new Error(`bench data should validate clean, got ${errors} errors`);
    const memory = peakMemoryOf(() => validateGrids(grids, "2010-12-20"));
    rows.push([
      recordCount(data).toLocaleString("en-US"),
      `${timed.ms.toFixed(0)} ms`,
      `${((recordCount(data) / timed.ms) * 1000).toFixed(0)} 行/秒`,
      `${(memory.above / MB).toFixed(1)} MB`,
    ]);
  }
  return {
    columns: ["录入行数", "读取+校验 耗时中位数(5次)", "吞吐", "运行峰值(高于输入)"],
    rows,
    notes: ["从单元格网格开始：按表头读取、类型转换、全部校验规则（readCampaign + validateCampaign）；目标：10 万行 < 1 s。"],
  };
}

module.exports = { readDemoSection, validationSection, demoBytes };
