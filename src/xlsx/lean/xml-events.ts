/**
 * Streams a part's XML through saxes, chunk by chunk (never one giant string), with
 * element names stripped of their prefix ("x:row" → "row") and the depth capped: a file
 * of millions of nested elements is refused at the cap instead of filling memory.
 */
import { SaxesParser } from "saxes";
import { REFUSALS } from "../refusal";
import { sniffEncoding } from "../xml/part-encoding";
import { localName } from "./part-paths";

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>, depth: number): void;
  close?(name: string, depth: number): void;
  /** Text and CDATA between tags (entities decoded). */
  text?(text: string): void;
}

/**
 * Parses the chunks with `handlers`. `where` names the part for the user ("工作表「评议评分」").
 * Throws WorkbookRefusedError for malformed XML or nesting deeper than `maxDepth`.
 */
export async function parseXml(chunks: AsyncIterable<Uint8Array>, handlers: XmlHandlers, where: string, maxDepth: number): Promise<void> {
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  let failure: unknown;
  parser.on("opentag", (tag) => {
    depth++;
    if (depth > maxDepth) throw REFUSALS.tooDeep(where, maxDepth);
    handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>, depth);
    if (tag.isSelfClosing) {
      handlers.close?.(localName(tag.name), depth);
      depth--;
    }
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    handlers.close?.(localName(tag.name), depth);
    depth--;
  });
  if (handlers.text) {
    const text = handlers.text;
    parser.on("text", text);
    parser.on("cdata", text);
  }
  parser.on("error", (error) => {
    failure ??= error;
  });
  let decoder: TextDecoder | undefined;
  try {
    for await (const chunk of chunks) {
      // UTF-8, or UTF-16 by its byte order mark (legal in any part); saxes then refuses an unsupported declared encoding as malformed.
      decoder ??= new TextDecoder(sniffEncoding(chunk));
      parser.write(decoder.decode(chunk, { stream: true }));
      if (failure) break;
    }
    if (!failure) parser.write(decoder?.decode() ?? "").close();
  } catch (error) {
    if (error instanceof Error && error.name === "WorkbookRefusedError") throw error;
    throw REFUSALS.badXml(where, error);
  }
  if (failure) throw REFUSALS.badXml(where, failure);
}
