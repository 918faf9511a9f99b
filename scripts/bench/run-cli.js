/**
 * Runs the command line once in a fresh process, for the whole-process sections: wall time
 * from here, peak RSS and CPU time from the process itself (report-rss.js writes them at exit).
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { MB } = require("./util");

const ROOT = path.join(__dirname, "..", "..");

/** `tisheng ...args`: {wallMs, ...usage, stdout}; throws when it exits non-zero. */
function runCliMeasured(args) {
  const report = path.join(os.tmpdir(), `tisheng-bench-${process.pid}-${Date.now()}.json`);
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--require", path.join(__dirname, "report-rss.js"), path.join(ROOT, "bin", "tisheng.js"), ...args], {
    env: { ...process.env, TISHENG_BENCH_REPORT: report },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * MB,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`tisheng ${args[0]} exited ${run.status}: ${run.stderr}${String(run.stdout).slice(0, 2000)}`);
  const usage = JSON.parse(fs.readFileSync(report, "utf8"));
  fs.rmSync(report, { force: true });
  return { wallMs, ...usage, stdout: String(run.stdout) };
}

module.exports = { runCliMeasured };
