/**
 * Why a returned file is refused before it is read, in the words the command line and the
 * pane share: not an .xlsx by its name or by its first bytes, or refused by the reader's file
 * checks. Pure (no file system): the caller has the name and the bytes.
 */

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** ".xlsx" for "a/b/单位.XLSX", "" when the name has none (a leading dot is no extension). */
function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** Why a file is not an .xlsx workbook by its name or its first bytes; undefined when it may be one. */
export function formatRefusal(name: string, bytes: Uint8Array): string | undefined {
  const ext = extensionOf(name);
  if (ext !== ".xlsx") {
    const what = ext === "" ? "没有扩展名" : `是 ${ext} 格式`;
    return `文件${what}，不是 .xlsx 工作簿，无法汇总。请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（.xlsx）再报送。`;
  }
  if (startsWith(bytes, OLE))
    return "文件名是 .xlsx，内容却是旧版 .xls/.et 格式，无法汇总。请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（.xlsx）再报送。";
  if (!startsWith(bytes, ZIP))
    return "文件名是 .xlsx，内容却不是 Excel 工作簿（可能是改了扩展名的其他文件或文件已损坏），无法汇总。请重新另存为 .xlsx 后报送。";
  return undefined;
}

/** The reader's refusal (a WorkbookRefusedError's message) as a file's reason: without its English gloss. */
export function readerRefusalReason(message: string): string {
  const text = message.replace(/（[A-Za-z][^）]*）/g, "");
  return `${text.replace(/[。.]?$/, "。")}此文件未汇总。`;
}
