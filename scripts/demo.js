// npm run demo: writes the demo campaign workbook with the CLI, then ranks it.
"use strict";
const { execFileSync } = require("node:child_process");
const { mkdirSync } = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const book = path.join("demo", "示例-提升年.xlsx");
mkdirSync(path.join(root, "demo"), { recursive: true });

function tisheng(args, okCodes = [0]) {
  console.log(`\n$ tisheng ${args.join(" ")}`);
  try {
    execFileSync(process.execPath, [path.join(root, "bin", "tisheng.js"), ...args], { cwd: root, stdio: "inherit" });
  } catch (error) {
    if (!okCodes.includes(error.status)) process.exit(error.status || 1);
  }
}

tisheng(["init", book, "--demo", "--force"]);
tisheng(["rank", book, "--out", path.join("demo", "示例-排名结果.xlsx"), "--force"]);
