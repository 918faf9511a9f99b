/**
 * Where the pane can hand over a file. It offers downloads as a Blob link with `download`;
 * Excel on Mac's task pane ignores such a link (OfficeDev/office-js#2700, closed by design), so
 * there a download action would seem to work and deliver nothing.
 */

/** Office.context.diagnostics.platform of Excel on Mac (Office.PlatformType.Mac). */
const MAC = "Mac";

/** Why 分发填报模板 cannot hand over its .zip on `platform`, or null where downloads work. */
export function distributeDownloadBlocker(platform: string | undefined): string | null {
  if (platform !== MAC) return null;
  return "Mac 版 Excel 的任务窗格不能下载文件（微软的已知限制），模板压缩包在这里交不出来，所以没有生成，分发记录也不会改动。请在 Excel 网页版中打开本工作簿再点“分发填报模板”，或请信息管理员用工作台的命令行工具生成模板。";
}
