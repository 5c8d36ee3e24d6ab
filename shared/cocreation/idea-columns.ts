// The name of each column an idea file can feed, in both languages: what the
// import dialog shows beside each field and one of the headers the import
// recognises. A bilingual field's column says its language.
import type { IdeaImportColumn } from '../api/contract/ideas';
import { en } from '../i18n/en';
import { sq } from '../i18n/sq';

type Bi = { sq: string; en: string };
const LANG_NAME: Record<'sq' | 'en', Bi> = { sq: { sq: 'shqip', en: 'Albanian' }, en: { sq: 'anglisht', en: 'English' } };

export function ideaColumnLabel(c: IdeaImportColumn): Bi {
  const [head, tail] = c.split('.') as [string, string | undefined];
  const lang = tail === 'sq' || tail === 'en' ? tail : null;
  const pick = (cat: typeof sq | typeof en): string => {
    const f = cat.ideas.field as unknown as Record<string, string | Record<string, string>>;
    const v = f[head]!;
    return typeof v === 'string' ? v : v[tail!]!;
  };
  const base = { sq: pick(sq), en: pick(en) };
  return lang ? { sq: `${base.sq} (${LANG_NAME[lang].sq})`, en: `${base.en} (${LANG_NAME[lang].en})` } : base;
}
