/**
 * Why a file is refused before or while it is read, as one Chinese line for the user
 * (what happened, why, what to do). Pure, so the command line and the pane word it alike.
 */

/** Raised when a file is not read because it breaks a cap or is not a workbook; `message` is for the user. */
export class WorkbookRefusedError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message);
    this.name = "WorkbookRefusedError";
    if (cause !== undefined) this.cause = cause;
  }
}

const RESAVE = "请用 Excel 打开该文件并另存为 .xlsx 工作簿后再试";
const SUSPECT = "可能是损坏或被恶意构造的文件，为保护本机已停止读取";

/** "12.3 MB" / "5.0 GB": sizes as people read them. */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${mb.toFixed(1)} MB`;
}

/** The user's words for each refusal. */
export const REFUSALS = {
  notRegular: (kind: string) => new WorkbookRefusedError(`这不是普通文件（${kind}），无法作为工作簿读取。请指定一个 .xlsx 工作簿文件`),
  tooLarge: (size: number, cap: number) =>
    new WorkbookRefusedError(`文件过大：${formatSize(size)}，超过 ${formatSize(cap)} 的上限。请确认选对了文件；数据确实如此之多时请分批处理`),
  notWorkbook: (cause?: unknown) => new WorkbookRefusedError(`不是有效的 .xlsx 工作簿：文件不是 Excel 工作簿格式或已损坏。${RESAVE}`, cause),
  openDocument: () =>
    new WorkbookRefusedError(
      "这是 OpenDocument 电子表格（如 .ods，可能被改成了 .xlsx 扩展名），不是 Excel 工作簿。请在 WPS、LibreOffice 或 Excel 中打开它，“另存为”Excel 工作簿（.xlsx）后再试"
    ),
  encrypted: () => new WorkbookRefusedError(`工作簿已加密或设有打开密码，无法读取。请在 Excel 中取消密码后另存再试`),
  tooManyEntries: (count: number, cap: number) =>
    new WorkbookRefusedError(`工作簿内部包含 ${count} 个部件，超过 ${cap} 个的上限，${SUSPECT}。${RESAVE}`),
  inflatesTooLarge: (size: number, cap: number) =>
    new WorkbookRefusedError(`工作簿解压后达 ${formatSize(size)}，超过 ${formatSize(cap)} 的上限，${SUSPECT}。${RESAVE}`),
  ratioTooHigh: (ratio: number, cap: number) =>
    new WorkbookRefusedError(`工作簿中有内容的压缩比达 ${Math.round(ratio)} 倍，超过 ${cap} 倍的上限，${SUSPECT}。${RESAVE}`),
  sizeMismatch: () => new WorkbookRefusedError(`工作簿内容解压后比文件声明的更大，${SUSPECT}。${RESAVE}`),
  tooDeep: (where: string, cap: number) => new WorkbookRefusedError(`${where}的内容嵌套超过 ${cap} 层，不是正常的工作表结构，${SUSPECT}。${RESAVE}`),
  badXml: (where: string, cause?: unknown) => new WorkbookRefusedError(`${where}的内容无法解析（格式错误），文件可能已损坏。${RESAVE}`, cause),
  badEncoding: (where: string, cause?: unknown) =>
    new WorkbookRefusedError(`文件已损坏：${where}中有不是有效 UTF-8 编码的字节，无法确定其文字。${RESAVE}`, cause),
  unsupportedEncoding: (where: string, encoding: string) =>
    new WorkbookRefusedError(`${where}使用了“${encoding}”文字编码，本程序只读取 UTF-8 和 UTF-16 编码的工作簿。${RESAVE}`),
  badCellText: (where: string, cell: string) =>
    new WorkbookRefusedError(
      `文件已损坏：${where}单元格 ${cell} 的文字含有不是有效 UTF-8 编码的字节，读出来会是乱码。请在 Excel 中打开该文件，重新输入该单元格后另存再试`
    ),
  crcMismatch: (where: string) =>
    new WorkbookRefusedError(
      `文件已损坏：${where}的校验码与内容不符（文件在传输或保存中被改动过），读出的数据可能有误。请重新获取或保存原文件后再试`
    ),
  missingPart: (what: string) => new WorkbookRefusedError(`文件已损坏：缺少${what}，无法作为工作簿读取。${RESAVE}`),
  duplicateRow: (where: string, row: number) =>
    new WorkbookRefusedError(`文件已损坏：${where}的第 ${row} 行在文件中出现了两次，无法确定哪一份是正确的。${RESAVE}`),
  duplicateCell: (where: string, cell: string) =>
    new WorkbookRefusedError(`文件已损坏：${where}单元格 ${cell} 在文件中出现了两次，无法确定哪一个值是正确的。${RESAVE}`),
  strictNotWritable: () =>
    new WorkbookRefusedError(
      "该工作簿是“Strict Open XML 电子表格”格式，本程序可以读取它，但不能在其上生成结果工作簿。请在 Excel 中“另存为”“Excel 工作簿(*.xlsx)”后再试"
    ),
  outsideGrid: (where: string) => new WorkbookRefusedError(`${where}中有单元格位置超出 Excel 的行列范围，文件可能已损坏。${RESAVE}`),
};
