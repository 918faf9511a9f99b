// The size of the JavaScript the task pane loads at start: the bundle files that
// dist/taskpane.html names in its <script> tags (office.js from the CDN excluded),
// gzipped. Lazy chunks (exceljs, the xlsx adapter) are listed apart and not counted.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** The src of every <script> tag, quoted or not (html-webpack-plugin minifies the page). */
function scriptSources(html) {
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function gzipBytes(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/**
 * Measures `distDir` (default dist/): {initialGzipBytes, files: [{file, bytes, gzipBytes}], lazy: [...]}.
 * Throws when dist/taskpane.html is missing (run the production build first).
 */
function bundleSize(distDir = path.join(__dirname, "..", "dist")) {
  const html = fs.readFileSync(path.join(distDir, "taskpane.html"), "utf8");
  const initial = scriptSources(html).filter((src) => !/^(https?:)?\/\//.test(src));
  const measure = (file) => {
    const full = path.join(distDir, file);
    return { file, bytes: fs.statSync(full).size, gzipBytes: gzipBytes(full) };
  };
  const files = initial.map((src) => measure(src.replace(/^\.?\//, "")));
  // Scripts of the other pages (the ribbon's function file, the notice dialog) are not the pane's.
  const otherPages = ["commands.html", "notice.html"].map((page) => path.join(distDir, page)).filter((page) => fs.existsSync(page));
  const commands = otherPages.flatMap((page) => scriptSources(fs.readFileSync(page, "utf8")));
  const lazy = fs
    .readdirSync(distDir)
    .filter((f) => f.endsWith(".js") && !files.some((i) => i.file === f) && !commands.includes(f))
    .map(measure);
  return { initialGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0), files, lazy };
}

if (require.main === module) {
  const result = bundleSize(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const f of result.files) console.log(`start  ${f.file}: ${kb(f.bytes)}, gzip ${kb(f.gzipBytes)}`);
  for (const f of result.lazy) console.log(`lazy   ${f.file}: ${kb(f.bytes)}, gzip ${kb(f.gzipBytes)}`);
  console.log(`JavaScript loaded at start: ${kb(result.initialGzipBytes)} gzip`);
}

module.exports = { bundleSize };
