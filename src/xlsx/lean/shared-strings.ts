/** The shared strings table: each <si>'s text, rich-text runs joined, phonetic guides (<rPh>) left out. */
import { parseXml } from "./xml-events";
import type { ZipParts } from "./zip-parts";

/** Reads the shared strings part into an array indexed as the sheets' t="s" cells index it. */
export async function readSharedStrings(parts: ZipParts, part: string | undefined, maxDepth: number): Promise<string[]> {
  const strings: string[] = [];
  if (part === undefined) return strings;
  let text = "";
  let inText = false;
  let phonetic = 0;
  await parseXml(
    parts.chunks(part),
    {
      open: (name) => {
        if (name === "si") text = "";
        else if (name === "rPh") phonetic++;
        else if (name === "t") inText = phonetic === 0;
      },
      close: (name) => {
        if (name === "si") strings.push(text);
        else if (name === "rPh") phonetic--;
        else if (name === "t") inText = false;
      },
      text: (chunk) => {
        if (inText) text += chunk;
      },
    },
    "共享文本",
    maxDepth
  );
  return strings;
}
