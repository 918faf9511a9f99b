/**
 * Writes a large standard workbook fast, for the whole-CLI benchmark: the sheet XML is
 * written straight into a zip (shared strings, deflate through zlib) instead of through
 * exceljs, which would take minutes at 1,000,000 rows. Cell values are the plan's own
 * (dates as serial numbers), so the readers see what a real workbook holds.
 */
"use strict";
const path = require("path");
const zlib = require("zlib");
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

const crc32 = zlib.crc32 ?? (() => 0);

/** Entries {name, data} as a deflated zip archive. */
function zipOf(entries) {
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name);
    const packed = zlib.deflateRawSync(data, { level: 6 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(packed.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, packed);
    central.push(header, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
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
