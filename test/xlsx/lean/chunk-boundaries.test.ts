import { createOperation } from "../../../src/app/create-operation";
import type { InflateRaw } from "../../../src/xlsx/lean/inflate";
import { openLeanWorkbook } from "../../../src/xlsx/lean/lean-workbook";
import { nodeInflateRaw } from "../../../src/xlsx/lean/node-inflate";
import { XLSX_LIMITS } from "../../../src/xlsx/limits";
import { newXlsxPort } from "../../../src/xlsx/xlsx-port";
import { handXlsx } from "./package-builder";

/** Node's inflater, with its output cut into pieces of `size` bytes: tags, entities and UTF-8 characters fall across chunks. */
function choppedInflate(size: number): InflateRaw {
  return async function* (raw, maxOutput) {
    for await (const chunk of nodeInflateRaw(raw, maxOutput)) for (let at = 0; at < chunk.length; at += size) yield chunk.subarray(at, at + size);
  };
}

describe("the lean reader's chunking", () => {
  it("reads the demo workbook the same whether its parts arrive in 1 MB or in 61-byte chunks", async () => {
    const handle = await newXlsxPort();
    await handle.port.run((s) => createOperation(s, { year: 2010, demo: true }, new Date(0), () => undefined));
    const bytes = await handle.save();
    const whole = await openLeanWorkbook(bytes, { inflate: nodeInflateRaw, limits: XLSX_LIMITS });
    const chopped = await openLeanWorkbook(bytes, { inflate: choppedInflate(61), limits: XLSX_LIMITS });
    const names = whole.sheetNames();
    expect(chopped.sheetNames()).toEqual(names);
    expect(await chopped.readSheets(names)).toEqual(await whole.readSheets(names));
  });

  it("decodes entities, CDATA, comments and quoted '>' in attributes across chunk boundaries", async () => {
    const body =
      '<sheetData><!-- a comment with <tags> --><row r="1" x:note="a > b"><c r="A1" t="inlineStr"><is><t>甲&amp;乙 &#x4E19;</t></is></c>' +
      '<c r="B1" t="str"><v><![CDATA[<丁>&]]></v></c></row></sheetData>';
    for (const size of [1, 2, 3, 5, 1024]) {
      const book = await openLeanWorkbook(await handXlsx([{ name: "表", body }]), { inflate: choppedInflate(size), limits: XLSX_LIMITS });
      expect((await book.readSheets(["表"])).get("表")!.rows).toEqual([["甲&乙 丙", "<丁>&"]]);
    }
  });

  it("reads numbers exactly as parseFloat does, whether a cell is read in one step or tag by tag", async () => {
    const texts = ["0.1", "-0", "73.45", "1.5E-3", "123456789012345678", "0.30000000000000004", "  7", "-.5", "5."];
    const cells = texts.map((text, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${text}</v></c>`).join("");
    // The same values behind a formula, which the one-step path leaves to the tag-by-tag one.
    const formulas = texts.map((text, i) => `<c r="${String.fromCharCode(65 + i)}2"><f>1</f><v>${text}</v></c>`).join("");
    const body = `<sheetData><row r="1">${cells}</row><row r="2">${formulas}</row></sheetData>`;
    const expected = texts.map((text) => parseFloat(text));
    for (const size of [1, 7, 1024]) {
      const book = await openLeanWorkbook(await handXlsx([{ name: "表", body }]), { inflate: choppedInflate(size), limits: XLSX_LIMITS });
      expect((await book.readSheets(["表"])).get("表")!.rows).toEqual([expected, expected]);
    }
  });
});
