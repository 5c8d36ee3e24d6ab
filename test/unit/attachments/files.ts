// Small real files of each kind, built the way their programs write them:
// magic numbers for PDF, PNG and JPEG; a ZIP package with the entry that
// says what it is for DOCX, XLSX and ODT.
import yazl from 'yazl';

export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake image body for tests')]);
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF body')]);
export const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n', 'latin1');

function zip(entries: { name: string; text: string; store?: boolean }[]): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const e of entries) z.addBuffer(Buffer.from(e.text), e.name, { compress: !e.store });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.end();
  });
}

const contentTypes = (main: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/x.xml" ContentType="application/vnd.openxmlformats-officedocument.${main}.main+xml"/></Types>`;

export const docx = () => zip([{ name: '[Content_Types].xml', text: contentTypes('wordprocessingml.document') }, { name: 'word/document.xml', text: '<w:document/>' }]);
export const xlsx = () => zip([{ name: '[Content_Types].xml', text: contentTypes('spreadsheetml.sheet') }, { name: 'xl/workbook.xml', text: '<workbook/>' }]);
export const odt = () => zip([{ name: 'mimetype', text: 'application/vnd.oasis.opendocument.text', store: true }, { name: 'content.xml', text: '<office:document-content/>' }]);
export const plainZip = () => zip([{ name: 'readme.txt', text: 'hello' }]);

export const b64 = (b: Buffer) => b.toString('base64');
