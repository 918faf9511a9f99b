/**
 * 下载 in file mode (issue 9): the result workbook is the chosen file with the result sheets added at
 * the zip level, so the input sheets travel byte for byte (exceljs re-serialising them doubled
 * 评议评分's validations); and a hostile archive is refused on open by the reader's caps.
 */
import JSZip from "jszip";
import { OUTPUT_SHEETS } from "../../src/sheets/contract";
import { FileSession } from "../../src/taskpane/worker-workbench";
import { openXlsxWithProgress } from "../../src/worker/open-xlsx";
import { demoWorkbookBytes } from "../browser/demo-workbook";
import { InProcessWorker } from "./worker-in-process";

const clock = () => new Date(Date.UTC(2010, 11, 15, 2));

let demo: Uint8Array;
beforeAll(async () => {
  demo = await demoWorkbookBytes(2010);
}, 60_000);

function session() {
  return new FileSession({ clock, spawn: () => new InProcessWorker(openXlsxWithProgress) });
}

/** The sheet parts of a workbook by sheet name, as text. */
async function sheetParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    parts.set(m[1], (await zip.file(path)?.async("string")) ?? "");
  }
  return parts;
}

describe("下载 in file mode", () => {
  it("keeps every input sheet byte for byte and adds the result sheets", async () => {
    const s = session();
    const workbench = await s.open(demo.slice().buffer as ArrayBuffer);
    const outcome = await workbench.rank(() => undefined);
    expect(outcome.ok).toBe(true);
    const saved = await s.save();
    const before = await sheetParts(demo);
    const after = await sheetParts(saved);
    for (const name of ["评议评分", "单位名册", "违规记录", "自查自纠"]) expect(after.get(name)).toBe(before.get(name));
    expect([...after.keys()]).toEqual(expect.arrayContaining([OUTPUT_SHEETS.ranking, OUTPUT_SHEETS.accountability, OUTPUT_SHEETS.validation]));
    const validations = (after.get("评议评分") ?? "").match(/<dataValidation /g) ?? [];
    expect(validations.length).toBe((before.get("评议评分") ?? "").match(/<dataValidation /g)?.length);
  }, 120_000);

  it("refuses a zip bomb on open with one Chinese line, before inflating it", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/worksheets/sheet1.xml", " ".repeat(64 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const started = Date.now();
    await expect(session().open(bomb.slice().buffer as ArrayBuffer)).rejects.toThrow(/压缩比|解压/);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 60_000);
});
