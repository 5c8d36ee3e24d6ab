// A refused bundle reads as one translated line in both languages, for
// every reason code the format defines, and never as a raw catalogue key.
import { describe, expect, it } from 'vitest';
import { REFUSAL_REASONS } from '../../../shared/model/bundle';
import { createI18n } from '../../../shared/i18n';
import { reasonText, refusalOf, type Translate } from '../../../renderer/src/sync/refusal';
import { expectLogReasonComplete, renderLogReason } from '../../helpers/log-reason';

for (const lang of ['sq', 'en'] as const) {
  describe(`refusal reasons (${lang})`, () => {
    const i18n = createI18n(lang);
    const t = i18n.t.bind(i18n) as unknown as Translate;
    const exists = (key: string) => i18n.exists(key);

    it('has a sentence for every reason code', () => {
      for (const code of REFUSAL_REASONS) {
        const text = reasonText(t, exists, code, { size: 1, limit: 2, safetyCode: '12345', institution: 'MD', effectiveFromSeq: 3, cycle: '2020-2022', path: 'x', owner: 'MOFE', seq: 4, lastSeq: 3, component: 'fiscal-transparency' });
        expect(text, code).not.toMatch(/bundles\.reason|\{\{/);
        expect(text.length, code).toBeGreaterThan(10);
      }
    });

    it('reads a log entry with the values the log kept, and never shows a blank {{placeholder}} for an entry that kept none', () => {
      const kept = { reason: 'rollback', seq: 2, institution: 'MD', params: { seq: 2, lastSeq: 5 } };
      expect(renderLogReason(lang, kept).text).toMatch(/2.*5/s);
      expectLogReasonComplete(kept);
      // Written before the log kept values: the row's own number fills {{seq}}, what it never kept reads as "…".
      for (const code of REFUSAL_REASONS) {
        const text = renderLogReason(lang, { reason: code, seq: 7, institution: 'MD', params: {} }).text;
        expect(text, code).not.toMatch(/\{\{/);
      }
      expect(renderLogReason(lang, { reason: 'rollback', seq: 7, institution: 'MD', params: {} }).text).toMatch(/7.*…/s);
    });

    it('says so for a code it does not know', () => {
      expect(reasonText(t, exists, 'no-such-reason')).toContain('no-such-reason');
    });

    it('fits the reason into the error line', () => {
      const refusal = refusalOf({ code: 'bundle-refused', details: { params: { reason: 'rollback', seq: 2, lastSeq: 5 } } })!;
      expect(refusal).toEqual({ code: 'rollback', params: { seq: 2, lastSeq: 5 } });
      const line = t('errors.bundle-refused', { reason: reasonText(t, exists, refusal.code, refusal.params) });
      expect(line).toContain('2');
      expect(line).toContain('5');
      expect(line).not.toMatch(/\{\{|bundles\./);
    });
  });
}

describe('refusalOf', () => {
  it('is null for other errors and for a refusal without a code', () => {
    expect(refusalOf({ code: 'internal' })).toBeNull();
    expect(refusalOf({ code: 'bundle-refused' })).toBeNull();
    expect(refusalOf({ code: 'bundle-refused', details: { params: { reason: 3 } } })).toBeNull();
  });
});
