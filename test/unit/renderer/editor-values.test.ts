// What people type into measured-value boxes, and an indicator's targets per
// year (amounts and dates: test/unit/format).
import { describe, expect, it } from 'vitest';
import { cycleYears, formatMeasure, parseMeasure, setTarget, targetFor } from '../../../renderer/src/editor/values';

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
