// An institution's name (or code) enters Albanian sentences as it is stored:
// in the nominative ("Ministria e Drejtësisë"). Albanian declines it after a
// genitive article or a preposition such as "për" ("për Ministrinë e
// Drejtësisë"), so every sentence must give the name a place where the
// nominative is right: the subject, after "nga" or "te", after a colon or in
// parentheses. This fails when a message puts it where it would need another case.
import { describe, expect, it } from 'vitest';
import { createI18n, sq } from '../../../shared/i18n';
import { SEED_REFERENCE } from '../../../shared/reference/seed';

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? [[key, v] as [string, string]] : flatten(v, key);
  });
}

/** Placeholders that receive an institution's (or a component's) name or code. */
const INSTITUTION_PLACEHOLDERS = ['institution', 'owner', 'issuer', 'audience', 'component'];
/**
 * Words after which a name would have to be declined: the genitive articles,
 * prepositions that take the accusative or ablative, and the common noun
 * "institucion" in a declined form (an apposition would leave the name's case unclear).
 */
const DECLINING_WORDS = new Set(['i', 'e', 'të', 'së', 'për', 'me', 'mbi', 'nën', 'në', 'pa', 'prej', 'sipas', 'kundër', 'drejt', 'institucionit', 'institucionin', 'institucioneve']);

const wordBefore = (text: string, at: number) => /([\p{L}’']+)\s*$/u.exec(text.slice(0, at))?.[1]?.toLowerCase() ?? '';

describe('institution names in Albanian sentences', () => {
  const messages = flatten(sq as unknown as Tree);

  it('stand only where the nominative is right', () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const [key, text] of messages) {
      for (const m of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
        if (!INSTITUTION_PLACEHOLDERS.includes(m[1]!)) continue;
        seen++;
        const before = wordBefore(text, m.index!);
        if (DECLINING_WORDS.has(before)) wrong.push(`${key}: “${before} {{${m[1]}}}”`);
      }
    }
    expect(seen).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });

  it('the check itself catches the forms that were wrong', () => {
    for (const [text, at] of [
      ['U krijua hapësira e punës për {{institution}}', 'për'],
      ['Kodi i sigurisë së çelësit të {{institution}}', 'të'],
      ['Ky angazhim i përket institucionit {{owner}}', 'institucionit'],
    ] as const) {
      expect(wordBefore(text, text.indexOf('{{')), text).toBe(at);
    }
  });

  it('the init message names every seed institution in the nominative, with its code', () => {
    const t = createI18n('sq').t;
    for (const inst of SEED_REFERENCE.institutions) {
      const done = t('cli.init.done', { institution: inst.name.sq, code: inst.code, role: inst.role.toUpperCase() });
      expect(done).toBe(`U krijua hapësira e punës. Institucioni: ${inst.name.sq} (${inst.code}); roli: ${inst.role.toUpperCase()}.`);
    }
    const en = createI18n('en').t('cli.init.done', { institution: 'Ministry of Justice', code: 'MD', role: 'LFP' });
    expect(en).toContain('Ministry of Justice (MD)');
  });
});
