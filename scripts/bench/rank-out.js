/**
 * Section: `tisheng rank <book> --out <result> --force` as a whole process on generated
 * workbooks of 100,000 and 1,000,000 score rows (wall time, CPU time, peak RSS), and the
 * write part alone in-process (building the result workbook at the zip level and writing it).
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { runCliMeasured } = require("./run-cli");
const { LIB, MB, peakMemoryOf } = require("./util");
const { ensureBigWorkbook } = require("./big-workbook");

const SIZES = [1000, 10000];

/** The write part alone: rank once through the lean reader, then time building and writing the result workbook. */
async function writePart(book, out) {
  const { openReadOnlyBook } = require(path.join(LIB, "cli/open-book"));
  const { recordingPort } = require(path.join(LIB, "xlsx/result-recorder"));
  const { rankOperation } = require(path.join(LIB, "app/rank-operation"));
  const { resultWorkbookChunks } = require(path.join(LIB, "xlsx/result-workbook"));
  const { writeOutput } = require(path.join(LIB, "cli/files"));
  const { nodeZipCodec } = require(path.join(LIB, "cli/zip-codec"));
  const opened = await openReadOnlyBook(book);
  const recorder = recordingPort(opened);
  await recorder.port.run((s) => rankOperation(s, new Date(), () => undefined));
  // Timed inside peakMemoryOf, so its collections before the run are not counted; CPU time too, for a busy machine.
  let buildMs = 0;
  let buildCpuMs = 0;
  const { result: chunks, above } = peakMemoryOf(() => {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const built = resultWorkbookChunks(opened.bytes, recorder.writes.blocks, recorder.writes.highlights, nodeZipCodec);
    const used = process.cpuUsage(cpu);
    buildCpuMs = (used.user + used.system) / 1000;
    buildMs = Number(process.hrtime.bigint() - start) / 1e6;
    return built;
  });
  const writeStart = process.hrtime.bigint();
  await writeOutput(out, chunks, { force: true });
  const writeMs = Number(process.hrtime.bigint() - writeStart) / 1e6;
  return { buildMs, buildCpuMs, writeMs, above };
}

async function rankOutSection() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tisheng-bench-out-"));
  const rows = [];
  try {
    for (const units of SIZES) {
      // Generated once and kept in the temporary folder: generating 1,000,000 rows takes a while.
      const book = ensureBigWorkbook(path.join(os.tmpdir(), `tisheng-bench-${units}-units.xlsx`), units);
      const out = path.join(dir, "result.xlsx");
      const whole = runCliMeasured(["rank", book, "--out", out, "--force"]);
      const part = await writePart(book, out);
      rows.push([
        (units * 100).toLocaleString("en-US"),
        `${(fs.statSync(book).size / MB).toFixed(1)} MB`,
        `${(whole.wallMs / 1000).toFixed(1)} s`,
        `${((whole.userMs + whole.systemMs) / 1000).toFixed(1)} s`,
        `${(whole.maxRssKb / 1024).toFixed(0)} MB`,
        `${part.buildMs.toFixed(0)} ms（CPU ${part.buildCpuMs.toFixed(0)} ms）`,
        `${part.writeMs.toFixed(0)} ms`,
        `${(part.above / MB).toFixed(0)} MB`,
      ]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return {
    columns: ["评分行数", "输入文件", "rank --out 总耗时", "CPU 时间", "峰值 RSS", "生成结果工作簿", "写入文件", "生成时内存(高于之前)"],
    rows,
    notes: [
      "总耗时与峰值 RSS：整个 node bin/tisheng.js rank <book> --out <result> --force 进程（一次运行；CPU 时间 = 用户态 + 内核态，机器繁忙时比总耗时可靠）。",
      "生成结果工作簿：输入的各部件按压缩字节原样复制，只生成 排名结果、问责名单、校验结果、校验标记 并改写工作簿清单与样式；写入文件：临时文件 + fsync + 改名。",
      "目标：100 万行 rank --out < 30 s、< 1.5 GB。测试工作簿由 scripts/bench/big-workbook.js 生成（直接写入 zip），缓存于系统临时目录。",
    ],
  };
}

module.exports = { rankOutSection };
