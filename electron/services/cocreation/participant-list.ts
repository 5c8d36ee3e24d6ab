// An attendance list read into participants: text pasted from Excel (tab-
// separated, as a copied range arrives), or an .xlsx/.csv file through the
// idea import's reader (size, zip-bomb and formula guards, CSV encodings and
// separators). A header row naming the columns in either language is found
// among the first rows; a list without one is read in the order the event's
// table shows (name, organisation, sector, gender, consent). Every row is
// reported; the caller writes nothing while any row is bad.
import type { ParticipantMapping, ParticipantPreview, ParticipantRowReport, ParticipantSource } from '../../../shared/api/contract';
import { MAX_PARTICIPANTS, PARTICIPANT_COLUMNS } from '../../../shared/api/contract';
import { GENDERS, Participant } from '../../../shared/model/cocreation';
import { type RawCell, type Sheet, type SheetRow, isEmptyCell, sheetOf } from '../spreadsheet/sheet-file';
import { fold } from '../spreadsheet/columns';
import { consentOf } from './ideas-columns';
import { detectSeparator, parseCsv, readIdeaFile } from './ideas-file';

type Column = (typeof PARTICIPANT_COLUMNS)[number];
type Gender = (typeof GENDERS)[number];

/** Words that name a column, folded; checked in this order so "emri i organizatës" is the organisation. */
const HEADER_WORDS: readonly [Column, readonly string[]][] = [
  ['consent', ['pelqim', 'pelqimi', 'consent', 'leje', 'miratim per emrin']],
  ['gender', ['gjinia', 'gjini', 'gender', 'sex', 'seksi']],
  ['sector', ['sektori', 'sektor', 'sector', 'lloji i organizates', 'organisation type', 'organization type']],
  ['organisation', ['organizata', 'organizate', 'institucioni', 'institucion', 'organisation', 'organization', 'institution', 'affiliation', 'subjekti']],
  ['name', ['emri', 'emer', 'mbiemri', 'name', 'full name', 'participant', 'pjesemarresi', 'pjesemarres', 'emri dhe mbiemri']],
];

export function columnOfHeader(header: string): Column | null {
  const f = fold(header);
  if (f === '') return null;
  const words = f.split(' ');
  for (const [col, names] of HEADER_WORDS) {
    if (names.some((n) => (n.includes(' ') ? f.includes(n) : words.includes(n)))) return col;
  }
  return null;
}

const headerScore = (headers: readonly string[]) => headers.filter((h) => columnOfHeader(h) !== null).length;

const GENDER_WORDS = new Map<string, Gender>(
  (
    [
      ['female', ['f', 'femer', 'femere', 'grua', 'vajze', 'female', 'woman', 'w']],
      ['male', ['m', 'mashkull', 'burre', 'djale', 'male', 'man']],
      ['other', ['tjeter', 'other', 'jobinar', 'non binary']],
      ['undisclosed', ['', 'pa deklaruar', 'nuk deklaroj', 'nuk e deklaroj', 'undisclosed', 'prefer not to say', 'not stated', '-']],
    ] as const
  ).flatMap(([g, words]) => words.map((w) => [fold(w), g] as const)),
);

export function genderOf(raw: string): Gender | null {
  return GENDER_WORDS.get(fold(raw)) ?? null;
}

const cellText = (c: RawCell | undefined): string => (c === null || c === undefined ? '' : typeof c === 'object' ? '' : String(c).trim());

/** The mapping a list's headers give (each column to the first header naming it); with no headers, the table's order. */
export function detectMapping(headers: readonly string[] | null): ParticipantMapping {
  if (headers === null) return Object.fromEntries(PARTICIPANT_COLUMNS.map((c, i) => [c, i]));
  const out: ParticipantMapping = {};
  headers.forEach((h, i) => {
    const col = columnOfHeader(h);
    if (col !== null && out[col] === undefined) out[col] = i;
  });
  return out;
}

/** Reads the source into a sheet: the header row detected, or none (headerRow 0) when no row names a column. */
async function sheetOfSource(source: ParticipantSource): Promise<{ sheet: Sheet; hasHeader: boolean }> {
  const opts = { maxRows: MAX_PARTICIPANTS, headerScore };
  let sheet: Sheet;
  let filled: SheetRow[];
  if ('text' in source) {
    const text = source.text.replace(/^\uFEFF/, '');
    filled = parseCsv(text, detectSeparator(text))
      .map((r, i) => ({ row: i + 1, cells: r.cells.map((c): RawCell => (/^=/.test(c.trim()) ? { problem: 'formula' } : c)) }))
      .filter((r) => !r.cells.every(isEmptyCell));
    sheet = sheetOf('', filled, undefined, opts);
  } else {
    sheet = await readIdeaFile(source.file.dataBase64, undefined, opts);
    filled = [];
  }
  if (headerScore(sheet.headers) > 0) return { sheet, hasHeader: true };
  // No header: every row is a participant. The row read as the header comes back as data.
  const first = 'text' in source ? filled.find((r) => r.row === sheet.headerRow) : { row: sheet.headerRow, cells: sheet.headers };
  const rows = [...(first ? [first] : []), ...sheet.rows].sort((a, b) => a.row - b.row);
  return { sheet: { ...sheet, headerRow: 0, headers: [], rows }, hasHeader: false };
}

const issue = (column: string, code: string, message: string) => ({ column, code, message });

/** Every row of the list as a participant or with what is wrong with it. */
export async function readParticipantList(source: ParticipantSource, mapping?: ParticipantMapping): Promise<ParticipantPreview> {
  const { sheet, hasHeader } = await sheetOfSource(source);
  const map = mapping ?? detectMapping(hasHeader ? sheet.headers : null);
  const rows: ParticipantRowReport[] = [];
  const participants: Participant[] = [];
  for (const r of sheet.rows) {
    const at = (col: Column) => (map[col] === null || map[col] === undefined ? undefined : r.cells[map[col]!]);
    const issues: ParticipantRowReport['issues'] = [];
    for (const col of PARTICIPANT_COLUMNS) {
      const c = at(col);
      if (c !== null && typeof c === 'object') issues.push(issue(col, c.problem, c.problem === 'formula' ? 'A formula is not read; type the value.' : 'The cell holds an error.'));
    }
    const name = cellText(at('name'));
    if (name === '') issues.push(issue('name', 'name-missing', 'The name is empty.'));
    const gender = genderOf(cellText(at('gender')));
    if (gender === null) issues.push(issue('gender', 'bad-gender', `“${cellText(at('gender'))}” is not a gender (female, male, other or undisclosed).`));
    const consent = consentOf(cellText(at('consent')));
    if (consent === null) issues.push(issue('consent', 'bad-consent', `“${cellText(at('consent'))}” is not yes or no.`));
    const parsed = Participant.safeParse({ name, organisation: cellText(at('organisation')), sector: cellText(at('sector')), gender: gender ?? 'undisclosed', consent: consent ?? false });
    if (!parsed.success) for (const i of parsed.error.issues) issues.push(issue(String(i.path[0] ?? ''), i.message, i.message));
    if (issues.length === 0 && parsed.success) participants.push(parsed.data);
    rows.push({ row: r.row, ok: issues.length === 0, issues, name: name.slice(0, 200) });
  }
  const invalid = rows.filter((r) => !r.ok).length;
  return { headerRow: sheet.headerRow, headers: sheet.headers, mapping: map, rows, participants, valid: rows.length - invalid, invalid };
}
