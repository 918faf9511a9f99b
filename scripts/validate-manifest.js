// Validates manifest.xml offline with xmllint against Microsoft's XSDs.
// `office-addin-manifest validate` posts the file to an online service, which this
// project must not depend on. The schema folder comes from TISHENG_MANIFEST_SCHEMA, or
// ../shared/manifest-schema beside the checkout.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const SCHEMA_FILE = "OfficeAppManifestV1_1.xsd";

/** The schema folder: TISHENG_MANIFEST_SCHEMA, else ../shared/manifest-schema relative to the repo. */
function schemaDir(env = process.env) {
  return env.TISHENG_MANIFEST_SCHEMA ? path.resolve(env.TISHENG_MANIFEST_SCHEMA) : path.resolve(ROOT, "..", "shared", "manifest-schema");
}

/** Runs xmllint on `manifest`; returns {ok, output}, with a clear message when xmllint or the schema is missing. */
function validateManifest(manifest = path.join(ROOT, "manifest.xml"), env = process.env) {
  const schema = path.join(schemaDir(env), SCHEMA_FILE);
  if (!fs.existsSync(schema)) {
    return { ok: false, output: `Manifest schema not found: ${schema}\nSet TISHENG_MANIFEST_SCHEMA to the folder holding ${SCHEMA_FILE}.` };
  }
  if (!fs.existsSync(manifest)) return { ok: false, output: `Manifest not found: ${manifest}` };
  const run = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], { encoding: "utf8" });
  if (run.error) {
    const missing = run.error.code === "ENOENT";
    return {
      ok: false,
      output: missing ? "xmllint not found. Install it: apt-get install -y libxml2-utils" : `xmllint failed to start: ${run.error.message}`,
    };
  }
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

if (require.main === module) {
  const result = validateManifest(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  (result.ok ? console.log : console.error)(result.output);
  process.exit(result.ok ? 0 : 1);
}

module.exports = { validateManifest, schemaDir };
