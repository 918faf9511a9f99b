/**
 * Section: the whole command line at scale. A standard workbook of 100,000 and 1,000,000
 * score rows (units × 5 groups × 20 evaluators) is written once to a temporary folder,
 * then `tisheng rank --json` and `tisheng validate --json` run on it as child processes;
 * each run reports its wall time and its peak resident memory (maxRSS, read in the child
 * at exit) and CPU time (user + system, which other load on the machine stretches less).
 * Targets at 1,000,000 rows: within 10 s and 1 GB each.
 * Run alone with `node scripts/bench/cli-scale.js` (after npm run build:cli).
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { median } = require("./util");
const { bigWorkbook } = require("./big-workbook");

const ROOT = path.join(__dirname, "..", "..");
const SIZES = [
  { units: 1000, groups: 5, evaluators: 20 },
  { units: 10000, groups: 5, evaluators: 20 },
];
const RUNS = Number(process.env.TISHENG_BENCH_CLI_RUNS || 3);
const COMMANDS = [
  ["rank", "--json"],
  ["validate", "--json"],
];
const MB = 1024 * 1024;

/** One run of the command line as a child process: wall time, peak RSS and exit code. */
function runCli(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["-r", path.join(__dirname, "max-rss.js"), path.join(ROOT, "bin", "tisheng.js"), ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * MB,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = child.stderr.toString();
  const usage = /TISHENG_MAX_RSS_KB=(\d+) TISHENG_CPU_US=(\d+)/.exec(stderr);
  if (!usage || child.status === null || child.status > 1)
    throw new Error(`tisheng ${args.join(" ")} failed (${child.status}): ${stderr.slice(0, 500)}`);
  return { ms, rssMb: Number(usage[1]) / 1024, cpuMs: Number(usage[2]) / 1000, code: child.status };
}

async function cliScaleSection() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tisheng-bench-"));
  const rows = [];
  const notes = [];
  try {
    for (const size of SIZES) {
      const book = bigWorkbook(size.units, size.groups, size.evaluators);
      const file = path.join(dir, `scores-${book.scoreRows}.xlsx`);
      fs.writeFileSync(file, book.bytes);
      notes.push(
        `${book.scoreRows.toLocaleString("en-US")} 行：文件 ${(book.bytes.length / MB).toFixed(1)} MB，解压后 ${(book.uncompressed / MB).toFixed(0)} MB，最大部件（评议评分）${(book.largestPart / MB).toFixed(0)} MB。`
      );
      for (const command of COMMANDS) {
        const runs = Array.from({ length: RUNS }, () => runCli([command[0], file, ...command.slice(1)]));
        rows.push([
          `tisheng ${command.join(" ")}`,
          book.scoreRows.toLocaleString("en-US"),
          `${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} s`,
          `${(median(runs.map((r) => r.cpuMs)) / 1000).toFixed(2)} s`,
          `${median(runs.map((r) => r.rssMb)).toFixed(0)} MB`,
          `${(Math.max(...runs.map((r) => r.ms)) / 1000).toFixed(2)} s`,
          `${Math.max(...runs.map((r) => r.rssMb)).toFixed(0)} MB`,
          String(runs[0].code),
        ]);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  notes.push(
    `整个命令行进程（含 Node 启动）；峰值内存为子进程退出时的 maxRSS。目标：100 万行 rank/validate --json 各 ≤ 10 s、≤ 1 GB。中位数取 ${RUNS} 次。`
  );
  return { columns: ["命令", "评分行数", `耗时中位数(${RUNS}次)`, "CPU 时间中位数", "峰值内存中位数", "最慢", "最高峰值", "退出码"], rows, notes };
}

module.exports = { cliScaleSection };

if (require.main === module) {
  const { printTable } = require("./util");
  cliScaleSection().then(
    (table) => printTable("命令行整体：大工作簿的耗时与峰值内存", table),
    (error) => {
      console.error(error);
      process.exit(1);
    }
  );
}
