// The Annex IX sheet's vocabulary: the header of each column in both
// languages (what the export writes and what the import recognises), and
// the words accepted for an indicator's type and frequency.
import { XLSX_COLUMNS, type XlsxColumn, type XlsxMapping, type XlsxTargetColumns } from '../../../shared/api/contract';
import { en } from '../../../shared/i18n/en';
import { sq } from '../../../shared/i18n/sq';
import { FREQUENCIES, INDICATOR_TYPES } from '../../../shared/model/plan';

type Bi = { sq: string; en: string };

/** The fields written in both languages, one column each, and their label in either language. */
const TEXT_LABELS = {
  name: { sq: 'Emri', en: 'Name' },
  definition: { sq: 'Përkufizimi', en: 'Definition' },
  unit: { sq: 'Njësia matëse', en: 'Unit of measure' },
  dataSource: { sq: 'Burimi i të dhënave', en: 'Data source' },
  method: { sq: 'Metoda e llogaritjes', en: 'Calculation method' },
  disaggregation: { sq: 'Ndarja e të dhënave', en: 'Disaggregation' },
  assumptions: { sq: 'Supozimet', en: 'Assumptions' },
} as const satisfies Record<string, Bi>;
type TextField = keyof typeof TEXT_LABELS;

/** The header pair of a bilingual field's two columns: "Emri (shqip)", "Name (English)" and so on. */
function bilingualColumns<F extends TextField>(field: F): Record<`${F}.sq` | `${F}.en`, Bi> {
  const l = TEXT_LABELS[field];
  return {
    [`${field}.sq`]: { sq: `${l.sq} (shqip)`, en: `${l.en} (Albanian)` },
    [`${field}.en`]: { sq: `${l.sq} (anglisht)`, en: `${l.en} (English)` },
  } as Record<`${F}.sq` | `${F}.en`, Bi>;
}

/** Header labels; the export writes "sq / en". */
export const HEADERS: Record<XlsxColumn, Bi> = {
  ...bilingualColumns('name'),
  type: { sq: 'Lloji', en: 'Type' },
  ...bilingualColumns('definition'),
  ...bilingualColumns('unit'),
  'baseline.value': { sq: 'Vlera bazë', en: 'Baseline value' },
  'baseline.year': { sq: 'Viti bazë', en: 'Baseline year' },
  targets: { sq: 'Vlerat e synuara (viti: vlera)', en: 'Targets (year: value)' },
  ...bilingualColumns('dataSource'),
  frequency: { sq: 'Shpeshtësia e matjes', en: 'Frequency' },
  responsibleInstitution: { sq: 'Institucioni përgjegjës', en: 'Responsible institution' },
  ...bilingualColumns('method'),
  ...bilingualColumns('disaggregation'),
  ...bilingualColumns('assumptions'),
  milestone: { sq: 'Hapi kyç (nr.)', en: 'Milestone (no.)' },
  // Written by the export (hidden) so that a re-import updates the indicators it came from.
  id: { sq: 'ID e treguesit (Plani)', en: 'Indicator ID (Plani)' },
};

export const headerText = (c: XlsxColumn) => `${HEADERS[c].sq} / ${HEADERS[c].en}`;

/** Other headers people write for the same column (one-language sheets, the template's wording). */
const HEADER_ALIASES: Partial<Record<XlsxColumn, string[]>> = {
  'name.sq': ['Emri i treguesit', 'Treguesi', 'Emërtimi'],
  'name.en': ['Indicator name', 'Indicator'],
  type: ['Lloji i treguesit', 'Indicator type'],
  'unit.sq': ['Njësia', 'Njësia e matjes'],
  'unit.en': ['Unit', 'Unit of measurement'],
  'baseline.value': ['Baseline', 'Vlera fillestare'],
  'baseline.year': ['Viti i vlerës bazë', 'Year of baseline'],
  targets: ['Targets', 'Target', 'Objektivat', 'Vlerat e synuara', 'Synimet'],
  'dataSource.sq': ['Mjetet e verifikimit', 'Burimi i verifikimit'],
  'dataSource.en': ['Means of verification', 'Source of data'],
  frequency: ['Frekuenca', 'Shpeshtësia', 'Frequency of measurement'],
  'method.sq': ['Metodologjia', 'Metoda'],
  'method.en': ['Methodology', 'Method'],
  'disaggregation.sq': ['Zbërthimi'],
  responsibleInstitution: ['Institucioni', 'Responsible'],
  milestone: ['Hapi kyç', 'Milestone'],
  // Not a bare "ID": ministries number their rows in columns called so, and a row number is no indicator's ID.
  id: ['Plani ID', 'ID (Plani)', 'ID e Planit'],
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

/**
 * Where the editor's label of a column lives: model.indicator.<field>, the
 * language dropped ("name.sq" → name, "baseline.value" → baselineValue). The
 * milestone column holds a number, not the editor's choice, and the id column
 * is the export's own.
 */
function editorLabelKey(c: XlsxColumn): keyof typeof sq.model.indicator | null {
  if (c === 'milestone' || c === 'id') return null;
  return c.replace(/\.(sq|en)$/, '').replace(/\.(\w)/, (_, x: string) => x.toUpperCase()) as keyof typeof sq.model.indicator;
}

const KNOWN_HEADERS: ReadonlyMap<string, XlsxColumn> = (() => {
  const m = new Map<string, XlsxColumn>();
  // Exact template headers first, so an alias never shadows a template header.
  for (const c of XLSX_COLUMNS) for (const h of [headerText(c), HEADERS[c].sq, HEADERS[c].en, ...(c === 'id' ? [] : [c])]) m.set(fold(h), c);
  // A bilingual field named in one language is that language's column ("Njësia matëse", "Unit of measure").
  for (const f of Object.keys(TEXT_LABELS) as TextField[]) {
    m.set(fold(TEXT_LABELS[f].sq), `${f}.sq`);
    m.set(fold(TEXT_LABELS[f].en), `${f}.en`);
  }
  const add = (h: string, c: XlsxColumn) => {
    if (!m.has(fold(h))) m.set(fold(h), c);
  };
  for (const c of XLSX_COLUMNS) for (const h of HEADER_ALIASES[c] ?? []) add(h, c);
  // The editor's own labels, with or without the language ("Emërtimi i treguesit (shqip)", "Frekuenca e matjes").
  for (const c of XLSX_COLUMNS) {
    const [field, lang] = c.split('.') as [string, string | undefined];
    const key = editorLabelKey(c);
    if (key === null) continue;
    for (const [cat, langWords] of [
      [sq, { sq: ['shqip', 'sq'], en: ['anglisht', 'en'] }],
      [en, { sq: ['Albanian', 'sq'], en: ['English', 'en'] }],
    ] as const) {
      const label = cat.model.indicator[key];
      if (lang === 'sq' || lang === 'en') {
        for (const w of langWords[lang]) add(`${label} ${w}`, c);
        add(label, `${field}.${cat === sq ? 'sq' : 'en'}` as XlsxColumn);
      } else add(label, c);
    }
  }
  return m;
})();

/**
 * The words around the year in a target column's header: Annex IX writes
 * "Synimi 2021", English sheets "Target 2021", the export the editor's own
 * labels ("Vlerat e synuara sipas viteve – Viti 2021 / Targets by year – Year 2021").
 */
/** Words that only say "year" or "for" next to the year ("Synimi për vitin 2021", "Target for year 2021"). */
const YEAR_WORDS = /\b(viti|vitin|vitit|year|per|for|ne|in)\b/g;
const YEAR = /\b(19\d\d|20\d\d|2100)\b/g;
/** A folded header without its year and the words that only say "year". */
const withoutYear = (folded: string) => folded.replace(YEAR, ' ').replace(YEAR_WORDS, ' ').replace(/\s+/g, ' ').trim();

const TARGET_WORDS: ReadonlySet<string> = new Set(
  [
    ...HEADER_ALIASES.targets!,
    HEADERS.targets.sq,
    HEADERS.targets.en,
    sq.model.indicator.targets,
    en.model.indicator.targets,
    'Synimi',
    'Synim',
    'Vlera e synuar',
    'Objektivi',
  ].map((w) => withoutYear(fold(w))),
);

/** The year a target column's header names, or null when the header is not one ("Synimi 2021" → 2021). */
export function targetYear(header: string): number | null {
  let found: number | null = null;
  for (const part of header.split('/').map(fold).filter((p) => p !== '')) {
    const years = [...new Set(part.match(YEAR) ?? [])];
    if (years.length !== 1) return null;
    const y = Number(years[0]);
    if (found !== null && found !== y) return null;
    const words = withoutYear(part);
    if (words !== '' && !TARGET_WORDS.has(words)) return null;
    found = y;
  }
  return found;
}

/** The header for a target year's column, in the editor's words (ui.editor.targetYear). */
export function targetHeader(year: number): string {
  const one = (cat: typeof sq | typeof en) => `${cat.model.indicator.targets} – ${cat.ui.editor.targetYear.replace('{{year}}', String(year))}`;
  return `${one(sq)} / ${one(en)}`;
}

export type FullMapping = Record<XlsxColumn, number | null>;

/** How a header row reads: the field each column names (the first column naming it wins) and the target-year columns. */
export function suggestLayout(headers: readonly string[]): { mapping: FullMapping; targetColumns: XlsxTargetColumns } {
  const mapping = fullMapping({});
  const targetColumns: { year: number; column: number }[] = [];
  headers.forEach((h, i) => {
    const c = KNOWN_HEADERS.get(fold(h));
    if (c !== undefined) {
      if (mapping[c] === null) mapping[c] = i;
      return;
    }
    const y = targetYear(h);
    if (y !== null && !targetColumns.some((t) => t.year === y) && targetColumns.length < MAX_TARGET_COLUMNS) targetColumns.push({ year: y, column: i });
  });
  return { mapping, targetColumns };
}

const MAX_TARGET_COLUMNS = 20;

/**
 * How many columns of a row read as known headers: the header row is the row
 * that reads best. A bare year ("2021") names a target column once the row is
 * the header, but does not make a row one: data rows are full of years.
 */
export function headerScore(headers: readonly string[]): number {
  const { mapping, targetColumns } = suggestLayout(headers);
  const worded = targetColumns.filter((t) => !/^\s*\d+\s*$/.test(headers[t.column] ?? ''));
  return Object.values(mapping).filter((v) => v !== null).length + worded.length;
}

/** The given mapping with every column named. */
export function fullMapping(given: XlsxMapping): FullMapping {
  return Object.fromEntries(XLSX_COLUMNS.map((c) => [c, given[c] ?? null])) as FullMapping;
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
