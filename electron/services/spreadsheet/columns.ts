// The Annex IX sheet's vocabulary: the header of each column in both
// languages (what the export writes and what the import recognises), and
// the words accepted for an indicator's type and frequency.
import { XLSX_COLUMNS, type XlsxColumn, type XlsxMapping } from '../../../shared/api/contract';
import { FREQUENCIES, INDICATOR_TYPES } from '../../../shared/model/plan';

type Bi = { sq: string; en: string };

/** Header labels; the export writes "sq / en". */
export const HEADERS: Record<XlsxColumn, Bi> = {
  'name.sq': { sq: 'Emri (shqip)', en: 'Name (Albanian)' },
  'name.en': { sq: 'Emri (anglisht)', en: 'Name (English)' },
  type: { sq: 'Lloji', en: 'Type' },
  'definition.sq': { sq: 'Përkufizimi (shqip)', en: 'Definition (Albanian)' },
  'definition.en': { sq: 'Përkufizimi (anglisht)', en: 'Definition (English)' },
  'unit.sq': { sq: 'Njësia matëse (shqip)', en: 'Unit of measure (Albanian)' },
  'unit.en': { sq: 'Njësia matëse (anglisht)', en: 'Unit of measure (English)' },
  'baseline.value': { sq: 'Vlera bazë', en: 'Baseline value' },
  'baseline.year': { sq: 'Viti bazë', en: 'Baseline year' },
  targets: { sq: 'Vlerat e synuara (viti: vlera)', en: 'Targets (year: value)' },
  'dataSource.sq': { sq: 'Burimi i të dhënave (shqip)', en: 'Data source (Albanian)' },
  'dataSource.en': { sq: 'Burimi i të dhënave (anglisht)', en: 'Data source (English)' },
  frequency: { sq: 'Shpeshtësia e matjes', en: 'Frequency' },
  responsibleInstitution: { sq: 'Institucioni përgjegjës', en: 'Responsible institution' },
  'method.sq': { sq: 'Metoda e llogaritjes (shqip)', en: 'Calculation method (Albanian)' },
  'method.en': { sq: 'Metoda e llogaritjes (anglisht)', en: 'Calculation method (English)' },
  'disaggregation.sq': { sq: 'Ndarja e të dhënave (shqip)', en: 'Disaggregation (Albanian)' },
  'disaggregation.en': { sq: 'Ndarja e të dhënave (anglisht)', en: 'Disaggregation (English)' },
  'assumptions.sq': { sq: 'Supozimet (shqip)', en: 'Assumptions (Albanian)' },
  'assumptions.en': { sq: 'Supozimet (anglisht)', en: 'Assumptions (English)' },
  milestone: { sq: 'Hapi kyç (nr.)', en: 'Milestone (no.)' },
};

export const headerText = (c: XlsxColumn) => `${HEADERS[c].sq} / ${HEADERS[c].en}`;

/** Other headers people write for the same column (one-language sheets, the template's wording). */
const HEADER_ALIASES: Partial<Record<XlsxColumn, string[]>> = {
  'name.sq': ['Emri', 'Emri i treguesit', 'Treguesi'],
  'name.en': ['Name', 'Indicator name', 'Indicator'],
  type: ['Lloji i treguesit', 'Indicator type'],
  'baseline.value': ['Baseline', 'Vlera fillestare'],
  'baseline.year': ['Viti i vlerës bazë'],
  targets: ['Targets', 'Target', 'Objektivat', 'Vlerat e synuara'],
  'dataSource.sq': ['Burimi i të dhënave', 'Mjetet e verifikimit'],
  'dataSource.en': ['Data source', 'Means of verification'],
  frequency: ['Frekuenca', 'Shpeshtësia'],
  responsibleInstitution: ['Institucioni', 'Responsible'],
  milestone: ['Hapi kyç', 'Milestone'],
};

/** Case-, accent- and punctuation-insensitive form used for every comparison of words from a sheet. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const KNOWN_HEADERS: ReadonlyMap<string, XlsxColumn> = (() => {
  const m = new Map<string, XlsxColumn>();
  // Exact template headers first, so an alias never shadows a template header.
  for (const c of XLSX_COLUMNS) for (const h of [headerText(c), HEADERS[c].sq, HEADERS[c].en, c]) m.set(fold(h), c);
  for (const c of XLSX_COLUMNS) for (const h of HEADER_ALIASES[c] ?? []) if (!m.has(fold(h))) m.set(fold(h), c);
  return m;
})();

/** A full mapping (every column named, null when absent) suggested from the header row. */
export function suggestMapping(headers: readonly string[]): Record<XlsxColumn, number | null> {
  const mapping = Object.fromEntries(XLSX_COLUMNS.map((c) => [c, null])) as Record<XlsxColumn, number | null>;
  headers.forEach((h, i) => {
    const c = KNOWN_HEADERS.get(fold(h));
    if (c !== undefined && mapping[c] === null) mapping[c] = i;
  });
  return mapping;
}

/** The given mapping with every column named. */
export function fullMapping(given: XlsxMapping): Record<XlsxColumn, number | null> {
  return Object.fromEntries(XLSX_COLUMNS.map((c) => [c, given[c] ?? null])) as Record<XlsxColumn, number | null>;
}

type IndicatorType = (typeof INDICATOR_TYPES)[number];
type Frequency = (typeof FREQUENCIES)[number];

export const TYPE_LABELS: Record<IndicatorType, Bi> = {
  outcome: { sq: 'Rezultat', en: 'Outcome' },
  output: { sq: 'Produkt', en: 'Output' },
};
const TYPE_ALIASES: Record<IndicatorType, string[]> = {
  outcome: ['rezultati', 'tregues rezultati', 'tregues i rezultatit', 'outcome indicator'],
  output: ['produkti', 'tregues produkti', 'tregues i produktit', 'output indicator'],
};

export const FREQUENCY_LABELS: Record<Frequency, Bi> = {
  monthly: { sq: 'Mujore', en: 'Monthly' },
  quarterly: { sq: 'Tremujore', en: 'Quarterly' },
  semiannual: { sq: 'Gjashtëmujore', en: 'Semiannual' },
  annual: { sq: 'Vjetore', en: 'Annual' },
  once: { sq: 'Një herë', en: 'Once' },
};
const FREQUENCY_ALIASES: Record<Frequency, string[]> = {
  monthly: ['mujor', 'çdo muaj', 'every month'],
  quarterly: ['tremujor', 'çdo tre muaj', 'çdo tremujor', 'every quarter'],
  semiannual: ['gjashtëmujor', 'çdo gjashtë muaj', 'dy herë në vit', 'semi-annual', 'half-yearly', 'every six months'],
  annual: ['vjetor', 'çdo vit', 'një herë në vit', 'yearly', 'every year'],
  once: ['njëherë', 'njëherësh', 'one-off', 'one time'],
};

function vocabulary<K extends string>(labels: Record<K, Bi>, aliases: Record<K, string[]>): ReadonlyMap<string, K> {
  const m = new Map<string, K>();
  for (const k of Object.keys(labels) as K[]) for (const w of [k, labels[k].sq, labels[k].en, ...aliases[k]]) m.set(fold(w), k);
  return m;
}
const TYPES = vocabulary(TYPE_LABELS, TYPE_ALIASES);
const FREQS = vocabulary(FREQUENCY_LABELS, FREQUENCY_ALIASES);

/**
 * A term in either language, or both as the export writes them ("Vjetore /
 * Annual"): every part separated by "/" must name the same value.
 */
function term<K extends string>(vocab: ReadonlyMap<string, K>, raw: string): K | null {
  const parts = raw.split('/').map(fold).filter((p) => p !== '');
  const found = new Set(parts.map((p) => vocab.get(p) ?? null));
  if (found.size !== 1) return null;
  return [...found][0] ?? null;
}

export const indicatorType = (raw: string) => term(TYPES, raw);
export const frequency = (raw: string) => term(FREQS, raw);
export const bilingual = (l: Bi) => `${l.sq} / ${l.en}`;
