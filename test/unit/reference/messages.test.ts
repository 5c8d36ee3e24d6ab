// What a person reads about reference data outside the screen: the refusal
// of a removal in use (its entity translated inside the sentence), and the
// CLI's dry run of a feedback bundle listing the reference-data changes.
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { changeLines } from '../../../electron/cli/commands/bundle-common';
import type { CommandContext } from '../../../electron/cli/io';
import { NO_CHANGES } from '../../../electron/services/bundles/workspace/diff';
import { createI18n } from '../../../shared/i18n';

const tr = (lang: 'sq' | 'en') => createI18n(lang).t as unknown as (key: string, o?: Record<string, unknown>) => string;

describe('reference-data messages', () => {
  it('name what still uses an entry, in both languages', () => {
    const params = { item: 'MD — Ministria e Drejtësisë', entity: 'component', count: 2, total: 2 };
    expect(tr('sq')('errors.reference-in-use', params)).toBe('“MD — Ministria e Drejtësisë” nuk mund të hiqet: e përdorin ende 2 komponentë si institucion drejtues (gjithsej 2 përdorime). Asgjë nuk u ndryshua.');
    expect(tr('en')('errors.reference-in-use', params)).toContain('2 components as a lead institution still use it');
    expect(tr('en')('errors.reference-invalid', { issue: 'title-missing' })).toBe('The title is needed in both languages. Nothing was changed.');
    expect(tr('sq')('bundles.reason.reference-rollback', { incoming: 3, held: 4 })).toContain('(rishikimi 3)');
  });

  it('are listed by the CLI’s dry run of a feedback bundle', () => {
    const i18n = createI18n('en');
    const ctx = { t: i18n.t as unknown as TFunction, lang: 'en' } as CommandContext;
    const lines = changeLines(ctx, {
      ...NO_CHANGES,
      reference: {
        from: 0,
        to: 2,
        changes: [
          { entry: 'institution', key: 'NAIS', change: 'changed', label: { sq: 'NAIS — Agjencia', en: 'NAIS — Agency' }, fields: [{ field: 'name', lang: 'en', before: 'Agency', after: 'National Agency' }] },
          { entry: 'policy-area', key: 'youth', change: 'removed', label: { sq: 'Të rinjtë', en: 'Youth' }, fields: [] },
        ],
      },
    });
    expect(lines.slice(1)).toEqual([
      'Reference data: revision 0 → 2',
      '  ~ Changed: Institution “NAIS — Agency”',
      '      name (EN): “Agency” → “National Agency”',
      '  - Removed: Policy area “Youth”',
    ]);
  });
});
