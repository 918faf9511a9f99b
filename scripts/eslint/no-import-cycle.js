/**
 * ESLint rule: no import cycles among the project's modules (eslint-plugin-import, whose
 * no-cycle does this, is not installed). Each relative import, re-export and dynamic
 * import() of the file linted is followed through the modules on disk (type-only imports
 * included, as test/architecture/import-graph.ts reads them); an import from which
 * the file can be reached again is reported with the cycle it closes.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

/** Module path → { mtime, specifiers } of the files read so far (re-read when a file changes). */
const parsed = new Map();

/** The relative specifiers a module's text imports, re-exports or loads with import(). */
function specifiersIn(text) {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith("."));
}

/** The file a relative specifier names, as the bundler resolves it (file, then folder index); null when none. */
function resolveImport(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not this candidate
    }
  }
  return null;
}

/** The modules `file` imports, read from disk. */
function importsOnDisk(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return [];
  }
  const known = parsed.get(file);
  if (known && known.mtimeMs === stat.mtimeMs) return known.targets;
  const targets = specifiersIn(fs.readFileSync(file, "utf8"))
    .map((s) => resolveImport(file, s))
    .filter(Boolean);
  parsed.set(file, { mtimeMs: stat.mtimeMs, targets });
  return targets;
}

/** The modules from `start` back to `file` (shortest), or null when `file` cannot be reached. */
function pathBack(start, file) {
  const parent = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift();
    if (at === file) {
      const chain = [];
      for (let m = at; m !== null; m = parent.get(m)) chain.unshift(m);
      return chain;
    }
    for (const next of importsOnDisk(at)) {
      if (!parent.has(next)) {
        parent.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

module.exports = {
  meta: {
    type: "problem",
    docs: { description: "no import cycles among the project's modules" },
    schema: [],
    messages: { cycle: "Import cycle: {{cycle}}. Move what both sides need into a module that neither imports." },
  },
  create(context) {
    const file = context.filename;
    const root = context.cwd;
    const name = (m) => path.relative(root, m).split(path.sep).join("/");
    const check = (node, source) => {
      if (!source || source.type !== "Literal" || typeof source.value !== "string" || !source.value.startsWith(".")) return;
      const target = resolveImport(file, source.value);
      if (!target) return;
      const chain = target === file ? [file] : pathBack(target, file);
      if (chain) context.report({ node: source, messageId: "cycle", data: { cycle: [file, ...chain].map(name).join(" → ") } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};
