// What people type into number-like boxes, and an indicator's targets per year.
import { describe, expect, it } from 'vitest';
import { cycleYears, formatAmount, formatMeasure, parseAmount, parseMeasure, setTarget, targetFor } from '../../../renderer/src/editor/values';

describe('amounts', () => {
  it('reads figures with spaces and either decimal separator', () => {
    expect(parseAmount('1 500 000')).toBe(1_500_000);
    expect(parseAmount('1\u00a0500\u202f000')).toBe(1_500_000);
    expect(parseAmount('2500,50')).toBe(2500.5);
    expect(parseAmount('2500.5')).toBe(2500.5);
    expect(parseAmount('  ')).toBeNull();
    // Kept negative, so the contract's own "negative" message is the one shown.
    expect(parseAmount('-5')).toBe(-5);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['12abc', '1.000.000', '1,5,0', 'e5', '--1']) expect(parseAmount(text)).toBeUndefined();
  });

  it('writes amounts grouped by thousands, with the decimal mark of the language', () => {
    expect(formatAmount(1_500_000, 'sq')).toBe('1 500 000');
    expect(formatAmount(2500.5, 'sq')).toBe('2 500,5');
    expect(formatAmount(2500.5, 'en')).toBe('2 500.5');
    expect(formatAmount(null, 'en')).toBe('');
    expect(parseAmount(formatAmount(1234567.25, 'sq'))).toBe(1234567.25);
  });
});

describe('measured values', () => {
  it('are numbers when they look like numbers, short statements otherwise', () => {
    expect(parseMeasure('55')).toBe(55);
    expect(parseMeasure('4,5')).toBe(4.5);
    expect(parseMeasure(' ligji i miratuar ')).toBe('ligji i miratuar');
    expect(parseMeasure('')).toBeNull();
    expect(formatMeasure(55)).toBe('55');
    expect(formatMeasure('law adopted')).toBe('law adopted');
    expect(formatMeasure(null)).toBe('');
  });
});

describe('targets', () => {
  it('has one year per calendar year of the cycle', () => {
    expect(cycleYears('2020-09-01', '2022-08-31')).toEqual([2020, 2021, 2022]);
    expect(cycleYears('2022-01-01', '2021-12-31')).toEqual([]);
  });

  it('sets, replaces and removes one year, keeping the list sorted', () => {
    let t = setTarget([], 2022, 60);
    t = setTarget(t, 2020, 20);
    t = setTarget(t, 2021, 'law adopted');
    expect(t).toEqual([
      { year: 2020, value: 20 },
      { year: 2021, value: 'law adopted' },
      { year: 2022, value: 60 },
    ]);
    t = setTarget(t, 2021, null);
    expect(t.map((x) => x.year)).toEqual([2020, 2022]);
    expect(targetFor(t, 2022)).toBe(60);
    expect(targetFor(t, 2021)).toBeNull();
  });
});
