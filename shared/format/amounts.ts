// Amounts of money as a person writes them, in Albanian and in English.
//
// Reading (parseAmount): spaces (also non-breaking) between thousands are
// ignored; with both a dot and a comma, the last one is the decimal mark and
// the other separates thousands ("1.500.000,50", "1,500,000.50"); one mark
// repeated separates thousands ("1.500.000"); groups after the first have
// exactly three digits. A mark that appears once is the decimal mark
// ("1500000,50", "1500000.50", "1,5") unless it is the language's thousands
// mark followed by exactly three digits: in Albanian "1.500" is 1500 and
// "1,500" is 1.5; in English "1,500" is 1500 and "1.500" is 1.5.
//
// Writing (formatAmount, formatMoney): grouped by thousands with the
// language's marks; decimals only when there are some, then at least two
// ("2.500,50", never "2.500,5"). Measured values (an indicator's baseline
// and targets) are read by the same rule and written by formatNumber, with
// their decimals as they are ("4,5"). With the currency as a person writes it:
// Albanian puts the unit after the figure and calls the lek "lekë"
// ("25.000.000 lekë", "25.000,50 EUR"); English puts the ISO code first
// ("ALL 25,000,000", "EUR 25,000.50"). The units are in the catalogue
// (common.currencyUnit).
import type { Lang } from '../model/primitives';
import { common as enCommon } from '../i18n/en/common';
import { common as sqCommon } from '../i18n/sq/common';

interface Marks {
  readonly group: '.' | ',';
  readonly decimal: '.' | ',';
}
const MARKS: Record<Lang, Marks> = { sq: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

const SPACES = /[\s\u00a0\u202f]/g;
const GROUPED = (mark: string) => new RegExp(`^[1-9]\\d{0,2}(?:\\${mark}\\d{3})+$`);

/** The integer part written with `group` between thousands, checked, without them; undefined when badly grouped. */
function ungroup(int: string, group: string | null): string | undefined {
  if (group === null || !int.includes(group)) return /^\d+$/.test(int) ? int : undefined;
  return GROUPED(group).test(int) ? int.split(group).join('') : undefined;
}

/**
 * The number an amount box holds, null for an empty box, or undefined when
 * the text is not an amount. A minus sign is kept, so the schema's own
 * "negative" message is the one shown.
 */
export function parseAmount(text: string, lang: Lang): number | null | undefined {
  let s = text.replace(SPACES, '');
  if (s === '') return null;
  const negative = /^[-−]/.test(s);
  if (negative || s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/^\d/.test(s) || !/\d$/.test(s)) return undefined;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let int = s;
  let frac = '';
  let group: string | null = null;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    if (s.split(decimal).length !== 2) return undefined;
    [int, frac] = s.split(decimal) as [string, string];
  } else if (dots + commas > 1) {
    group = dots > 0 ? '.' : ',';
  } else if (dots + commas === 1) {
    const mark = dots ? '.' : ',';
    const [head, tail] = s.split(mark) as [string, string];
    if (mark === MARKS[lang].group && tail.length === 3 && head.length <= 3 && !head.startsWith('0')) group = mark;
    else [int, frac] = [head, tail];
  }
  const digits = ungroup(int, group);
  if (digits === undefined || (frac !== '' && !/^\d+$/.test(frac))) return undefined;
  const n = Number(frac === '' ? digits : `${digits}.${frac}`);
  if (!Number.isFinite(n)) return undefined;
  return negative ? -n : n;
}

/** 1500000.5 → "1.500.000,50" (sq) / "1,500,000.50" (en); "" for none. */
export const formatAmount = (v: number | null | undefined, lang: Lang): string => grouped(v, lang, 2);

/** A measured number, grouped the same way, its decimals as they are: 1500 → "1.500", 4.5 → "4,5" (sq). */
export const formatNumber = (v: number | null | undefined, lang: Lang): string => grouped(v, lang, 0);

function grouped(v: number | null | undefined, lang: Lang, minDecimals: number): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '';
  const { group, decimal } = MARKS[lang];
  const text = String(Math.abs(v));
  // Beyond what the schema allows (1e15) or too small to write out: shown as the number it is, never hidden.
  if (/e/i.test(text)) return String(v);
  const [int, dec = ''] = text.split('.') as [string, string?];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimals = dec === '' ? '' : `${decimal}${dec.padEnd(minDecimals, '0')}`;
  return `${v < 0 ? '-' : ''}${grouped}${decimals}`;
}

/** The unit of a currency as the language writes it: "lekë" for ALL in Albanian, the ISO code otherwise. */
export function currencyUnit(currency: string, lang: Lang): string {
  const units: Readonly<Record<string, string>> = (lang === 'en' ? enCommon : sqCommon).currencyUnit;
  return units[currency] ?? currency;
}

/** Whether the language writes the unit before the figure (English "ALL 25,000") or after it (Albanian "25.000 lekë"). */
export const unitFirst = (lang: Lang): boolean => lang === 'en';

/** "25.000.000 lekë" / "ALL 25,000,000", "25.000,50 EUR" / "EUR 25,000.50"; "" for none. */
export function formatMoney(v: number | null | undefined, currency: string, lang: Lang): string {
  const figure = formatAmount(v, lang);
  if (figure === '') return '';
  const unit = currencyUnit(currency, lang);
  // A no-break space, so a figure is never separated from its unit at a line end.
  return unitFirst(lang) ? `${unit}\u00a0${figure}` : `${figure}\u00a0${unit}`;
}
