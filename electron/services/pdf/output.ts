// The bytes pdfkit writes, gathered as they are written. pdfkit turns every
// line of every object (a structure element, an annotation, each part of a
// stream's dictionary) into its own Uint8Array, byte by byte, and pushes it
// onto its readable stream; rendering is synchronous, so nothing reads the
// stream before the document ends and a plan of 2,000 pages held hundreds of
// thousands of small arrays. Here the lines stay strings (one character per
// byte, as pdfkit converts them) and are joined into one buffer a few
// thousand at a time; the bytes and the offsets pdfkit records for the
// cross-reference table are the same.
type Doc = PDFKit.PDFDocument;

interface Writer {
  _offset: number;
  _write(data: string | Uint8Array): void;
  push(chunk: Uint8Array | null): boolean;
}

const BATCH = 4096;

/** Takes over `doc`'s output (call straight after the constructor); resolves to the whole file once pdfkit ends it. */
export function collectOutput(doc: Doc): Promise<Buffer> {
  const w = doc as unknown as Writer;
  const parts: Buffer[] = [];
  // What the constructor wrote (the header) waits in the stream's buffer.
  const early = (doc as unknown as { read(): Buffer | null }).read();
  if (early) parts.push(early);
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    // latin1 keeps the low byte of each character, as pdfkit's own conversion does.
    parts.push(Buffer.from(lines.join(''), 'latin1'));
    lines = [];
  };
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('error', reject);
    w._write = (data) => {
      if (typeof data === 'string') {
        const line = `${data}\n`;
        lines.push(line);
        w._offset += line.length;
        if (lines.length >= BATCH) flush();
        return;
      }
      flush();
      parts.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      w._offset += data.byteLength;
    };
    w.push = (chunk) => {
      if (chunk !== null) throw new Error('pdfkit wrote past collectOutput (output.ts)');
      flush();
      resolve(Buffer.concat(parts));
      return false;
    };
  });
}
