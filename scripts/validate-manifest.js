// Validates manifest.xml offline with xmllint against Microsoft's XSDs.
// `office-addin-manifest validate` posts the file to an online service, which this
// project must not depend on. The schema folder comes from TISHENG_MANIFEST_SCHEMA, or
// ../shared/manifest-schema beside the checkout. A clone without that folder skips the check
// with a loud message (as the LibreOffice and Chromium suites do); under CI=true, or when
// TISHENG_MANIFEST_SCHEMA names a folder, a missing schema fails.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const SCHEMA_FILE = "OfficeAppManifestV1_1.xsd";

/** The schema folder: TISHENG_MANIFEST_SCHEMA, else ../shared/manifest-schema relative to the repo. */
function schemaDir(env = process.env) {
  return env.TISHENG_MANIFEST_SCHEMA ? path.resolve(env.TISHENG_MANIFEST_SCHEMA) : path.resolve(ROOT, "..", "shared", "manifest-schema");
}

/**
 * Runs xmllint on `manifest`; returns {ok, output, skipped}, with a clear message when xmllint or the
 * schema is missing. Without the schema the check is skipped (ok, skipped) unless CI=true or
 * TISHENG_MANIFEST_SCHEMA was set: there a missing schema is a failure.
 */
function validateManifest(manifest = path.join(ROOT, "manifest.xml"), env = process.env) {
  const schema = path.join(schemaDir(env), SCHEMA_FILE);
  if (!fs.existsSync(schema)) {
    const mustRun = env.CI === "true" || Boolean(env.TISHENG_MANIFEST_SCHEMA);
    const where = `Manifest schema not found: ${schema}\nSet TISHENG_MANIFEST_SCHEMA to the folder holding ${SCHEMA_FILE}.`;
    if (mustRun) return { ok: false, output: where };
    return { ok: true, skipped: true, output: `\n*** SKIPPED: the manifest schema check. ${where} CI (CI=true) runs it. ***\n` };
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
  (result.ok && !result.skipped ? console.log : console.error)(result.output);
  process.exit(result.ok ? 0 : 1);
}

module.exports = { validateManifest, schemaDir };
