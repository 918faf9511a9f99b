/**
 * The one date conversion: Excel serials of the 1900 date system (with Lotus's
 * fictitious 1900-02-29 as serial 60) and JavaScript Dates, independent of the
 * machine's time zone.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { isoOfInstant, isoToJsDate, isoToSerial, isValidIso, jsDateToIso, serialToIso } from "../../src/sheets/dates";

describe("serials around Excel's fictitious 1900-02-29", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [40242, "2010-03-05"], // 2010-01-01 is 40179 (Excel's own value); +31 +28 +4 days
    [2958465, "9999-12-31"], // Excel's last date
  ])("serial %d is %s and back", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it("has no calendar date for serial 60 (1900-02-29 never existed) or for serials before 1", () => {
    expect(serialToIso(60)).toBeNull();
    expect(serialToIso(0)).toBeNull();
    expect(serialToIso(Number.NaN)).toBeNull();
  });

  it("drops the time of day from a serial", () => {
    expect(serialToIso(40242.75)).toBe("2010-03-05");
  });

  it("round-trips every serial but 60, and consecutive serials are consecutive days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958464 }).filter((s) => s !== 59 && s !== 60),
        (serial) => {
          const iso = serialToIso(serial) as string;
          expect(isoToSerial(iso)).toBe(serial);
          const next = serialToIso(serial + 1) as string;
          expect(Date.parse(next) - Date.parse(iso)).toBe(86_400_000);
        }
      )
    );
  });
});

describe("JavaScript Dates", () => {
  it("reads the calendar day of a UTC-midnight Date (as exceljs returns dates), whatever the local offset", () => {
    const date = new Date(Date.UTC(2010, 2, 5));
    expect(jsDateToIso(date)).toBe("2010-03-05");
    expect(jsDateToIso(isoToJsDate("2010-12-31"))).toBe("2010-12-31");
    expect(jsDateToIso(new Date(Number.NaN))).toBeNull();
  });

  it("validates calendar dates", () => {
    expect(["2010-02-28", "2012-02-29", "2010-02-29", "2010-13-01", "2010-3-5"].map(isValidIso)).toEqual([true, true, false, false, false]);
  });
});

/** Runs src/sheets/dates.ts in a fresh Node process with the given TZ (a running process cannot change its zone reliably). */
function inZone(zone: string, script: string): unknown {
  const source = readFileSync(join(__dirname, "../../src/sheets/dates.ts"), "utf8");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const program = `(function (module, exports) {\n${js}\n})(globalThis.m = { exports: {} }, globalThis.m.exports);\nconst d = globalThis.m.exports;\nprocess.stdout.write(JSON.stringify(${script}));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", program], { env: { ...process.env, TZ: zone } }).toString());
}

describe("time zones", () => {
  const probe = `[new Date().getTimezoneOffset(), d.serialToIso(40242), d.isoToSerial("2010-03-05"), d.jsDateToIso(new Date(Date.UTC(2010, 2, 5))), d.jsDateToIso(d.isoToJsDate("1900-03-01")), d.isoOfInstant(new Date("2010-03-04T20:00:00Z"))]`;

  it.each([
    ["America/New_York", "2010-03-04"],
    ["Asia/Shanghai", "2010-03-05"],
    ["UTC", "2010-03-04"],
  ])("converts the same in %s; only today's date follows the local clock", (zone, localToday) => {
    const [offset, ...results] = inZone(zone, probe) as [number, ...unknown[]];
    if (zone !== "UTC") expect(offset).not.toBe(0);
    expect(results).toEqual(["2010-03-05", 40242, "2010-03-05", "1900-03-01", localToday]);
  });

  it("isoOfInstant reads the local calendar day of the injected clock", () => {
    const instant = new Date(2010, 2, 5, 23, 30);
    expect(isoOfInstant(instant)).toBe("2010-03-05");
  });
});
