/** Windows-safe file names for the templates handed out ({单位编码}_{单位名称}_{活动年度}.xlsx). */

/** Names Windows reserves for devices, whatever extension follows. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * `text` made safe as part of a Windows file name: the characters \ / : * ? " < > | and
 * control characters become "_", trailing dots and spaces go (Windows drops them and the
 * name then differs from what we wrote), and a reserved device name gets a "_" in front.
 */
export function safeFileNamePart(text: string): string {
  // eslint-disable-next-line no-control-regex
  let out = text.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "_").trim();
  out = out.replace(/[. ]+$/, "");
  if (out === "") out = "_";
  if (RESERVED.test(out.split(".")[0])) out = `_${out}`;
  return out;
}

/** The file name of a unit's template: `{单位编码}_{单位名称}_{活动年度}.xlsx`, each part made safe. */
export function templateFileName(unit: { code: string; name: string }, year: number): string {
  return `${safeFileNamePart(`${unit.code}_${unit.name}_${year}`)}.xlsx`;
}
