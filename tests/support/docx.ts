/** A minimal Word document built from "Style|text" lines, for tests and the corpus's committed .docx. */
import JSZip from 'jszip';

// A fixed date keeps a rebuilt file byte-identical to the committed one.
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STYLES = ['Heading1', 'Heading2', 'Heading3', 'Normal'];

function paragraph(line: string): string {
  const bar = line.indexOf('|');
  const style = bar > 0 ? line.slice(0, bar) : 'Normal';
  const text = bar > 0 ? line.slice(bar + 1) : line;
  const props = style === 'Normal' ? '' : `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`;
  return `<w:p>${props}<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

export async function buildDocx(source: string): Promise<Buffer> {
  const body = source.split(/\r?\n/).filter((l) => l.trim() !== '').map(paragraph).join('');
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const zip = new JSZip();
  const add = (name: string, content: string) => zip.file(name, content, { date: FIXED_DATE, createFolders: false });
  add('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`);
  add('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  add('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
  const styles = STYLES.map((id) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id.replace(/(\d)$/, ' $1').toLowerCase()}"/></w:style>`).join('');
  add('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${ns}>${styles}</w:styles>`);
  add('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

