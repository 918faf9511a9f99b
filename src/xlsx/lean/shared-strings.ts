/** The shared strings table: each <si>'s text, rich-text runs joined, phonetic guides (<rPh>) left out. */
import { decodeXmlText, scanXml } from "./fast-xml";
import type { ZipParts } from "./zip-parts";

/** The table as the sheets' t="s" cells index it, and which entries hold bytes that were not UTF-8. */
export interface SharedStrings {
  strings: string[];
  /** Indexes whose text met invalid UTF-8 (read as U+FFFD): a cell using one is refused, naming the cell. */
  damaged: ReadonlySet<number>;
}

/** Reads the shared strings part. */
export async function readSharedStrings(parts: ZipParts, part: string, maxDepth: number): Promise<SharedStrings> {
  const strings: string[] = [];
  const damaged = new Set<number>();
  let badBytes = false;
  let text = "";
  let inText = false;
  let phonetic = 0;
  await scanXml(
    parts.chunks(part, "共享文本"),
    {
      open: (name) => {
        if (name === "si") text = "";
        else if (name === "rPh") phonetic++;
        else if (name === "t") inText = phonetic === 0;
      },
      close: (name) => {
        if (name !== "si") {
          if (name === "rPh") phonetic--;
          else if (name === "t") inText = false;
          return;
        }
        if (badBytes && text.includes("\uFFFD")) damaged.add(strings.length);
        strings.push(decodeXmlText(text));
      },
      text: (buf, from, to) => {
        if (inText) text += buf.slice(from, to);
      },
      invalidBytes: () => {
        badBytes = true;
      },
    },
    "共享文本",
    maxDepth
  );
  return { strings, damaged };
}
