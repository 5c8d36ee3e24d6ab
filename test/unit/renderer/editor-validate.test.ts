// The editor refuses with the contract's own schemas and codes.
import { describe, expect, it } from 'vitest';
import { validateField } from '../../../renderer/src/editor/validate';
import type { FieldRef } from '../../../renderer/src/lib/field-key';

const c = (field: string, lang: 'sq' | 'en' | null = null): FieldRef => ({ recordType: 'commitment', recordId: 'c1', field, lang });

describe('validateField', () => {
  it('accepts ordinary values', () => {
    expect(validateField(c('title', 'sq'), 'Drejtësi e hapur')).toBeNull();
    expect(validateField(c('contact.email'), '')).toBeNull();
    expect(validateField(c('contact.email'), 'zyra@drejtesia.gov.al')).toBeNull();
    expect(validateField(c('budget.amount'), null)).toBeNull();
    expect(validateField(c('startDate'), null)).toBeNull();
    expect(validateField({ recordType: 'indicator', recordId: 'i1', field: 'targets', lang: null }, [{ year: 2021, value: 'ligji' }])).toBeNull();
  });

  it('refuses with the validation code the service would answer', () => {
    expect(validateField(c('contact.email'), 'zyra@@drejtesia')).toBe('bad-email');
    expect(validateField(c('budget.amount'), -5)).toBe('negative');
    expect(validateField(c('startDate'), '2021-02-30')).toBe('bad-date');
    expect(validateField(c('title', 'sq'), 'x'.repeat(501))).toBe('too-long');
    expect(validateField(c('problem', 'en'), 'x'.repeat(100_000))).toBe('too-long');
    expect(validateField(c('briefDescription', 'sq'), 'a\u0001b')).toBe('control-characters');
    expect(validateField(c('contact.phone'), 'tel: abc')).toBe('bad-phone');
    expect(validateField({ recordType: 'milestone', recordId: 'm1', field: 'cost', lang: null }, -1)).toBe('negative');
    expect(validateField({ recordType: 'indicator', recordId: 'i1', field: 'targets', lang: null }, [{ year: 2021, value: 'x'.repeat(501) }])).toBe('too-long');
  });

  it('checks a consultation report’s sections and events with the report’s own patch schema', () => {
    const r = (field: string, lang: 'sq' | 'en' | null = null): FieldRef => ({ recordType: 'consultation-report', recordId: 'r1', field, lang });
    expect(validateField(r('purpose', 'sq'), 'Të mblidhen komentet.')).toBeNull();
    expect(validateField(r('events'), ['00000000-0000-4000-8000-000000000001'])).toBeNull();
    expect(validateField(r('findings', 'en'), 'x'.repeat(100_000))).toBe('too-long');
    expect(validateField(r('nextSteps', 'sq'), 'a\u0001b')).toBe('control-characters');
    expect(validateField(r('events'), ['not-an-id'])).not.toBeNull();
  });
});
