/**
 * Section: the pane's longest frame gaps in file mode (Chromium, production build, 200,000 score
 * rows), from the no-freeze browser test run alone. Frame gaps follow the machine's load, so the
 * test only asserts what load cannot change (work in the file worker, progress with counts, 取消);
 * the gaps are figures here, against the 200 ms target.
 */
"use strict";
const path = require("path");
const fs = require("fs");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..", "..");
const REPORT = path.join(ROOT, "test-output", "browser", "c-no-freeze.json");
const TARGET_MS = 200;

async function frameSection() {
  const chromium = spawnSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).stdout.trim();
  if (!chromium) return { columns: ["步骤"], rows: [], notes: ["跳过：未安装 chromium（apt-get install chromium）。"] };
  fs.rmSync(REPORT, { force: true });
  const jest = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--runInBand", "test/browser/no-freeze.test.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
  });
  if (!fs.existsSync(REPORT)) throw new Error(`the no-freeze test wrote no figures:\n${jest.stdout}\n${jest.stderr}`);
  const { scoreRows, steps } = JSON.parse(fs.readFileSync(REPORT, "utf8"));
  return {
    columns: ["步骤", "最长帧间隔", "目标", "交给文件工作线程", "看到的进度条数"],
    rows: steps.map((s) => [
      s.step,
      `${s.maxGap} ms`,
      s.maxGap < TARGET_MS ? `< ${TARGET_MS} ms ✓` : `< ${TARGET_MS} ms ✗`,
      s.inWorker ? "是" : "否",
      String(s.texts.length),
    ]),
    notes: [
      `${scoreRows.toLocaleString("en-US")} 行评议评分，文件模式；测试 ${jest.status === 0 ? "通过" : "失败（见 npx jest test/browser/no-freeze.test.ts）"}。`,
    ],
  };
}

module.exports = { frameSection };
