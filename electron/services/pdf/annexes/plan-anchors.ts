// Where the headings of the consolidated plan landed. The annexes add their
// own bookmarks while they render; handing them a recording outline (instead
// of changing every annex) tells the plan, for each bookmark, its page and a
// named destination at its heading: what the table of contents prints and
// links to once the body is laid out.
import { currentPageIndex, type Doc } from '../document';
import { lastHeadingTop, outline } from '../text';

export interface Anchor {
  title: string;
  /** Named destination (pdfkit addNamedDestination) at the heading. */
  dest: string;
  /** Buffered page index of the heading. */
  pageIndex: number;
  /** Bookmarks added under this one, in order. */
  children: Anchor[];
}

export class AnchorBook {
  private count = 0;
  private readonly roots = new Map<string, Anchor>();

  constructor(private readonly doc: Doc) {}

  /**
   * A root bookmark for the heading just written, under a key the table of
   * contents refers to; returns the outline the part's own bookmarks go under.
   */
  root(key: string, title: string): PDFKit.PDFOutline {
    const anchor = this.anchor(title);
    this.roots.set(key, anchor);
    return this.recording(outline(this.doc, title), anchor);
  }

  /** The anchor at a root and a path of child positions; the nearest one that exists. */
  find(key: string, path: readonly number[] = []): Anchor | undefined {
    let at = this.roots.get(key);
    for (const i of path) {
      const next = at?.children[i];
      if (!next) break;
      at = next;
    }
    return at;
  }

  private anchor(title: string): Anchor {
    const { doc } = this;
    const dest = `plani-${String(++this.count).padStart(4, '0')}`;
    // Without a heading on this page (a part that starts with a table), the page's top.
    doc.addNamedDestination(dest, 'XYZ', null, lastHeadingTop(doc) ?? 0, null);
    return { title, dest, pageIndex: currentPageIndex(doc), children: [] };
  }

  private recording(item: PDFKit.PDFOutline, at: Anchor): PDFKit.PDFOutline {
    // Pages are appended only while the body renders, so the current page is
    // the one the bookmark (added right after its heading) points to.
    const book = this;
    return {
      document: item.document,
      get children() {
        return item.children;
      },
      addItem(title, options) {
        const child = book.anchor(title);
        at.children.push(child);
        return book.recording(item.addItem(title, options), child);
      },
      endOutline: () => item.endOutline(),
    };
  }
}
