// Text laid out once: the lines a text wraps into in a given font, size and
// width, found once per document and shared by everything that asks (the
// height that decides a page break, a table row's height, the drawing). pdfkit
// wraps a text again every time it is measured or drawn, each time through
// its event-driven LineWrapper, and measures every word again: that was most
// of a plan's print time. The breaking below is pdfkit's own, transcribed
// (LineWrapper.eachWord and wrap, for what Plani uses: one column, no indent,
// no ellipsis, no character or word spacing, left, centre or right aligned),
// with the same Unicode line breaker and the same rounding of word widths, so
// the lines are exactly the ones pdfkit would draw; drawText then paints them
// through pdfkit's own _fragment, as its line callback does, starting a page
// where pdfkit's wrapper would. Breaking never inserts a hyphen.
import LineBreaker from 'linebreak';

type Doc = PDFKit.PDFDocument;

/** One wrapped line and what pdfkit's _fragment needs to place it. */
interface Line {
  text: string;
  /** The sum of its words' widths (pdfkit's options.textWidth): a centred line is placed by it. */
  width: number;
  words: number;
  /** The line ends a paragraph of the text (pdfkit adds paragraphGap after it). */
  gap: boolean;
  /** pdfkit checks after this line whether the next one still fits on the page. */
  check: boolean;
}

export interface Wrapped {
  lines: readonly Line[];
  /** What heightOfString answers: one line height (with the line gap) per line. */
  height: number;
}

interface EmbeddedFont {
  name: string;
  id: string;
  ascender: number;
  widthOfString(text: string, size: number): number;
  encode(text: string, features?: unknown): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
  ref(): unknown;
}

interface Internals {
  _font: EmbeddedFont;
  _fontSize: number;
  _lineGap?: number;
  _fillColor?: unknown[];
  _wrapper: unknown;
  _textOptions: unknown;
  _initOptions(x?: unknown, y?: unknown, options?: unknown): TextOptions;
  _fragment(text: string, x: number, y: number, options: TextOptions): void;
  continueOnNewPage(): void;
  currentLineHeight(includeGap?: boolean): number;
}

interface TextOptions {
  width?: number;
  align?: string;
  paragraphGap?: number;
  lineGap?: number;
  textWidth?: number;
  wordCount?: number;
  lineWidth?: number;
  [key: string]: unknown;
}

// pdfkit's PDFNumber: a width as the float32 at or below it.
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
function pdfNumber(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  f32[0] = n;
  if (n <= 0) u32[0]! += 1;
  else u32[0]! -= 1;
  return f32[0]!;
}

const SOFT_HYPHEN = '\u00AD';
const HYPHEN = '-';

/**
 * A cache that forgets what has not been asked for lately: what was found
 * or promoted since the last age() and in the generation before it. A plan's
 * texts are nearly all asked for on one page or the next (measured, then
 * drawn), and the ones that repeat (labels, placeholders) are promoted each
 * time they are asked for; a cache keeping every text of a 7,000-page print
 * held most of its text twice over, for nothing.
 */
class AgedMap<V> {
  private cur = new Map<string, V>();
  private old = new Map<string, V>();

  get(key: string): V | undefined {
    let v = this.cur.get(key);
    if (v === undefined && (v = this.old.get(key)) !== undefined) this.cur.set(key, v);
    return v;
  }

  set(key: string, value: V): void {
    this.cur.set(key, value);
  }

  age(): void {
    this.old = this.cur;
    this.cur = new Map();
  }
}

interface LayoutRun {
  glyphs: unknown[];
}

interface EmbeddedFontCache {
  layoutCache?: Record<string, LayoutRun> | null;
  layoutRun(text: string): LayoutRun;
  layoutCached(text: string): LayoutRun;
}

/** pdfkit's per-word layout cache of an embedded font (EmbeddedFont.layoutCached), aged like the others: the same runs, fewer kept. */
function agedLayouts(font: EmbeddedFontCache): AgedMap<LayoutRun> {
  const gens = new AgedMap<LayoutRun>();
  for (const [text, run] of Object.entries(font.layoutCache ?? {})) gens.set(text, run);
  font.layoutCache = null;
  font.layoutCached = function layoutCached(text: string) {
    let run = gens.get(text);
    if (run === undefined) gens.set(text, (run = this.layoutRun(text)));
    return run;
  };
  return gens;
}

/** Pages between two ageings of the caches: a text laid out on a page is still known 16 to 32 pages on (measured on the 400-commitment plan: ageing every 2 pages took three times the CPU, every 8 to 32 as much as never). */
export const CACHE_AGE_PAGES = 16;
let agePages = CACHE_AGE_PAGES;

/** Tests only: age every `pages` pages (Infinity: never), to compare a print whose caches age with one whose do not. */
export function setCacheAgePages(pages: number): void {
  agePages = pages;
}

interface Caches {
  /** Word widths by font and size, then by word (a vocabulary: kept whole). */
  widths: Map<string, Map<string, number>>;
  /** Wrapped texts by font, size, line gap and width, then by text (keyed by the text itself, so nothing is copied). */
  wrapped: Map<string, AgedMap<Wrapped>>;
  /** A line's glyphs as its TJ operator, by font, then by text; null where a glyph is offset (pdfkit then draws it). */
  shown: Map<string, AgedMap<string | null>>;
  /** pdfkit's word layouts, by embedded font. */
  layouts: Map<EmbeddedFontCache, AgedMap<LayoutRun>>;
  /** The maps of the last wrapText call's font, size, line gap and width. */
  last?: { font: EmbeddedFont; size: number; lineGap: number; width: number; done: AgedMap<Wrapped>; known: Map<string, number> };
}
const caches = new WeakMap<Doc, Caches>();

function ageCaches(doc: Doc, c: Caches): void {
  for (const m of c.wrapped.values()) m.age();
  for (const m of c.shown.values()) m.age();
  const fonts = (doc as unknown as { _fontFamilies: Record<string, EmbeddedFontCache> })._fontFamilies;
  for (const font of Object.values(fonts)) {
    let gens = c.layouts.get(font);
    if (!gens && typeof font.layoutRun === 'function') c.layouts.set(font, (gens = agedLayouts(font)));
    gens?.age();
  }
}

function cachesOf(doc: Doc): Caches {
  let c = caches.get(doc);
  if (!c) {
    const made: Caches = (c = { widths: new Map(), wrapped: new Map(), shown: new Map(), layouts: new Map() });
    caches.set(doc, made);
    let pages = 0;
    doc.on('pageAdded', () => {
      if (++pages % agePages === 0) ageCaches(doc, made);
    });
  }
  return c;
}

function inner<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let m = outer.get(key);
  if (!m) outer.set(key, (m = new Map()));
  return m;
}

function aged<V>(outer: Map<string, AgedMap<V>>, key: string): AgedMap<V> {
  let m = outer.get(key);
  if (!m) outer.set(key, (m = new AgedMap()));
  return m;
}

/** Whether pdfkit has a continued text open: then its wrapper carries state this module does not know. */
const continued = (doc: Doc) => {
  const d = doc as unknown as Internals;
  return Boolean(d._wrapper || d._textOptions);
};

/** The lines `text` wraps into at `width` in the document's current font and size (per document, computed once). */
export function wrapText(doc: Doc, text: string, width: number): Wrapped {
  const d = doc as unknown as Internals;
  const font = d._font;
  const size = d._fontSize;
  const lineGap = d._lineGap ?? 0;
  const caches = cachesOf(doc);
  // Consecutive calls mostly ask in the same font, size and width: the key string is built only when that changes.
  let memo = caches.last;
  if (!memo || memo.font !== font || memo.size !== size || memo.lineGap !== lineGap || memo.width !== width) {
    memo = caches.last = { font, size, lineGap, width, done: aged(caches.wrapped, `${font.name} ${size} ${lineGap} ${width}`), known: inner(caches.widths, `${font.name} ${size}`) };
  }
  const done = memo.done;
  const hit = done.get(text);
  if (hit) return hit;
  const known = memo.known;
  const wordWidth = (word: string): number => {
    let w = known.get(word);
    // As LineWrapper.wordWidth: document.widthOfString at 100 % scaling, no spacing, rounded.
    if (w === undefined) known.set(word, (w = pdfNumber(((font.widthOfString(word, size) + 0 * (word.length - 1)) * 100) / 100 + 0 + 0)));
    return w;
  };
  const lineWidth = (width * 100) / 100;
  const lines: Line[] = [];
  let spaceLeft = lineWidth;
  let buffer = '';
  let textWidth = 0;
  let wc = 0;
  let gapPending = false;
  const emitLine = (check: boolean) => {
    lines.push({ text: buffer, width: textWidth, words: wc, gap: gapPending, check });
    gapPending = false;
  };
  const canFit = (word: string, w: number) => (word[word.length - 1] !== SOFT_HYPHEN ? w <= spaceLeft : w + wordWidth(HYPHEN) <= spaceLeft);
  // LineWrapper.wrap's word callback.
  const onWord = (word: string, w: number, bk: { required?: boolean }, last: { required?: boolean } | null) => {
    if (last == null || last.required) spaceLeft = lineWidth;
    const fits = canFit(word, w);
    if (fits) {
      buffer += word;
      textWidth += w;
      wc++;
    }
    if (bk.required || !fits) {
      if (bk.required) {
        if (w > spaceLeft) {
          emitLine(false);
          buffer = word;
          textWidth = w;
          wc = 1;
        }
        gapPending = true;
      }
      if (buffer[buffer.length - 1] === SOFT_HYPHEN) {
        buffer = buffer.slice(0, -1) + HYPHEN;
        spaceLeft -= wordWidth(HYPHEN);
      }
      emitLine(true);
      if (bk.required) {
        spaceLeft = lineWidth;
        buffer = '';
        textWidth = 0;
        wc = 0;
      } else {
        spaceLeft = lineWidth - w;
        buffer = word;
        textWidth = w;
        wc = 1;
      }
    } else {
      spaceLeft -= w;
    }
  };
  // LineWrapper.eachWord: a word wider than a whole line is cut between characters.
  const breaker = new LineBreaker(text);
  let last: { position: number; required: boolean } | null = null;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    let word = text.slice(last?.position || 0, bk.position);
    let w = wordWidth(word);
    if (w > lineWidth) {
      let lbk: { required?: boolean } | null = last;
      const fbk: { required?: boolean } = {};
      while (word.length) {
        let l: number;
        let mightGrow = false;
        if (w > spaceLeft) {
          l = Math.ceil(spaceLeft / (w / word.length));
          w = wordWidth(word.slice(0, l));
          mightGrow = w <= spaceLeft && l < word.length;
        } else {
          l = word.length;
        }
        let mustShrink = w > spaceLeft && l > 0;
        while (mustShrink || mightGrow) {
          if (mustShrink) {
            w = wordWidth(word.slice(0, --l));
            mustShrink = w > spaceLeft && l > 0;
          } else {
            w = wordWidth(word.slice(0, ++l));
            mustShrink = w > spaceLeft && l > 0;
            mightGrow = w <= spaceLeft && l < word.length;
          }
        }
        if (l === 0 && spaceLeft === lineWidth) l = 1;
        fbk.required = bk.required || l < word.length;
        onWord(word.slice(0, l), w, { ...fbk }, lbk);
        lbk = { required: false };
        word = word.slice(l);
        w = wordWidth(word);
      }
    } else {
      onWord(word, w, bk, last);
    }
    last = bk;
  }
  if (wc > 0) {
    gapPending = true;
    emitLine(false);
  }
  const lh = d.currentLineHeight(true) + lineGap;
  let height = 0;
  for (let i = 0; i < lines.length; i++) height += lh;
  const result = { lines, height };
  done.set(text, result);
  return result;
}

/** doc.heightOfString(text, { width }) in the current font and size, from the one layout. */
export function textHeightAt(doc: Doc, text: string, width: number): number {
  if (continued(doc)) return doc.heightOfString(text, { width });
  return wrapText(doc, text, width).height;
}

export interface DrawOptions {
  width: number;
  align?: 'left' | 'center' | 'right';
  paragraphGap?: number;
}

/**
 * doc.text(text, x, y, opts) for wrapped text: the same lines at the same
 * places, a new page where pdfkit's wrapper would start one (with the fill
 * colour carried over and open markings continued, as continueOnNewPage
 * does), doc.x back at the left and doc.y below the text afterwards.
 */
export function drawText(doc: Doc, text: string, x: number | undefined, y: number | undefined, opts: DrawOptions): Doc {
  if (continued(doc)) return doc.text(text, x as number, y as number, opts);
  const d = doc as unknown as Internals;
  const o = x === undefined ? d._initOptions({ ...opts }) : d._initOptions(x, y, { ...opts });
  const lineWidth = o.width!;
  const { lines } = wrapText(doc, text, lineWidth);
  const lh = d.currentLineHeight(true);
  const lineGap = o.lineGap || d._lineGap || 0;
  const startX = doc.x;
  let maxY = pdfNumber(doc.page.maxY());
  const nextSection = () => {
    d.continueOnNewPage();
    maxY = doc.page.maxY();
    doc.x = startX;
    if (d._fillColor) (doc.fillColor as (...a: unknown[]) => Doc)(...d._fillColor);
  };
  if (doc.y > maxY || doc.y + lh > maxY) nextSection();
  for (const line of lines) {
    o.textWidth = line.width;
    o.wordCount = line.words;
    o.lineWidth = (lineWidth * 100) / 100;
    paintLine(doc, line.text, doc.x, doc.y, o);
    doc.y += lh + lineGap;
    if (line.gap) doc.y += o.paragraphGap || 0;
    if (line.check && pdfNumber(doc.y + lh) > maxY) nextSection();
  }
  doc.x = startX;
  return doc;
}

/**
 * doc.text(first, { width, continued: true }) then, in the font
 * `secondFont` selects, doc.text(second, { width }): one line in two fonts (a
 * bold Albanian label, its English in bold italic after it). Drawn here when
 * both fit on the one line, as pdfkit places them (the second where the words
 * of the first end), `beforeSecond` (a colour) applied between the two;
 * returns false, drawing nothing and leaving the first font selected, when
 * they would wrap: the caller leaves that to pdfkit.
 */
export function drawOneLineRun(doc: Doc, first: string, second: string, width: number, secondFont: () => void, beforeSecond: () => void): boolean {
  if (continued(doc)) return false;
  const d = doc as unknown as Internals & { _font: unknown };
  const full = (width * 100) / 100;
  const a = wrapText(doc, first, width).lines;
  if (a.length !== 1 || doc.y + d.currentLineHeight(true) > pdfNumber(doc.page.maxY())) return false;
  const lead = a[0]!;
  const fontA = d._font;
  const sizeA = d._fontSize;
  secondFont();
  const b = wrapText(doc, second, full - lead.width).lines;
  const fontB = d._font;
  const sizeB = d._fontSize;
  d._font = fontA;
  d._fontSize = sizeA;
  if (b.length !== 1) return false;
  const tail = b[0]!;
  const x = doc.x;
  const y = doc.y;
  paintLine(doc, lead.text, x, y, { width, textWidth: lead.width, wordCount: lead.words, lineWidth: full });
  d._font = fontB;
  d._fontSize = sizeB;
  beforeSecond();
  paintLine(doc, tail.text, x + lead.width, y, { width, textWidth: tail.width, wordCount: tail.words, lineWidth: full - lead.width });
  doc.y = y + d.currentLineHeight(true) + (d._lineGap || 0);
  doc.x = x;
  return true;
}

// PDFObject.number: how pdfkit writes a number into content.
function num(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/**
 * The TJ operator pdfkit's _fragment writes for `text` in the current font,
 * encoded once per document (the first encoding includes the glyphs in the
 * font's subset, as pdfkit's would): labels, dates and header lines repeat on
 * every page. Null when a glyph carries an offset (then pdfkit positions it).
 */
function shownText(doc: Doc, text: string): string | null {
  const font = (doc as unknown as Internals)._font;
  const byText = aged(cachesOf(doc).shown, font.id);
  const hit = byText.get(text);
  if (hit !== undefined) return hit;
  const [encoded, positions] = font.encode(text);
  let tj: string | null = '';
  const commands: string[] = [];
  let last = 0;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const p = positions[cur - 1]!;
      commands.push(`<${encoded.slice(last, cur).join('')}> ${num(-(p.xAdvance - p.advanceWidth))}`);
    }
    last = cur;
  };
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    if (p.xOffset || p.yOffset) {
      tj = null;
      break;
    }
    if (p.xAdvance - p.advanceWidth !== 0) addSegment(i + 1);
  }
  if (tj !== null) {
    addSegment(positions.length);
    tj = commands.length ? `[${commands.join(' ')}] TJ` : '';
  }
  byText.set(text, tj);
  return tj;
}

/**
 * pdfkit's _fragment for a line of drawText (no link, underline, spacing or
 * baseline option): the same operators, written as one chunk of content
 * instead of eight. save/transform/restore leave the transformation matrix
 * as it was, so it is not touched.
 */
function paintLine(doc: Doc, line: string, x: number, y: number, o: TextOptions): void {
  const d = doc as unknown as Internals & { page: { height: number; fonts: Record<string, unknown> } };
  const text = line.includes('\n') ? line.replace(/\n/g, '') : line;
  if (text.length === 0) return;
  const tj = shownText(doc, text);
  if (tj === null) return d._fragment(line, x, y, o);
  let at = x;
  if (o.width) {
    if (o.align === 'right') at += o.lineWidth! - doc.widthOfString(text.replace(/\s+$/, ''), o as PDFKit.Mixins.TextOptions);
    else if (o.align === 'center') at += o.lineWidth! / 2 - o.textWidth! / 2;
    else if (o.align === 'justify') return d._fragment(line, x, y, o);
  }
  const font = d._font;
  const size = d._fontSize;
  const page = d.page;
  const baseline = page.height - y - (font.ascender / 1000) * size;
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  const show = tj ? `${tj}\n` : '';
  doc.addContent(`q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n1 0 0 1 ${num(at)} ${num(baseline)} Tm\n/${font.id} ${num(size)} Tf\n${show}ET\nQ`);
}
