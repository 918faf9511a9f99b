/**
 * What the pane loads at start, without a build: the static imports from the pane's entry,
 * followed through src/ (dynamic import() is where webpack starts a lazy chunk, so it is not
 * followed). exceljs, pako and the returned-file reader must stay behind an import(): inside
 * Excel the start bundle has to stay under 250 KB gzip (scripts/bundle-size.js measures it
 * after `npm run build`). Imports written as `import type` are erased and not followed; any
 * other import is, so the closure can only be larger than what webpack bundles.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const SRC = resolve(__dirname, "..", "..", "src");

function resolveFile(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this candidate
    }
  }
  throw new Error(`${from} imports ${specifier}, which does not resolve`);
}

/** The modules (paths under src/) and packages reached from `entry` by static imports only, and the targets of import() met on the way. */
function staticClosure(entry: string): { modules: Set<string>; packages: Set<string>; lazy: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const lazy = new Set<string>();
  const visitFile = (file: string) => {
    const key = relative(SRC, file).split("\\").join("/");
    if (modules.has(key)) return;
    modules.add(key);
    const source = ts.createSourceFile(
      file,
      readFileSync(file, "utf8"),
      ts.ScriptTarget.Latest,
      false,
      file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS
    );
    const follow = (specifier: ts.Expression | undefined) => {
      if (!specifier || !ts.isStringLiteral(specifier)) return;
      if (specifier.text.startsWith(".")) visitFile(resolveFile(file, specifier.text));
      else packages.add(specifier.text);
    };
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) follow(node.moduleSpecifier);
      else if (ts.isExportDeclaration(node) && !node.isTypeOnly) follow(node.moduleSpecifier);
      else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const target = node.arguments[0];
        if (target && ts.isStringLiteral(target)) lazy.add(relative(SRC, resolveFile(file, target.text)).split("\\").join("/"));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  };
  visitFile(entry);
  return { modules, packages, lazy };
}

describe("the pane's start bundle", () => {
  const { modules, packages, lazy } = staticClosure(join(SRC, "taskpane", "index.tsx"));

  it("is read through: the entry reaches the workbench, both adapters' wiring and React", () => {
    expect(modules).toContain("app/operations.ts");
    expect(modules).toContain("excel/office-port.ts");
    expect(modules).toContain("xlsx/collect-files-lazy.ts");
    expect(packages).toContain("react");
  });

  it("holds neither exceljs nor pako nor the returned-file reader: they come with the first 分发 or 汇总", () => {
    expect([...packages].filter((p) => ["exceljs", "pako", "saxes"].includes(p))).toEqual([]);
    const heavy = [...modules].filter((m) => m.startsWith("xlsx/") && m !== "xlsx/collect-files-lazy.ts");
    expect(heavy).toEqual([]);
    for (const operation of ["app/collect-operation.ts", "app/undo-operation.ts", "app/distribute-pane.ts"]) {
      expect(modules).not.toContain(operation);
      expect(lazy).toContain(operation);
    }
    expect(lazy).toContain("xlsx/collect-files.ts");
  });

  it("leaves the rules, the ranking and the result sheets to the first 校验, 一键排名 or 督查 (they came to 25 KB gzip)", () => {
    for (const operation of ["app/rank-operation.ts", "app/validate-operation.ts", "app/report-operation.ts", "app/dashboard-operation.ts"]) {
      expect(modules).not.toContain(operation);
      expect(lazy).toContain(operation);
    }
    for (const heavy of ["app/judge-workbook.ts", "domain/ranking/index.ts", "domain/validation/index.ts"]) expect(modules).not.toContain(heavy);
  });
});
