// The bytes pdfkit writes, gathered as they are written. pdfkit turns every
// line of every object (a structure element, an annotation, each part of a
// stream's dictionary) into its own Uint8Array, byte by byte, and pushes it
// onto its readable stream; rendering is synchronous, so nothing reads the
// stream before the document ends and a plan of 2,000 pages held hundreds of
// thousands of small arrays. Here the lines stay strings (one character per
// byte, as pdfkit converts them), joined a few thousand at a time, and
// everything is copied straight into one growing buffer: a resizable
// ArrayBuffer, whose reserved but unwritten part takes no memory, so the
// file is in memory once and never joined from pieces at the end (which
// held it twice: 68 MiB more at the peak of a 1,600-commitment plan). The
// bytes and the offsets pdfkit records for the cross-reference table are the
// same. The result is a Buffer over the whole of its ArrayBuffer (shrunk to
// the file's size), so the print worker hands it over without a copy.
type Doc = PDFKit.PDFDocument;

interface Writer {
  _offset: number;
  _write(data: string | Uint8Array): void;
  push(chunk: Uint8Array | null): boolean;
}

interface Resizable extends ArrayBuffer {
  resize(byteLength: number): void;
  readonly maxByteLength: number;
}

const BATCH = 4096;
/** The largest file a print may be (address space reserved, not memory). */
export const MAX_PDF_BYTES = 2 ** 31;
const FIRST_CAPACITY = 1 << 20;

/** One buffer that grows as the file is written (capacity doubling, up to MAX_PDF_BYTES). */
class GrowingBytes {
  private readonly ab: Resizable;
  private view: Buffer;
  length = 0;

  constructor() {
    const Ctor = ArrayBuffer as unknown as new (n: number, o: { maxByteLength: number }) => Resizable;
    this.ab = new Ctor(FIRST_CAPACITY, { maxByteLength: MAX_PDF_BYTES });
    if (typeof this.ab.resize !== 'function') throw new Error('this runtime has no resizable ArrayBuffer (output.ts)');
    this.view = Buffer.from(this.ab, 0, this.ab.byteLength);
  }

  private room(n: number): void {
    const need = this.length + n;
    if (need <= this.ab.byteLength) return;
    if (need > MAX_PDF_BYTES) throw new Error(`a print larger than ${MAX_PDF_BYTES} bytes`);
    this.ab.resize(Math.min(MAX_PDF_BYTES, Math.max(need, this.ab.byteLength * 2)));
    this.view = Buffer.from(this.ab, 0, this.ab.byteLength);
  }

  /** Characters as bytes, one each (latin1 keeps the low byte of each, as pdfkit's own conversion does). */
  text(s: string): void {
    this.room(s.length);
    this.length += this.view.write(s, this.length, s.length, 'latin1');
  }

  bytes(data: Uint8Array): void {
    this.room(data.byteLength);
    this.view.set(data, this.length);
    this.length += data.byteLength;
  }

  /** The file: its buffer shrunk to it. */
  done(): Buffer {
    this.ab.resize(this.length);
    return Buffer.from(this.ab, 0, this.length);
  }
}

/** Takes over `doc`'s output (call straight after the constructor); resolves to the whole file once pdfkit ends it. */
export function collectOutput(doc: Doc): Promise<Buffer> {
  const w = doc as unknown as Writer;
  const out = new GrowingBytes();
  // What the constructor wrote (the header) waits in the stream's buffer.
  const early = (doc as unknown as { read(): Buffer | null }).read();
  if (early) out.bytes(early);
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    out.text(lines.join(''));
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
      out.bytes(data);
      w._offset += data.byteLength;
    };
    w.push = (chunk) => {
      if (chunk !== null) throw new Error('pdfkit wrote past collectOutput (output.ts)');
      flush();
      resolve(out.done());
      return false;
    };
  });
}
