/** Reading a worksheet's raw XML out of an .xlsx package, and its data validations, as the file says them. */
import JSZip from "jszip";

/** The XML of the worksheet named `name` in an .xlsx package. */
export async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target =
    new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  return zip.file(target.startsWith("/") ? target.slice(1) : `xl/${target}`)!.async("string");
}

const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Each <dataValidation> of a sheet's XML as its attributes and first formula, unescaped. */
export function validationsOf(xml: string): { attrs: Record<string, string>; formula1: string }[] {
  return [...xml.matchAll(/<(?:\w+:)?dataValidation\s([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?dataValidation>)/g)].map((m) => ({
    attrs: Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], unescape(a[2])])),
    formula1: unescape(/<(?:\w+:)?formula1>([\s\S]*?)<\/(?:\w+:)?formula1>/.exec(m[2] ?? "")?.[1] ?? ""),
  }));
}
