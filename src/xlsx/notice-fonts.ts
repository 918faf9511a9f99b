/**
 * The fonts of a 公文 (GB/T 9704-2012) and what stands in where they are missing. The
 * standard names 小标宋, 仿宋, 黑体 and 楷体; offices install 方正小标宋简体, 仿宋_GB2312 and
 * 楷体_GB2312, while a plain Windows has 宋体, 仿宋, 黑体 and 楷体. A run names the standard's
 * font; the document's font table gives Word the stand-in (w:altName), the GB2312 character
 * set and the family, so a computer without the font uses the stand-in, not the body font.
 * docx 9 writes a font table only for embedded fonts, so the table is passed to its Packer
 * as an override part (the one part not built through the library's document model).
 */

/** A font the notice uses and its stand-in. */
export interface NoticeFont {
  name: string;
  /** The font Word uses where `name` is not installed (present on every Chinese Windows). */
  altName: string;
  family: "roman" | "modern" | "swiss" | "script";
  /** PANOSE-1 of the stand-in, which Word also matches on. */
  panose: string;
}

/** The notice's fonts by role. */
export const NOTICE_FONTS = {
  /** 标题 and 版头 (2号小标宋). */
  title: { name: "方正小标宋简体", altName: "宋体", family: "roman", panose: "02010600030101010101" },
  /** 正文 (3号仿宋). */
  body: { name: "仿宋_GB2312", altName: "仿宋", family: "modern", panose: "02010609060101010101" },
  /** 一、 headings (黑体). */
  heading: { name: "黑体", altName: "SimHei", family: "modern", panose: "02010609060101010101" },
  /** （一） leads (楷体). */
  lead: { name: "楷体_GB2312", altName: "楷体", family: "modern", panose: "02010609060101010101" },
  /** Page numbers (半角宋体阿拉伯数字). */
  pageNumber: { name: "宋体", altName: "SimSun", family: "roman", panose: "02010600030101010101" },
} as const satisfies Record<string, NoticeFont>;

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function attr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/** word/fontTable.xml naming every font of NOTICE_FONTS with its stand-in (charset 86: GB2312). */
export function noticeFontTable(): string {
  const fonts = Object.values(NOTICE_FONTS).map(
    (f) =>
      `<w:font w:name="${attr(f.name)}"><w:altName w:val="${attr(f.altName)}"/><w:panose1 w:val="${f.panose}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${fonts.join("")}</w:fonts>`;
}
