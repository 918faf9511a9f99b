/**
 * The namespaces of the package parts the zip-level writers edit. Elements and attributes
 * are matched by namespace and local name, never by the prefix a writer happened to use:
 * openpyxl binds the relationships namespace on each <sheet>, some tools use "x:" for
 * SpreadsheetML, and Strict Open XML uses other namespace names for the same elements.
 */

/** SpreadsheetML, transitional (what Excel saves by default) and strict. */
export const SPREADSHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const SPREADSHEET_MAIN_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
/** Relationship ids on workbook elements (r:id), transitional and strict. */
export const OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const OFFICE_RELATIONSHIPS_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
/** The package's own parts (OPC): relationships and content types. */
export const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
/** docProps/app.xml and the variant types it lists titles with. */
export const EXTENDED_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
export const DOC_PROPS_VTYPES = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
export const CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";

/** True for SpreadsheetML's main namespace in either conformance class. */
export function isSpreadsheetMain(uri: string): boolean {
  return uri === SPREADSHEET_MAIN || uri === SPREADSHEET_MAIN_STRICT;
}

/** True for the namespace of r:id in either conformance class. */
export function isOfficeRelationships(uri: string): boolean {
  return uri === OFFICE_RELATIONSHIPS || uri === OFFICE_RELATIONSHIPS_STRICT;
}
