/**
 * Writes a large standard workbook fast, for the whole-CLI benchmark: the sheet XML is
 * written straight into a zip (shared strings, deflate through zlib) instead of through
 * exceljs, which would take minutes at 1,000,000 rows. Cell values are the plan's own
 * (dates as serial numbers), so the readers see what a real workbook holds.
 */
"use strict";
const path = require("path");
const { Buffer } = require("buffer");
const { LIB } = require("./util");

const lib = (p) => require(path.join(LIB, p));
const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The campaign data of `units` units, `groups` groups and `evaluators` evaluators per group scoring every unit. */
function scaleData(settings, units, groupCount, evaluators) {
  const { UNIT_CATEGORIES } = lib("domain/campaign");
  const data = {
    units: [],
    tasks: [],
    groups: [],
    scores: [],
    adjustments: [],
    violations: [],
    progress: [],
    plans: [],
    inspections: [],
    supervision: [],
  };
  for (let u = 0; u < units; u++)
    data.units.push({
      code: `U${String(u + 1).padStart(5, "0")}`,
      name: `单位${u + 1}`,
      category: UNIT_CATEGORIES[u % UNIT_CATEGORIES.length],
      parentCode: "",
      leader: `负责人${u + 1}`,
    });
  for (let g = 0; g < groupCount; g++) data.groups.push({ name: `评议主体${g + 1}`, weight: 1 + (g % 3) });
  let seed = 2010;
  for (const unit of data.units)
    for (let g = 0; g < groupCount; g++)
      for (let e = 0; e < evaluators; e++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        data.scores.push({ unitCode: unit.code, group: data.groups[g].name, evaluatorId: `P${g + 1}-${e + 1}`, score: 60 + (seed % 400) / 10 });
      }
  return data;
}

function sheetXml(rows, strings) {
  const index = (s) => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const parts = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  for (let r = 0; r < rows.length; r++) {
    let xml = `<row r="${r + 1}">`;
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === "") continue;
      const ref = String.fromCharCode(65 + c) + (r + 1);
      if (typeof v === "number") xml += `<c r="${ref}"><v>${v}</v></c>`;
      else if (typeof v === "boolean") xml += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      else xml += `<c r="${ref}" t="s"><v>${index(String(v))}</v></c>`;
    }
    parts.push(`${xml}</row>`);
  }
  parts.push("</sheetData></worksheet>");
  return Buffer.from(parts.join(""));
}

/** Entries {name, data} as a deflated zip archive, through the product's own zip writer. */
function zipOf(entries) {
  const { concatChunks, deflatedEntry, zipChunks } = lib("xlsx/zip/write-zip");
  const { nodeZipCodec } = lib("cli/zip-codec");
  return Buffer.from(concatChunks(zipChunks(entries.map(({ name, data }) => deflatedEntry(name, data, nodeZipCodec)))));
}

/**
 * The standard workbook of `units` × `groups` × `evaluators` score rows as .xlsx bytes,
 * with the size of its largest part (the score sheet's XML) for the notes.
 */
function bigWorkbook(units, groups, evaluators) {
  const { defaultSettings } = lib("domain/settings");
  const { buildWorkbookPlan } = lib("sheets/build-plan");
  const settings = defaultSettings(2010);
  const plan = buildWorkbookPlan(settings, { createdAt: new Date(0), data: scaleData(settings, units, groups, evaluators) });
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const strings = new Map();
  const sheets = plan.sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s.rows, strings) }));
  const sst = [...strings.keys()].map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("");
  const overrides = plan.sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    )
    .join("");
  const entries = [
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${overrides}</Types>`
      ),
    },
    {
      name: "_rels/.rels",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
    },
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>${plan.sheets
          .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join("")}</sheets></workbook>`
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${plan.sheets
          .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
          .join("")}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
      ),
    },
    {
      name: "xl/sharedStrings.xml",
      data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sst}</sst>`),
    },
    ...sheets,
  ];
  const largestPart = Math.max(...entries.map((e) => e.data.length));
  const uncompressed = entries.reduce((n, e) => n + e.data.length, 0);
  return { bytes: zipOf(entries), largestPart, uncompressed, scoreRows: units * groups * evaluators };
}

/** Writes the workbook of `units` units (5 groups × 20 evaluators) to `file` unless an earlier run left it there. */
function ensureBigWorkbook(file, units) {
  const fs = require("fs");
  if (fs.existsSync(file)) return file;
  fs.writeFileSync(`${file}.part`, bigWorkbook(units, 5, 20).bytes);
  fs.renameSync(`${file}.part`, file);
  return file;
}

module.exports = { bigWorkbook, ensureBigWorkbook };
