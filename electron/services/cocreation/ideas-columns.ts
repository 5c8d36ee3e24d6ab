// The vocabulary of an idea file: which header feeds which field (its
// interchange path, its label in either language, the usual headers of the
// form tools), and how a cell becomes a value (dates in the forms'
// timestamp formats, channels and organisation types in either language,
// yes/no in either language).
import { IDEA_IMPORT_COLUMNS, type IdeaImportColumn, type IdeaMapping } from '../../../shared/api/contract';
import { ideaColumnLabel } from '../../../shared/cocreation/idea-columns';
import { en } from '../../../shared/i18n/en';
import { sq } from '../../../shared/i18n/sq';
import { IDEA_CHANNELS, ORG_TYPES, type Idea } from '../../../shared/model/cocreation';
import { isoDate } from '../../../shared/format/dates';
import { fold } from '../spreadsheet/columns';

export type FullIdeaMapping = Record<IdeaImportColumn, number | null>;

export const columnLabel = ideaColumnLabel;

/** Headers the form tools write for the same thing. */
const ALIASES: Partial<Record<IdeaImportColumn, string[]>> = {
  receivedAt: ['Timestamp', 'Vula kohore', 'Data', 'Date', 'Start time', 'Completion time', 'Koha e përfundimit', '_submission_time', 'end', 'today'],
  'submitter.name': ['Name', 'Emri', 'Emri dhe mbiemri', 'Full name', 'Emri juaj'],
  'submitter.organisation': ['Organizata', 'Organisation', 'Organization', 'Institucioni / organizata'],
  'submitter.orgType': ['Organization type', 'Lloji i organizatës', 'Sektori', 'Sector'],
  consentToPublish: ['Consent', 'Pëlqimi', 'Pëlqim për publikim', 'Consent to publish'],
  'title.sq': ['Titulli', 'Ideja', 'Titulli i idesë'],
  'title.en': ['Title', 'Idea', 'Idea title'],
  'problem.sq': ['Problemi'],
  'problem.en': ['Problem'],
  'proposedSolution.sq': ['Zgjidhja', 'Zgjidhja e propozuar'],
  'proposedSolution.en': ['Solution', 'Proposed solution'],
  'expectedResult.sq': ['Rezultati', 'Rezultati i pritshëm'],
  'expectedResult.en': ['Result', 'Expected result'],
  ogpValues: ['OGP values', 'Vlerat OGP'],
  suggestedLead: ['Lead institution', 'Institucioni drejtues'],
};

const KNOWN: ReadonlyMap<string, IdeaImportColumn> = (() => {
  const m = new Map<string, IdeaImportColumn>();
  // Aliases first, so a path or label always wins over them.
  for (const c of IDEA_IMPORT_COLUMNS) for (const a of ALIASES[c] ?? []) m.set(fold(a), c);
  for (const c of IDEA_IMPORT_COLUMNS) {
    const l = columnLabel(c);
    for (const h of [l.sq, l.en, `${l.sq} / ${l.en}`]) m.set(fold(h), c);
  }
  // The path itself is matched exactly (fold would turn "title.sq" into "title sq").
  return m;
})();

export function columnOfHeader(header: string): IdeaImportColumn | null {
  const exact = (IDEA_IMPORT_COLUMNS as readonly string[]).find((c) => c === header.trim());
  return (exact as IdeaImportColumn | undefined) ?? KNOWN.get(fold(header)) ?? null;
}

/** The mapping the headers suggest: each field from the first header that names it. */
export function suggestMapping(headers: readonly string[]): FullIdeaMapping {
  const m = Object.fromEntries(IDEA_IMPORT_COLUMNS.map((c) => [c, null])) as FullIdeaMapping;
  headers.forEach((h, i) => {
    const c = columnOfHeader(h);
    if (c && m[c] === null) m[c] = i;
  });
  return m;
}

export const fullMapping = (given: IdeaMapping): FullIdeaMapping => ({ ...(Object.fromEntries(IDEA_IMPORT_COLUMNS.map((c) => [c, null])) as FullIdeaMapping), ...given });

/** How many headers name a field: the header row is the one most of whose cells do. */
export const ideaHeaderScore = (headers: readonly string[]) => headers.filter((h) => h !== '' && columnOfHeader(h) !== null).length;

function vocabulary<K extends string>(keys: readonly K[], labels: (cat: typeof sq) => Record<K, string>, extra: Partial<Record<K, string[]>> = {}): ReadonlyMap<string, K> {
  const m = new Map<string, K>();
  for (const k of keys) for (const w of [k, labels(sq)[k], labels(en as unknown as typeof sq)[k], ...(extra[k] ?? [])]) m.set(fold(w), k);
  return m;
}
const CHANNELS = vocabulary(IDEA_CHANNELS, (c) => c.ideas.channel, {
  'online-form': ['online', 'google forms', 'microsoft forms', 'kobotoolbox', 'formular online', 'web'],
  email: ['email', 'e mail', 'posta elektronike'],
  'pdf-form': ['pdf'],
});
const ORG = vocabulary(ORG_TYPES, (c) => c.ideas.orgType, {
  cso: ['oshc', 'csos', 'ngo', 'ojf', 'shoqëri civile', 'civil society'],
  citizen: ['individ', 'individual', 'qytetare'],
  private: ['biznes', 'business', 'privat'],
  public: ['institucion', 'government', 'qeveri'],
  academia: ['universitet', 'university'],
});
const YES = new Set(['po', 'yes', 'true', '1', 'x', 'pranoj', 'i agree', 'agree', 'dakord'].map(fold));
const NO = new Set(['jo', 'no', 'false', '0', 'nuk pranoj', 'i do not agree', 'disagree'].map(fold));

export const channelOf = (raw: string): Idea['channel'] | null => CHANNELS.get(fold(raw)) ?? null;
export const orgTypeOf = (raw: string): NonNullable<Idea['submitter']['orgType']> | null => ORG.get(fold(raw)) ?? null;
export function consentOf(raw: string): boolean | null {
  const f = fold(raw);
  if (f === '') return false;
  // Forms write the whole consent sentence ("Po, pranoj që…"): its first word decides.
  const first = f.split(' ')[0]!;
  if (YES.has(f) || YES.has(first)) return true;
  if (NO.has(f) || NO.has(first)) return false;
  return null;
}

/** How a file writes a/b/yyyy: decided once per file from the values that can only be read one way. */
export type SlashOrder = 'dmy' | 'mdy';
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;

export function slashOrderOf(values: readonly string[]): SlashOrder {
  for (const v of values) {
    const m = SLASH.exec(datePart(v));
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) return 'mdy';
  }
  // Albanian offices write day first.
  return 'dmy';
}

/** The date part of a timestamp ("2020-12-01T14:35:22+01:00", "1.12.2020 14:35:22"). */
const datePart = (s: string) => s.trim().split(/[T\s]/)[0]!.replace(/[,.]$/, '');

/** An Excel date serial (days since 1899-12-30) as an ISO date, for date cells stored as numbers. */
function fromSerial(n: number): string | undefined {
  if (!Number.isFinite(n) || n < 20_000 || n > 80_000) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000).toISOString().slice(0, 10);
}

/** The date an answer was received: dd.mm.yyyy, ISO, and the form tools' timestamps; undefined when unreadable. */
export function receivedAtOf(raw: string | number, order: SlashOrder): string | undefined {
  if (typeof raw === 'number') return fromSerial(raw);
  const d = datePart(raw);
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[.\-](\d{1,2})[.\-](\d{4})$/.exec(d);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = SLASH.exec(d);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'dmy' ? isoDate(year, b, a) : isoDate(year, a, b);
  }
  if (/^\d+(\.\d+)?$/.test(d)) return fromSerial(Number(d));
  return undefined;
}
