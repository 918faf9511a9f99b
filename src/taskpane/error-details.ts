/**
 * The text "复制详情" puts on the clipboard: enough for the campaign office's IT contact to see what
 * happened without a screenshot: the message, when, where the pane ran and the campaign's stage.
 * Nothing leaves the machine: the user pastes it where they choose.
 */
import { currentStage } from "../domain/campaign";
import type { Settings } from "../domain/settings";
import { isoOfInstant } from "../sheets/dates";

/** What the pane knows about the error beyond its message; every field optional. */
export interface ErrorContext {
  /** Where the pane runs: in Excel on the open workbook, or on a file opened in the browser. */
  mode?: "excel" | "file";
  /** The campaign stage of the workbook ("自查自纠"), or what the pane knows of it. */
  stage?: string;
  /** The action that failed ("校验"). */
  action?: string;
  /** The name of the file in file mode. */
  fileName?: string;
}

const MODE_WORDS = { excel: "在 Excel 中操作当前工作簿", file: "在浏览器中处理打开的文件" } as const;

/** "2010-08-15 10:00:05": the local time, dates as yyyy-mm-dd. */
export function timeText(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${isoOfInstant(at)} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** The details of `message` as lines "项目：内容"; the fields the pane does not know are left out. */
export function errorDetails(message: string, at: Date, context: ErrorContext = {}, environment = ""): string {
  const lines = [
    "提升年工作台 错误详情",
    `发生了什么：${message}`,
    `时间：${timeText(at)}`,
    context.action ? `操作：${context.action}` : "",
    context.mode ? `模式：${MODE_WORDS[context.mode]}` : "",
    context.fileName ? `文件：${context.fileName}` : "",
    context.stage ? `工作簿阶段：${context.stage}` : "",
    environment ? `运行环境：${environment}` : "",
  ];
  return lines.filter(Boolean).join("\n");
}

/**
 * The stage for the details: "自查自纠（2010-07-01 至 2010-09-30）" from the workbook's settings and
 * the clock, "不在2010年活动期内" outside the year, or "未读取（尚未创建标准工作簿）" without settings.
 */
export function stageForDetails(settings: Settings | null | undefined, today: Date): string {
  if (!settings) return "未读取（尚未创建标准工作簿）";
  const stage = currentStage(settings, isoOfInstant(today));
  return stage ? `${stage.name}（${stage.from} 至 ${stage.to}）` : `不在${settings.year}年活动期内`;
}
