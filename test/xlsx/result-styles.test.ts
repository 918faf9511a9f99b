/** Our styles are appended to any style sheet without moving an existing index. */
import { MINIMAL_STYLES, resultStyles } from "../../src/xlsx/result-styles";
import { findElement, findElements } from "../../src/xlsx/result-xml";

/** Our styles over `styles` with nothing but the three fixed ones asked for: the sheet's text and their indices. */
function appendResultStyles(styles: string) {
  const sheet = resultStyles(styles);
  return { xml: sheet.xml(), ids: sheet.ids };
}

describe("resultStyles", () => {
  it("adds numFmts as the first child when the style sheet has none, and appends bold, date and link styles", () => {
    const { xml, ids } = appendResultStyles(MINIMAL_STYLES);
    expect(ids).toEqual({ bold: 1, date: 2, link: 3 });
    expect(xml).toMatch(/<styleSheet [^>]*><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"\/><\/numFmts><fonts/);
    const xfs = findElements(findElement(xml, "cellXfs")!.inner, "xf");
    expect(xfs).toHaveLength(4);
    expect(findElement(xml, "cellXfs")!.attrs.get("count")).toBe("4");
    expect(xfs[1].attrs.get("fontId")).toBe("1");
    expect(xfs[2].attrs.get("numFmtId")).toBe("164");
    const fonts = findElements(findElement(xml, "fonts")!.inner, "font");
    expect(fonts[1].inner).toContain("<b/>");
    expect(fonts[2].inner).toContain('<color rgb="FF0563C1"/>');
  });

  it("keeps the prefix of a prefixed style sheet and numbers the date format after the existing ones", () => {
    const prefixed =
      '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="0.0"/></x:numFmts>' +
      '<x:fonts count="1"><x:font><x:b/><x:color theme="1"/><x:sz val="11"/></x:font></x:fonts><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0"/><x:xf numFmtId="170" fontId="0"/></x:cellXfs></x:styleSheet>';
    const { xml, ids } = appendResultStyles(prefixed);
    expect(ids).toEqual({ bold: 2, date: 3, link: 4 });
    expect(xml).toContain(
      '<x:numFmts count="2"><x:numFmt numFmtId="170" formatCode="0.0"/><x:numFmt numFmtId="171" formatCode="yyyy-mm-dd"/></x:numFmts>'
    );
    expect(xml).toContain('<x:fonts count="3">');
    // The link font replaces the default font's colour rather than carrying two.
    const link = findElements(findElement(xml, "fonts")!.inner, "font")[2].inner;
    expect(link.match(/color/g)).toHaveLength(1);
    expect(xml).toContain('<x:cellXfs count="5">');
  });
});
