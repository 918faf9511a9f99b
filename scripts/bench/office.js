/**
 * Sections: the Office.js round trips each operation makes (counted by the strict fake,
 * the same one the tests use), and the size of the JavaScript the pane loads at start.
 * In Excel on the web every sync is a network call, so the count matters more than the time.
 */
"use strict";
const path = require("path");
const { execFileSync } = require("child_process");
const fs = require("fs");

const ROOT = path.join(__dirname, "..", "..");
const BENCH_LIB = path.join(ROOT, "lib-bench");
const lib = (p) => require(path.join(BENCH_LIB, p));

/** Counts the syncs of one operation against a fresh fake workbook prepared by `setup`. */
async function countSyncs(setup, operation) {
  const { installFakeExcel } = lib("test/support/fake-excel");
  const { createOfficePort, selectCell } = lib("src/excel");
  const { makeWorkbench } = lib("src/app/operations");
  const fake = installFakeExcel();
  try {
    const workbench = makeWorkbench(createOfficePort(), "excel", selectCell, () => new Date(Date.UTC(2010, 11, 20)));
    await setup(workbench, fake);
    fake.resetCounters();
    const start = process.hrtime.bigint();
    const outcome = await operation(workbench);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const bytes = fake.requests.reduce((max, r) => Math.max(max, r.bytes), 0);
    return { syncs: fake.syncCount(), runs: fake.runCount(), ms, largest: bytes, ok: outcome.ok };
  } finally {
    fake.uninstall();
  }
}

const noop = () => undefined;
const withDemo = (workbench) => workbench.createWorkbook({ year: 2010, demo: true }, noop);

/** The demo workbook with 评议评分 grown to `rows` valid score rows (more evaluators per group). */
function withScores(rows) {
  return async (workbench, fake) => {
    await withDemo(workbench);
    const sheet = fake.workbook.sheet("评议评分");
    const units = fake.workbook
      .sheet("单位名册")
      .grid()
      .slice(1)
      .map((r) => r[0])
      .filter((c) => c && c !== "S09");
    const groups = ["党代表", "人大代表", "政协委员", "软环境监督员", "新闻媒体"];
    const values = [];
    for (let i = 0; i < rows; i++) {
      const unit = units[i % units.length];
      const group = groups[Math.floor(i / units.length) % groups.length];
      values.push([unit, group, `X-${Math.floor(i / (units.length * groups.length))}`, 60 + ((i * 7) % 40)]);
    }
    sheet.setValues("A2", values);
  };
}

async function syncSection() {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.bench.json")], { stdio: "inherit" });
  const cases = [
    ["创建标准工作簿（含示例数据）", noop, withDemo, "≤ 3"],
    ["一键排名（示例工作簿）", withDemo, (w) => w.rank(noop), "1 读 + 1 写"],
    ["一键排名（20,000 行评分）", withScores(20000), (w) => w.rank(noop), "1 读 + 1 写"],
    ["校验（示例工作簿）", withDemo, (w) => w.validate(noop), "1 读 + 1 写"],
  ];
  const rows = [];
  for (const [name, setup, op, budget] of cases) {
    const m = await countSyncs(setup, op);
    rows.push([name, String(m.syncs), budget, String(m.runs), `${(m.largest / 1024).toFixed(0)} KB`, `${m.ms.toFixed(0)} ms`]);
  }
  return {
    columns: ["操作", "sync 次数", "预算", "Excel.run 次数", "最大单次请求", "耗时（内存假 Excel）"],
    rows,
    notes: ["由严格的 Office.js 假对象计数（与测试相同）；单次请求超过约 4 MB 时才分块（Excel 网页版上限 5 MB）。"],
  };
}

async function bundleSection() {
  const dist = path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  }
  const { bundleSize } = require(path.join(ROOT, "scripts", "bundle-size.js"));
  const size = bundleSize(dist);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  return {
    columns: ["文件", "大小", "gzip"],
    rows: [
      ...size.files.map((f) => [`${f.file}（启动加载）`, kb(f.bytes), kb(f.gzipBytes)]),
      ...size.lazy.map((f) => [`${f.file}（按需加载）`, kb(f.bytes), kb(f.gzipBytes)]),
      ["启动时加载合计", "", kb(size.initialGzipBytes)],
    ],
    notes: ["目标：任务窗格启动时加载的 JavaScript ≤ 250 KB gzip；exceljs 仅在文件模式打开文件时加载。"],
  };
}

module.exports = { syncSection, bundleSection };
