// Files in and out of the renderer, the way a browser does it (the same in
// Electron and browser mode): a chosen or dropped file is read as base64 (the
// bridge carries JSON), and a file the service built is handed to the
// browser's download from a temporary object URL on an <a download>.
//
// The browser objects are reached through `globalThis` with the little of
// their shape used here, so this module also type-checks without the DOM
// library (Node-side unit tests import its pure helpers).

interface ReaderLike {
  result: unknown;
  error: unknown;
  onload: (() => void) | null;
  onerror: (() => void) | null;
  readAsDataURL(blob: Blob): void;
}
interface AnchorLike {
  href: string;
  download: string;
  rel: string;
  style: { display: string };
  click(): void;
  remove(): void;
}
interface Browser {
  FileReader: new () => ReaderLike;
  document: { createElement(tag: 'a'): AnchorLike; body: { appendChild(node: AnchorLike): unknown } };
}
const browser = () => globalThis as unknown as Browser;

/** "data:…;base64,AAAA" → "AAAA" (what FileReader.readAsDataURL gives). */
export function base64FromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? '' : dataUrl.slice(comma + 1);
}

/** The file's bytes as base64. */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new (browser().FileReader)();
    reader.onload = () => resolve(base64FromDataUrl(String(reader.result ?? '')));
    reader.onerror = () => reject(reader.error instanceof Error ? reader.error : new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hands bytes to the browser's download, under the given file name. */
export function downloadBytes(fileName: string, bytes: Uint8Array<ArrayBuffer>, mime = 'application/octet-stream'): void {
  downloadBlob(fileName, new Blob([bytes], { type: mime }));
}

/** Hands a blob (bytes gathered in parts) to the browser's download, under the given file name. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const { document } = browser();
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download has started reading the blob by the next tasks; give it a moment, then free it.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** A file the service sent as base64, downloaded under its name. */
export function downloadBase64(fileName: string, dataBase64: string, mime?: string): void {
  downloadBytes(fileName, bytesFromBase64(dataBase64), mime);
}
