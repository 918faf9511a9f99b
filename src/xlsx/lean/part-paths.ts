/** Paths between the parts of an OPC package (ECMA-376 part 2): relationships and their targets. */

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The part a relationship target names, relative to the part that holds the relationship.
 * Absolute targets ("/xl/worksheets/sheet1.xml", as openpyxl writes them) start at the
 * package root; "." and ".." segments are resolved; zip entry names carry no leading slash.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** The local part of a qualified attribute or element name ("r:id" → "id"). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
