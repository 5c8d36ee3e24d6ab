// Amounts are read in the Albanian form (dot for thousands, comma for
// decimals), the English one and the plain one, and written grouped with the
// currency as a person writes it.
import { describe, expect, it } from 'vitest';
import { currencyUnit, formatAmount, formatMoney, parseAmount } from '../../../shared/format/amounts';

describe('reading an amount', () => {
  it('reads the Albanian form, the English form and the plain form in either language', () => {
    const cases: [string, number | null][] = [
      ['1.500.000,50', 1_500_000.5],
      ['1,500,000.50', 1_500_000.5],
      ['1500000.50', 1_500_000.5],
      ['1500000,50', 1_500_000.5],
      ['1.500.000', 1_500_000],
      ['1,500,000', 1_500_000],
      ['1 500 000', 1_500_000],
      ['1\u00a0500\u202f000,50', 1_500_000.5],
      ['25000000', 25_000_000],
      ['1,5', 1.5],
      ['2.5', 2.5],
      ['0.500', 0.5],
      ['', null],
      ['  ', null],
    ];
    for (const lang of ['sq', 'en'] as const) for (const [text, value] of cases) expect(parseAmount(text, lang), `${lang} ${text}`).toBe(value);
  });

  it('reads one mark before three digits as the language’s thousands mark', () => {
    expect(parseAmount('1.500', 'sq')).toBe(1500);
    expect(parseAmount('1,500', 'sq')).toBe(1.5);
    expect(parseAmount('1,500', 'en')).toBe(1500);
    expect(parseAmount('1.500', 'en')).toBe(1.5);
    expect(parseAmount('1500.000', 'sq')).toBe(1500);
    expect(parseAmount('1.50', 'sq')).toBe(1.5);
  });

  it('keeps a minus sign, so the schema’s "negative" message is the one shown', () => {
    expect(parseAmount('-5', 'sq')).toBe(-5);
    expect(parseAmount('−1.500,5', 'sq')).toBe(-1500.5);
  });

  it('refuses what is not an amount or is badly grouped', () => {
    for (const text of ['12abc', '1,5,0', 'e5', '--1', '1.50.000', '1.500,000,5', '1,500.000,5', '.5', '5.', '1..500', '0.500.000', '1 500 lekë', 'Infinity']) {
      expect(parseAmount(text, 'sq'), text).toBeUndefined();
      expect(parseAmount(text, 'en'), text).toBeUndefined();
    }
  });
});

describe('writing an amount', () => {
  it('groups thousands with the marks of the language, decimals only when there are some', () => {
    expect(formatAmount(25_000_000, 'sq')).toBe('25.000.000');
    expect(formatAmount(25_000_000, 'en')).toBe('25,000,000');
    expect(formatAmount(1_500_000.5, 'sq')).toBe('1.500.000,50');
    expect(formatAmount(1_500_000.5, 'en')).toBe('1,500,000.50');
    expect(formatAmount(0.125, 'sq')).toBe('0,125');
    expect(formatAmount(999, 'sq')).toBe('999');
    expect(formatAmount(0, 'en')).toBe('0');
    expect(formatAmount(-1500, 'sq')).toBe('-1.500');
    expect(formatAmount(null, 'sq')).toBe('');
  });

  it('reads back what it wrote, in both languages', () => {
    for (const v of [0, 7, 1500, 1_500_000.5, 1234567.25, 1e15, 0.125]) {
      expect(parseAmount(formatAmount(v, 'sq'), 'sq'), `sq ${v}`).toBe(v);
      expect(parseAmount(formatAmount(v, 'en'), 'en'), `en ${v}`).toBe(v);
    }
  });

  it('writes the currency as a person does: "lekë" after the figure in Albanian, the code before it in English', () => {
    expect(formatMoney(25_000_000, 'ALL', 'sq')).toBe('25.000.000\u00a0lekë');
    expect(formatMoney(25_000_000, 'ALL', 'en')).toBe('ALL\u00a025,000,000');
    expect(formatMoney(25_000.5, 'EUR', 'sq')).toBe('25.000,50\u00a0EUR');
    expect(formatMoney(25_000.5, 'EUR', 'en')).toBe('EUR\u00a025,000.50');
    expect(formatMoney(null, 'ALL', 'sq')).toBe('');
    expect(currencyUnit('USD', 'sq')).toBe('USD');
  });
});
