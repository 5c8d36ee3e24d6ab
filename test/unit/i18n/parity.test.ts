// Every key must exist in both languages, with the same placeholders, and no
// message may be empty: a missing translation is a failing test, not a
// surprise on a minister's screen.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/api/errors';
import { createI18n, en, sq } from '../../../shared/i18n';

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  const sqKeys = flatten(sq as unknown as Tree);
  const enKeys = flatten(en as unknown as Tree);

  it('have exactly the same keys', () => {
    const onlySq = [...sqKeys.keys()].filter((k) => !enKeys.has(k));
    const onlyEn = [...enKeys.keys()].filter((k) => !sqKeys.has(k));
    expect({ onlySq, onlyEn }).toEqual({ onlySq: [], onlyEn: [] });
  });

  it('have no empty message and the same placeholders in both languages', () => {
    for (const [key, sqText] of sqKeys) {
      const enText = enKeys.get(key) ?? '';
      expect(sqText.trim(), `sq ${key}`).not.toBe('');
      expect(enText.trim(), `en ${key}`).not.toBe('');
      expect(placeholders(enText), key).toEqual(placeholders(sqText));
    }
  });

  it('translate every error code', () => {
    for (const code of ERROR_CODES) {
      expect(sqKeys.has(`errors.${code}`), code).toBe(true);
    }
  });

  it('keep Albanian letters through i18next', () => {
    const t = createI18n('sq').t;
    expect(t('errors.database-too-new', { found: 9, supported: 1 })).toContain('më i ri');
    expect(t('model.commitment.doneSoFar')).toBe('Çfarë është bërë deri tani');
    expect(createI18n('en').t('model.commitment.doneSoFar')).toBe('What has been done so far');
  });
});
