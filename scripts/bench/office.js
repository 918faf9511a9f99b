/**
 * Sections: the Office.js round trips each operation makes (counted by the strict fake,
 * the same one the tests use), and the size of the JavaScript the pane loads at start.
 * In Excel on the web every sync is a network call, so the count matters more than the time.
 */
"use strict";
const path = require("path");
const { execFileSync } = require("child_process");
const fs = require("fs");
const { Buffer } = require("buffer");

const ROOT = path.join(__dirname, "..", "..");
const BENCH_LIB = path.join(ROOT, "lib-bench");
const lib = (p) => require(path.join(BENCH_LIB, p));

/** Counts the syncs of one operation against a fresh fake workbook prepared by `setup`. */
async function countSyncs(setup, operation, predict = () => undefined) {
  const { installFakeExcel } = lib("test/support/fake-excel");
  const { createOfficePort, selectCell } = lib("src/excel");
  const { makeWorkbench } = lib("src/app/operations");
  const fake = installFakeExcel();
  try {
    const workbench = makeWorkbench(createOfficePort(), "excel", selectCell, () => new Date(Date.UTC(2010, 11, 20)));
    await setup(workbench, fake);
    const predicted = predict(fake.workbook);
    fake.resetCounters();
    const start = process.hrtime.bigint();
    const outcome = await operation(workbench);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const bytes = fake.requests.reduce((max, r) => Math.max(max, r.bytes), 0);
    const response = fake.requests.reduce((max, r) => Math.max(max, r.responseBytes), 0);
    // Reads are the round trips that load something; a write loads nothing.
    const reads = fake.requests.filter((r) => r.loads > 0).length;
    const failed = fake.requests.filter((r) => r.failed).length;
    return { predicted, syncs: fake.syncCount(), reads, failed, runs: fake.runCount(), ms, largest: bytes, response, ok: outcome.ok };
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
      const g = Math.floor(i / units.length) % groups.length;
      // Each group's own panel (one evaluator code in two groups is a ballot warning).
      values.push([unit, groups[g], `X${g}-${Math.floor(i / (units.length * groups.length))}`, 60 + ((i * 7) % 40)]);
    }
    sheet.setValues("A2", values);
  };
}

async function syncSection() {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.bench.json")], { stdio: "inherit" });
  const { EAGER_ROWS, READ_BUDGET_BYTES, SAFETY } = lib("src/excel/read-plan");
  const rank = (w) => w.rank(noop);
  const validate = (w) => w.validate(noop);
  const cases = [
    ["创建标准工作簿（含示例数据）", noop, withDemo, "≤ 3", false],
    ["一键排名（示例工作簿）", withDemo, rank, "1 读 + 1 写"],
    ["校验（示例工作簿）", withDemo, validate, "1 读 + 1 写"],
  ];
  for (const rows of [20_000, 100_000, 1_000_000]) {
    const budget = rows <= 20_000 ? "1 读 + 1 写" : "读：公式（见注）";
    cases.push([`一键排名（${rows.toLocaleString("en-US")} 行评分）`, withScores(rows), rank, budget]);
    cases.push([`校验（${rows.toLocaleString("en-US")} 行评分）`, withScores(rows), validate, budget]);
  }
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  // The read-plan formula, from the score sheet as it stands (the only tall sheet here).
  const predictedReads = (book) => {
    const grid = book.sheet("评议评分").grid();
    const sample = grid.slice(0, EAGER_ROWS).map((row) => row.map((v) => (v === null ? "" : v)));
    const bytes = sample.reduce((sum, row) => sum + Buffer.byteLength(JSON.stringify(row)) + 1, 0);
    const perRow = Math.ceil((bytes / sample.length) * SAFETY);
    return 1 + Math.ceil((Math.max(0, grid.length - EAGER_ROWS) * perRow) / READ_BUDGET_BYTES);
  };
  const rows = [];
  for (const [name, setup, op, budget, predicts = true] of cases) {
    const m = await countSyncs(setup, op, predicts ? predictedReads : undefined);
    const syncs = `${m.syncs}（读 ${m.reads}，写 ${m.syncs - m.reads}${m.failed ? `，被拒 ${m.failed}` : ""}）`;
    rows.push([
      name,
      syncs,
      budget,
      m.predicted === undefined ? "—" : String(m.predicted),
      String(m.runs),
      kb(m.largest),
      kb(m.response),
      m.ok ? "成功" : "有错误",
      `${m.ms.toFixed(0)} ms`,
    ]);
  }
  return {
    columns: ["操作", "sync 次数", "预算", "公式算出的读次数", "Excel.run 次数", "最大单次请求", "最大单次响应", "结果", "耗时（内存假 Excel）"],
    rows,
    notes: [
      "由严格的 Office.js 假对象计数（与测试相同），请求与响应均按协议计入对象路径、属性名、values 与 valueTypes 及每个动作的开销；Excel 网页版单次上限 5 MB。",
      `读取的往返次数 = 1 + ⌈Σ 各表第 ${EAGER_ROWS.toLocaleString("en-US")} 行以后的行数 × 每行字节（按前面的行实测，×1.25）÷ ${(READ_BUDGET_BYTES / 1e6).toFixed(0)} MB⌉（最后一批中有以“#”开头的文字时再加 1）。`,
    ],
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
