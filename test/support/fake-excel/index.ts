/**
 * A strict in-memory Office.js for tests (STYLE.md, habit 9): it throws where Excel
 * throws and counts round trips, so a test can hold an operation to its sync budget.
 * Requests and responses are weighed with the protocol's framing (./wire) against
 * Excel on the web's 5 MB, and proxies are instantiated as Office.js does
 * (./client-object).
 */
export { installFakeExcel, type FakeExcelHandle, type FakeExcelOptions } from "./install";
export { FakeWorkbook, FakeSheet, DEFAULT_COLUMN_WIDTH, type FakeCell, type ValidationEntry, type ConditionalFormatEntry } from "./model";
export { FakeOfficeError } from "./errors";
export { PAYLOAD_LIMIT_BYTES, type RequestRecord } from "./context";
export { fakeSerial, type FakeValue } from "./values";
export { markedCells, allMarkedCells } from "./marks";
export { chartsOf, chartSourceAddress, type FakeChartEntry } from "./charts";
export { pageBreaksOf } from "./page-breaks";
export { pageLayoutOf, type FakePageLayoutState, type FakeZoom } from "./page-layout";
