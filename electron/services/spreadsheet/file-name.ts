// The name an exported sheet is saved under. Ministries keep these files on
// Windows desktops and shares, so the name must be one Windows accepts,
// while saying in the commitment's own words (Albanian letters kept) what it is.
import type { Commitment } from '../../../shared/model/plan';

/** Characters Windows refuses in a file name, and control characters. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const MAX_TAG = 60;

/** A piece of a file name Windows accepts: forbidden characters become spaces, no trailing dot or space, at most `max` characters. */
export function windowsSafe(s: string, max: number): string {
  let out = s.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  if (out.length > max) {
    const cut = out.slice(0, max);
    // At a word boundary when there is one in the second half, so a word is not cut in two.
    const space = cut.lastIndexOf(' ');
    out = space > max / 2 ? cut.slice(0, space) : cut;
    if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  }
  return out.replace(/[. ]+$/, '');
}

/** "treguesit-2.3.xlsx" once the POC has numbered it, else its short title (or title): "treguesit-Ndihmë juridike falas.xlsx". */
export function exportFileName(c: Pick<Commitment, 'planNumber' | 'shortTitle' | 'title'>): string {
  const words = [c.planNumber ?? '', c.shortTitle.sq, c.shortTitle.en, c.title.sq, c.title.en];
  const tag = words.map((w) => windowsSafe(w, MAX_TAG)).find((w) => w !== '') ?? '';
  return tag === '' ? 'treguesit.xlsx' : `treguesit-${tag}.xlsx`;
}
