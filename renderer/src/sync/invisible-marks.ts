// What the diff shows for a text: its visible runs, and for each invisible
// character a mark (its short name, else its code point) with a sentence
// saying what it is. Pure, so it is tested without a DOM; VisibleText draws it.
import type { TFunction } from 'i18next';
import { splitInvisible } from '../../../shared/model/invisible';

export type MarkedPart = { kind: 'text'; text: string } | { kind: 'mark'; shown: string; codePoint: string; label: string };

export function markInvisible(text: string, t: TFunction): MarkedPart[] {
  return splitInvisible(text).map((part) =>
    part.kind === 'text'
      ? part
      : {
          kind: 'mark',
          shown: part.abbr ?? part.codePoint,
          codePoint: part.codePoint,
          label: part.abbr ? t('sync.changes.invisible', { code: part.codePoint, abbr: part.abbr }) : t('sync.changes.invisibleUnnamed', { code: part.codePoint }),
        },
  );
}
