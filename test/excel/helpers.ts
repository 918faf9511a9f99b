/** Shared set-up for the adapter's tests: install the fake for one test and uninstall it after. */
import { FakeWorkbook, installFakeExcel, type FakeExcelHandle, type FakeExcelOptions } from "../support/fake-excel";

let current: FakeExcelHandle | undefined;

/** Installs the fake over `workbook` (a new one by default); the handle is uninstalled after the test. */
export function useFake(workbook: FakeWorkbook = new FakeWorkbook(), options: Omit<FakeExcelOptions, "workbook"> = {}): FakeExcelHandle {
  current?.uninstall();
  current = installFakeExcel({ workbook, ...options });
  return current;
}

afterEach(() => {
  current?.uninstall();
  current = undefined;
});

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

/** True when `text` contains Chinese characters (user-facing messages are Chinese). */
export function isChinese(text: string): boolean {
  return /\p{Script=Han}{4,}/u.test(text);
}

/** Runs `work` on a fresh sheet 结果 of the strict fake (at `excelApi`, if given): the error Excel.run ended with, and the sheet. */
export async function runOnSheet(work: (sheet: Excel.Worksheet) => void, excelApi?: string) {
  const book = new FakeWorkbook();
  const sheet = book.addSheet("结果");
  useFake(book, excelApi ? { excelApi } : {});
  const error = await rejectionOf(
    Excel.run(async (context) => {
      work(context.workbook.worksheets.getItem("结果"));
      await context.sync();
      throw new Error("no error");
    })
  );
  return { error, sheet };
}

/** The Office.js error code of a rejection (or its text). */
export const codeOf = (error: unknown) => (error as { code?: string }).code ?? String(error);
