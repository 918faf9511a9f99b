/**
 * Section: `tisheng distribute <master> --out-dir <dir>` as a whole process on the demo
 * master (151 units of 单位名册), as separate files and as one --zip (wall time, CPU time,
 * peak RSS). Target: 150 templates in under 10 s and under 500 MB.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { runCliMeasured } = require("./run-cli");
const { MB } = require("./util");

async function distributeSection() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tisheng-bench-distribute-"));
  const rows = [];
  let templates = 0;
  try {
    const master = path.join(dir, "master.xlsx");
    runCliMeasured(["init", master, "--demo"]);
    for (const zip of [false, true]) {
      const out = path.join(dir, zip ? "zip" : "files");
      const run = runCliMeasured(["distribute", master, "--out-dir", out, "--force", ...(zip ? ["--zip"] : [])]);
      const files = fs.readdirSync(out);
      if (!zip) templates = files.length;
      const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(out, f)).size, 0);
      rows.push([
        zip ? "一个 .zip" : "逐个文件",
        String(templates),
        `${(bytes / MB).toFixed(1)} MB`,
        `${(run.wallMs / 1000).toFixed(1)} s`,
        `${((run.userMs + run.systemMs) / 1000).toFixed(1)} s`,
        `${(run.maxRssKb / 1024).toFixed(0)} MB`,
      ]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return {
    columns: ["输出", "模板份数", "输出大小", "总耗时", "CPU 时间", "峰值 RSS"],
    rows,
    notes: [
      "整个 node bin/tisheng.js distribute <示例主工作簿> --out-dir <目录> --force 进程（一次运行；示例单位名册 151 个单位）。",
      "目标：150 份模板 < 10 s、< 500 MB。",
    ],
  };
}

module.exports = { distributeSection };
