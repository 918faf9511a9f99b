import { makeWorkbench } from "../../src/app/operations";
import { createOfficePort, selectCell } from "../../src/excel";
import { FakeWorkbook, installFakeExcel } from "../support/fake-excel";

it("explores", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  const fake = installFakeExcel({ workbook: book });
  const wb = makeWorkbench(createOfficePort(), "excel", selectCell, () => new Date(Date.UTC(2010, 10, 1, 8)));
  const c = await wb.createWorkbook({ year: 2010, demo: true }, () => undefined);
  console.log(c.message, fake.syncCount(), book.sheetNames(), book.sheets.map(s=>[s.name,s.protection.protected, s.visibility, s.grid().length]));
  fake.resetCounters();
  const r = await wb.rank(() => undefined);
  console.log(r.ok, r.message, r.findings.length, fake.syncCount(), fake.requests);
  fake.resetCounters();
  try {
  const v = await wb.validate(() => undefined);
  console.log(v.ok, v.message, v.findings.slice(0,20), fake.syncCount(), fake.requests);
  } catch (e) { console.log("validate failed", e); }
  fake.uninstall();
});
