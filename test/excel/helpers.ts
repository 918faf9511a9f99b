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
