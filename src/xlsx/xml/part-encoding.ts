/**
 * The text encoding of a package part. XML parts are UTF-8 or UTF-16 (XML 1.0 §4.3.3: a
 * UTF-16 entity starts with a byte order mark, or with "<" as two bytes); Excel and
 * LibreOffice write UTF-8, but UTF-16 parts are legal and are read. Anything else is
 * refused as an encoding this program does not read, never as a damaged or hostile file.
 */
import { REFUSALS } from "../refusal";

export type PartEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** The encoding of a part from its first bytes. */
export function sniffEncoding(head: Uint8Array): PartEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head[0] === 0x3c && head[1] === 0x00) return "utf-16le";
  if (head[0] === 0x00 && head[1] === 0x3c) return "utf-16be";
  return "utf-8";
}

/** Refuses a part whose XML declaration names an encoding other than UTF-8 or UTF-16 (its text as decoded so far). */
export function checkDeclaredEncoding(text: string, where: string): void {
  const declaration = /^\uFEFF?<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(text);
  if (!declaration) return;
  const name = declaration[1].toLowerCase().replace(/[^a-z0-9]/g, "");
  if (name !== "utf8" && name !== "utf16" && name !== "utf16le" && name !== "utf16be") throw REFUSALS.unsupportedEncoding(where, declaration[1]);
}

/**
 * The text of a whole part (a small one: the workbook, relationships, content types),
 * byte order mark dropped. Invalid UTF-8 is refused: these parts name sheets and parts,
 * and a replacement character in them would point somewhere else.
 */
export function decodePart(bytes: Uint8Array, where: string): string {
  const encoding = sniffEncoding(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    throw REFUSALS.badEncoding(where, error);
  }
  checkDeclaredEncoding(text, where);
  return text.replace(/^\uFEFF/, "");
}
