import { makeWorkbench } from "../../src/app/operations";
import { createOfficePort, selectCell } from "../../src/excel";
import { FakeWorkbook, installFakeExcel, allMarkedCells } from "../support/fake-excel";

it("explores", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  const fake = installFakeExcel({ workbook: book });
  const wb = makeWorkbench(createOfficePort(), "excel", selectCell, () => new Date(Date.UTC(2010, 10, 1, 8)));
  const c = await wb.createWorkbook({ year: 2010, demo: true }, () => undefined);
  console.log(c.message, fake.syncCount(), book.sheets.map(s=>[s.name, s.conditionalFormats.length]));
  fake.resetCounters();
  const v = await wb.validate(() => undefined);
  console.log(v.message, fake.syncCount(), allMarkedCells(book), book.sheetNames(), book.sheet("校验标记").grid());
  fake.uninstall();
});
