// Every check speaks both languages: a message per check id in each
// catalogue, the same placeholders in both, each placeholder filled by what
// the check's findings carry, and every field label a finding names exists.
import { describe, expect, it } from 'vitest';
import { createI18n, en, sq } from '../../../shared/i18n';
import { CHECK_IDS } from '../../../shared/quality';
import { CASES } from './cases';

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
const messages = { sq: sq.quality as Record<string, unknown>, en: en.quality as Record<string, unknown> };

/** A catalogue entry by dotted key, or undefined. */
function entry(catalogue: unknown, key: string): unknown {
  let node = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

describe('quality messages', () => {
  it.each(CHECK_IDS)('%s has a message in both languages with the same placeholders', (id) => {
    const [s, e] = [messages.sq[id], messages.en[id]];
    expect(typeof s, `sq quality.${id}`).toBe('string');
    expect(typeof e, `en quality.${id}`).toBe('string');
    expect(placeholders(e as string)).toEqual(placeholders(s as string));
  });

  it.each(CASES)('$id: every placeholder is filled and every field label exists', (c) => {
    const found = c.fire().filter((f) => f.checkId === c.id);
    for (const lang of ['sq', 'en'] as const) {
      const catalogue = lang === 'sq' ? sq : en;
      const t = createI18n(lang).t;
      for (const f of found) {
        const fieldKey = f.params.fieldKey;
        if (f.target.field !== null) expect(typeof fieldKey, `${c.id} names its field`).toBe('string');
        if (typeof fieldKey === 'string') expect(typeof entry(catalogue, fieldKey), `${lang} ${fieldKey}`).toBe('string');
        const provided = new Set([...Object.keys(f.params), ...(typeof fieldKey === 'string' ? ['field'] : [])]);
        for (const p of placeholders(messages[lang][c.id] as string)) expect(provided.has(p), `${lang} ${c.id} {{${p}}}`).toBe(true);
        const text = t(`quality.${c.id}`, { ...f.params, ...(typeof fieldKey === 'string' ? { field: t(fieldKey) } : {}) });
        expect(text).not.toMatch(/\{\{|quality\./);
      }
    }
  });

  it('writes Albanian with its own letters', () => {
    const all = CHECK_IDS.map((id) => messages.sq[id]).join(' ');
    expect(all).toMatch(/ë/);
    expect(all).toMatch(/ç|Ç/);
  });
});
