// Dates are typed and shown day first, dd.mm.yyyy, in both languages; a day
// that does not exist is refused, never moved to another day.
import { describe, expect, it } from 'vitest';
import { calendarNames, formatDate, formatMonth, isoOfLocalDate, localDateOf, parseDate, readableDate, unfinishedDate, withReadableDates } from '../../../shared/format/dates';

describe('reading a typed date', () => {
  it('reads day first, with dots, slashes, dashes or no separator at all', () => {
    for (const text of ['01122020', '1.12.2020', '01.12.2020', ' 01.12.2020 ', '1/12/2020', '1-12-2020', '01. 12. 2020', '1.12.2020.']) {
      expect(parseDate(text), text).toBe('2020-12-01');
    }
    expect(parseDate('15.01.2021')).toBe('2021-01-15');
    expect(parseDate('29.02.2024')).toBe('2024-02-29');
  });

  it('reads an ISO date pasted from another tool as ISO', () => {
    expect(parseDate('2020-12-01')).toBe('2020-12-01');
  });

  it('is empty for an empty box', () => {
    expect(parseDate('')).toBeNull();
    expect(parseDate('   ')).toBeNull();
  });

  it('refuses a day that does not exist and text that is not a date', () => {
    for (const text of ['30.02.2021', '02302021', '29.02.2021', '31.04.2021', '00.01.2021', '01.13.2021', '01.00.2021', '2021-02-30']) {
      expect(parseDate(text), text).toBeUndefined();
    }
    for (const text of ['1.12.20', '011220', '12abc', 'dhjetor 2020', '1.12', '123456789', '2020/12/01']) {
      expect(parseDate(text), text).toBeUndefined();
    }
  });
});

describe('writing a date', () => {
  it('writes dd.mm.yyyy in both languages; anything else stays as it is', () => {
    expect(formatDate('2020-12-01')).toBe('01.12.2020');
    expect(formatDate('2020-12-01T08:00:00.000Z')).toBe('01.12.2020');
    expect(formatDate(null)).toBe('');
    expect(formatDate('later')).toBe('later');
    expect(parseDate(formatDate('2021-01-15'))).toBe('2021-01-15');
  });

  it('names the month where a month is meant, in the catalogue of the language', () => {
    expect(formatMonth('2020-09-01', 'sq')).toBe('shtator 2020');
    expect(formatMonth('2022-08-31', 'en')).toBe('August 2022');
    expect(formatMonth('2020-11-01', 'sq')).toBe('nëntor 2020');
    expect(formatMonth(null, 'sq')).toBe('');
    expect(calendarNames('sq').months).toHaveLength(12);
    expect(calendarNames('en').days[0]).toBe('Sunday');
  });

  it('passes a picked calendar day to and from ISO without a time-zone shift', () => {
    expect(isoOfLocalDate(new Date(2020, 11, 1, 23, 59))).toBe('2020-12-01');
    expect(isoOfLocalDate(localDateOf('2021-01-15')!)).toBe('2021-01-15');
    expect(localDateOf('2021-02-30')).toBeUndefined();
    expect(localDateOf(null)).toBeUndefined();
  });
});

describe('dates inside a message', () => {
  it('are written dd.mm.yyyy; other parameters stay as they are', () => {
    expect(withReadableDates({ start: '2021-01-15', end: '2020-12-01', seq: 2, fieldKey: 'model.commitment.endDate', value: 'a@b.al' })).toEqual({
      start: '15.01.2021',
      end: '01.12.2020',
      seq: 2,
      fieldKey: 'model.commitment.endDate',
      value: 'a@b.al',
    });
    expect(readableDate('2021-01-15')).toBe('15.01.2021');
    expect(readableDate('2021-01-15 and more')).toBe('2021-01-15 and more');
  });
});

describe('a date still being typed', () => {
  it('is let be while it can still become a date', () => {
    for (const text of ['', '0', '01', '011', '0112', '011220', '0112202', '1', '1.', '1.1', '1.12', '1.12.', '1.12.2', '1.12.202', '30.0', '29.02', '2020', '2020-', '2020-1', '2020-12-0']) {
      expect(unfinishedDate(text), text).toBe(true);
    }
  });

  it('is refused at once when no more typing can make it a date', () => {
    for (const text of ['3002', '30.02', '31.04.', '32', '32.1', '01.13', '0113', '00.', '1.12.2020x', 'abc', '1/12/20201']) {
      expect(unfinishedDate(text), text).toBe(false);
    }
  });
});
