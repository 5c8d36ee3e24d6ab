// fontkit (pdfkit's font engine) ships no types; this is the little Plani uses.
declare module 'fontkit' {
  /** A parsed font; pdfkit accepts one wherever it takes a font file. */
  export interface Font {
    readonly postscriptName: string;
    layout(text: string, features?: unknown): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
