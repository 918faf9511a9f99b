/** The shared strings table: each <si>'s text, rich-text runs joined, phonetic guides (<rPh>) left out. */
import { decodeXmlText, scanXml } from "./fast-xml";
import type { ZipParts } from "./zip-parts";

/** Reads the shared strings part into an array indexed as the sheets' t="s" cells index it. */
export async function readSharedStrings(parts: ZipParts, part: string | undefined, maxDepth: number): Promise<string[]> {
  const strings: string[] = [];
  if (part === undefined) return strings;
  let text = "";
  let inText = false;
  let phonetic = 0;
  await scanXml(
    parts.chunks(part),
    {
      open: (name) => {
        if (name === "si") text = "";
        else if (name === "rPh") phonetic++;
        else if (name === "t") inText = phonetic === 0;
      },
      close: (name) => {
        if (name === "si") strings.push(decodeXmlText(text));
        else if (name === "rPh") phonetic--;
        else if (name === "t") inText = false;
      },
      text: (buf, from, to) => {
        if (inText) text += buf.slice(from, to);
      },
    },
    "共享文本",
    maxDepth
  );
  return strings;
}
