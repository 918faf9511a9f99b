/**
 * The large workbook of the no-freeze test: the demo workbook with 评议评分 replaced by
 * `rows` valid score rows (every roster unit scored by each evaluator group, as many rounds
 * of evaluators as it takes). The sheet XML is built as text and put back into the zip with
 * jszip: exceljs would take minutes to write 200,000 rows on a busy machine.
 */
import JSZip from "jszip";
import { Workbook } from "exceljs";
import { sheetNamesByPath } from "../../src/worker/sheet-paths";
import { demoWorkbookBytes } from "./demo-workbook";
import { rosterCodes, type Grid } from "./result-sheets";

const SCORES = "评议评分";
const GROUPS = ["党代表", "人大代表", "政协委员", "软环境监督员", "新闻媒体"];

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const textCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;

/** The unit codes of the demo's roster that take part in 评议 (the bench's choice: all but S09). */
async function scoredUnits(demo: Uint8Array): Promise<string[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(demo as unknown as ArrayBuffer);
  const roster = workbook.getWorksheet("单位名册");
  const grid: unknown[][] = [];
  roster?.eachRow((row, r) => (grid[r - 1] = Array.isArray(row.values) ? row.values.slice(1) : []));
  return rosterCodes(Array.from(grid, (row) => row ?? []) as Grid).filter((code) => code !== "S09");
}

/** The sheet data of `rows` score rows under the header row. */
function scoreSheetData(header: string, units: readonly string[], rows: number): string {
  const parts: string[] = [header];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const unit = units[i % units.length];
    const g = Math.floor(i / units.length) % GROUPS.length;
    const group = GROUPS[g];
    // Each group's own panel: one evaluator code in two groups would be a ballot warning on every row.
    const evaluator = `X${g}-${Math.floor(i / (units.length * GROUPS.length))}`;
    const score = 60 + ((i * 7) % 40);
    parts.push(
      `<row r="${r}">${textCell(`A${r}`, unit)}${textCell(`B${r}`, group)}${textCell(`C${r}`, evaluator)}<c r="D${r}"><v>${score}</v></c></row>`
    );
  }
  return `<sheetData>${parts.join("")}</sheetData>`;
}

/** The demo workbook of 2010 with `rows` score rows on 评议评分, as .xlsx bytes. */
export async function largeWorkbookBytes(rows: number): Promise<Uint8Array> {
  const demo = await demoWorkbookBytes(2010);
  const units = await scoredUnits(demo);
  const names = await sheetNamesByPath(demo.slice().buffer as ArrayBuffer);
  const path = [...names].find(([, name]) => name === SCORES)?.[0];
  if (!path) throw new Error(`the demo workbook has no ${SCORES} sheet`);
  const zip = await JSZip.loadAsync(demo);
  const xml = await zip.file(path)?.async("string");
  const header = /<row r="1"[\s>][\s\S]*?<\/row>/.exec(xml ?? "")?.[0];
  if (!xml || !header) throw new Error(`${SCORES} has no header row`);
  const sheet = xml
    .replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, scoreSheetData(header, units, rows))
    .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:D${rows + 1}"/>`);
  zip.file(path, sheet);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}
