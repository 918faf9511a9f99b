/**
 * Benchmark (npm run bench): prints tables, it is not a test. Each section is
 * { title, run } where run() returns { columns, rows, notes }; they print in order.
 * Requires the compiled code (npm run bench builds it) and node --expose-gc.
 */
"use strict";
const { printTable } = require("./bench/util");
const { rankingSection } = require("./bench/ranking");
const { readDemoSection, validationSection } = require("./bench/files-and-validation");
const { syncSection, bundleSection } = require("./bench/office");
const { cliScaleSection } = require("./bench/cli-scale");
const { rankOutSection } = require("./bench/rank-out");
const { distributeSection } = require("./bench/distribute");
const { collectSection } = require("./bench/collect");
const { frameSection } = require("./bench/frames");

const SECTIONS = [
  { title: "排名与问责引擎 rankCampaign", run: rankingSection },
  { title: "读取示例工作簿（xlsx 适配器）", run: readDemoSection },
  { title: "校验吞吐", run: validationSection },
  { title: "命令行整体：大工作簿的耗时与峰值内存", run: cliScaleSection },
  { title: "命令行 rank --out（整个进程）", run: rankOutSection },
  { title: "命令行 distribute：150 份单位填报模板（整个进程）", run: distributeSection },
  { title: "命令行 collect --out：回收 150 份填报文件（整个进程）", run: collectSection },
  { title: "Office.js 往返次数（sync）", run: syncSection },
  { title: "任务窗格启动包大小", run: bundleSection },
  { title: "任务窗格帧间隔（Chromium，文件模式）", run: frameSection },
];

async function main() {
  console.log(`# 提升年工作台 benchmark — Node ${process.version}, ${require("os").cpus().length} CPU`);
  for (const section of SECTIONS) printTable(section.title, await section.run());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
