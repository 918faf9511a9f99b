/**
 * The `tisheng` command line over the xlsx adapter. Usage and file errors are one line
 * on stderr (Chinese, English in brackets) with exit code 2 and no stack trace.
 */
import { distributeCommand } from "./distribute-command";
import { collectCommand } from "./collect-command";
import { WorkbookRefusedError } from "../xlsx/refusal";
import { UsageError } from "./errors";
import { explainCommand } from "./explain-command";
import { initCommand } from "./init-command";
import { processIo, terminalIo, type CliIo } from "./io";
import { rankCommand } from "./rank-command";
import { reportCommand } from "./report-command";
import { validateCommand } from "./validate-command";

const HELP = `提升年工作台 命令行 (Tisheng Workbench CLI)

用法：
  tisheng init <out.xlsx> [--year YYYY] [--demo] [--from <上一年度.xlsx>] [--force]
                                                             生成标准工作簿（--demo 填入示例活动数据；--from 沿用上一年度的名册、评议主体、参数设置和重点工作）
  tisheng rank <book.xlsx> [--out <result.xlsx>] [--last-year <上一年度.xlsx>] [--force] [--json]
                                                             一键排名与问责名单（不修改输入文件；--force 覆盖已有的输出文件）
  tisheng explain <book.xlsx> <单位编码或名称> [--json]       说明一个单位的总分如何算出、名次、与上下名的差距和问责稳健性（不修改输入文件）
  tisheng validate <book.xlsx> [--json]                      校验所有录入数据
  tisheng collect <master.xlsx> <文件或文件夹>... [--out <merged.xlsx>] [--return-dir <dir>] [--dry-run] [--json] [--force]
                                                             汇总各单位报送的填报模板（不修改总表；不加 --out 只预览；--return-dir 为退回文件写出退回说明）
  tisheng report <book.xlsx> [--batch 督查批次] [--as-of YYYY-MM-DD] [--out <result.xlsx>] [--force] [--json]   序时进度、整改销号和督查通报
  tisheng distribute <master.xlsx> --out-dir <目录> [--units 编码,...] [--zip] [--force]   为单位名册中的每个单位生成填报模板（不修改主工作簿）
`;

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  distribute: distributeCommand,
  collect: collectCommand,
  explain: explainCommand,
  init: initCommand,
  rank: rankCommand,
  report: reportCommand,
  validate: validateCommand,
};

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], rawIo: CliIo = processIo): Promise<number> {
  // Unit names and 责任人 come from workbooks: nothing they hold may act on the terminal.
  const io = terminalIo(rawIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`未知命令“${name}”。可用命令：${Object.keys(COMMANDS).join("、")}（unknown command）`);
    return await command(rest, io);
  } catch (error) {
    // A file refused while a result is written (a damaged part, a Strict workbook) is the file's fault, as when read.
    if (error instanceof UsageError || error instanceof WorkbookRefusedError) {
      io.err(`tisheng: ${error.message}\n`);
      return 2;
    }
    io.err(`tisheng: 内部错误（internal error）：${error instanceof Error ? error.message : String(error)}\n`);
    return 3;
  }
}
