// The command line grammar: global options are accepted before or after the
// command; each command accepts only its own options. node:util parseArgs
// does the tokenising (strict), this module the rest, so every mistake
// becomes a UsageError with a translatable key.
import { parseArgs } from 'node:util';
import { isLang } from '../../shared/i18n';
import { IDEA_STATUSES, REPORT_KINDS } from '../../shared/model/cocreation';
import { IsoDate, type Lang } from '../../shared/model/primitives';
import { WORKSPACE_ROLES, type WorkspaceRole } from '../../shared/model/reference';

type IdeaStatus = (typeof IDEA_STATUSES)[number];
type ReportKind = (typeof REPORT_KINDS)[number];
import { UsageError } from './io';

const OPTIONS = {
  workspace: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  role: { type: 'string' },
  institution: { type: 'string' },
  out: { type: 'string', short: 'o' },
  port: { type: 'string' },
  to: { type: 'string' },
  trust: { type: 'string' },
  'dry-run': { type: 'boolean' },
  verbose: { type: 'boolean' },
  annex: { type: 'string' },
  component: { type: 'string' },
  final: { type: 'boolean' },
  draft: { type: 'boolean' },
  map: { type: 'string' },
  'valid-only': { type: 'boolean' },
  status: { type: 'string' },
  round: { type: 'string' },
  scorer: { type: 'string' },
  kind: { type: 'string' },
  id: { type: 'string' },
  period: { type: 'string' },
  number: { type: 'string' },
  integrity: { type: 'boolean' },
  latest: { type: 'boolean' },
  yes: { type: 'boolean' },
  passphrase: { type: 'boolean' },
  keyring: { type: 'boolean' },
} as const;

import {
  DOCX_ANNEXES,
  type DocxAnnex,
  PRINT_ANNEXES as PDF_ANNEXES,
  PRINT_LANGS as PDF_LANGS,
  type PrintAnnex as PdfAnnexArg,
  type PrintLang as PdfLangArg,
  type PrintMode,
} from '../../shared/model/print';

export { DOCX_ANNEXES, PDF_ANNEXES, PDF_LANGS, type PdfAnnexArg, type PdfLangArg };

const GLOBAL = ['workspace', 'lang', 'json', 'help', 'version'] as const;
const COMMAND_OPTIONS = {
  init: ['role', 'institution'],
  'plan export': ['out'],
  'plan import': [],
  serve: ['port'],
  check: ['integrity'],
  'key show': [],
  'key rotate': ['out'],
  'key protect': ['passphrase', 'keyring'],
  'bundle export': ['out', 'to'],
  'bundle inspect': [],
  'bundle import': ['trust', 'dry-run', 'verbose'],
  'trust list': [],
  'trust revoke': [],
  pdf: ['annex', 'component', 'out', 'final', 'draft'],
  docx: ['annex', 'component', 'out', 'final', 'draft'],
  'idea import': ['component', 'map', 'valid-only', 'dry-run'],
  'idea list': ['component', 'status'],
  'round sheet': ['round', 'scorer', 'out'],
  'round scores': [],
  'round results': ['round'],
  'calendar export': ['out'],
  'calendar ics': ['out'],
  'calendar list': [],
  'consultation report': ['component', 'kind'],
  'cycle start': ['id', 'period', 'number'],
  'cycle list': [],
  'backup create': [],
  'backup list': [],
  'backup restore': ['latest', 'yes'],
} as const satisfies Record<string, readonly (keyof typeof OPTIONS)[]>;

export type CommandName = keyof typeof COMMAND_OPTIONS;

export interface Globals {
  workspace?: string;
  lang?: Lang;
  json: boolean;
}

export type Parsed =
  | { kind: 'help' | 'version'; globals: Globals }
  | { kind: 'init'; globals: Globals; role: WorkspaceRole; institution: string }
  | { kind: 'plan export'; globals: Globals; out: string }
  | { kind: 'plan import'; globals: Globals; file: string }
  | { kind: 'serve'; globals: Globals; port: number | undefined }
  | { kind: 'check'; globals: Globals; integrity: boolean }
  | { kind: 'key show'; globals: Globals }
  | { kind: 'key rotate'; globals: Globals; out: string }
  | { kind: 'key protect'; globals: Globals; to: 'passphrase' | 'keyring' }
  | { kind: 'bundle export'; globals: Globals; out: string; to: string | undefined }
  | { kind: 'bundle inspect'; globals: Globals; file: string }
  | { kind: 'bundle import'; globals: Globals; file: string; trust: string | undefined; dryRun: boolean; verbose: boolean }
  | { kind: 'trust list'; globals: Globals }
  | { kind: 'trust revoke'; globals: Globals; code: string }
  | { kind: 'pdf'; globals: Globals; annex: PdfAnnexArg; printLang: PdfLangArg; component: string | undefined; out: string; mode: PrintMode }
  | { kind: 'docx'; globals: Globals; annex: DocxAnnex; printLang: PdfLangArg; component: string | undefined; out: string; mode: PrintMode }
  | { kind: 'idea import'; globals: Globals; file: string; component: string; map: string | undefined; validOnly: boolean; dryRun: boolean }
  | { kind: 'idea list'; globals: Globals; component: string | undefined; status: IdeaStatus | undefined }
  | { kind: 'round sheet'; globals: Globals; round: string; scorer: string; out: string }
  | { kind: 'round scores'; globals: Globals; file: string }
  | { kind: 'round results'; globals: Globals; round: string }
  | { kind: 'calendar export' | 'calendar ics'; globals: Globals; out: string }
  | { kind: 'calendar list'; globals: Globals }
  | { kind: 'consultation report'; globals: Globals; component: string; reportKind: ReportKind }
  | { kind: 'cycle start'; globals: Globals; id: string; periodStart: string; periodEnd: string; number: number }
  | { kind: 'cycle list'; globals: Globals }

  | { kind: 'backup create' | 'backup list'; globals: Globals }
  | { kind: 'backup restore'; globals: Globals; file: string | undefined; latest: boolean; yes: boolean };

/** Commands with subcommands besides "plan": the group and its subcommands. */
const GROUPS = {
  key: ['show', 'rotate', 'protect'],
  bundle: ['export', 'inspect', 'import'],
  trust: ['list', 'revoke'],
  idea: ['import', 'list'],
  round: ['sheet', 'scores', 'results'],
  calendar: ['export', 'ics', 'list'],
  consultation: ['report'],
  cycle: ['start', 'list'],
  backup: ['create', 'list', 'restore'],
} as const;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** parseArgs reports problems in English prose; this recovers the option it names. */
function usageFromNode(err: unknown): UsageError {
  const e = err as { code?: string; message?: string };
  const quoted = /'([^']*)'/.exec(e.message ?? '')?.[1] ?? '';
  // "'-o, --out <value>' argument missing": name the long form.
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0] ?? quoted;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError('unknown-option', { option });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError('missing-value', { option });
    default:
      return new UsageError('invalid');
  }
}

function commandOf(positionals: string[]): { name: CommandName; rest: string[] } {
  const [first, second, ...rest] = positionals;
  if (first === undefined) throw new UsageError('missing-command');
  if (first === 'plan') {
    if (second === 'export' || second === 'import') return { name: `plan ${second}`, rest };
    if (second === undefined) throw new UsageError('missing-subcommand');
    throw new UsageError('unknown-command', { command: `plan ${second}` });
  }
  if (first === 'init' || first === 'serve' || first === 'check' || first === 'pdf' || first === 'docx') return { name: first, rest: second === undefined ? rest : [second, ...rest] };
  if (first === 'key' || first === 'bundle' || first === 'trust' || first === 'idea' || first === 'round' || first === 'calendar' || first === 'consultation' || first === 'cycle' || first === 'backup') {
    const subs: readonly string[] = GROUPS[first];
    if (second === undefined) throw new UsageError('missing-subcommand-of', { command: first, choices: subs.map((x) => `“${x}”`).join(', ') });
    if (!subs.includes(second)) throw new UsageError('unknown-command', { command: `${first} ${second}` });
    return { name: `${first} ${second}` as CommandName, rest };
  }
  throw new UsageError('unknown-command', { command: first });
}

/** A safety code as typed: 30 digits, spaces optional; anything else is a usage mistake. */
function safetyCodeArg(value: string): string {
  if (!/^[\d\s]+$/.test(value) || value.replace(/\s+/g, '').length !== 30) throw new UsageError('bad-safety-code', { value });
  return value;
}

function required(values: Values, name: 'role' | 'institution' | 'out' | 'annex' | 'component' | 'round' | 'scorer' | 'kind' | 'id' | 'period' | 'number', command: CommandName): string {
  const v = values[name];
  if (v === undefined || v === '') throw new UsageError('missing-option', { command, option: `--${name}` });
  return v;
}

/** "2023-09-01..2025-08-31": two ISO days; whether they make a cycle is the service's to say. */
function period(value: string): { periodStart: string; periodEnd: string } {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (!m || !IsoDate.safeParse(m[1]).success || !IsoDate.safeParse(m[2]).success) throw new UsageError('bad-period', { value });
  return { periodStart: m[1]!, periodEnd: m[2]! };
}

/** A plan's number: a whole number from 1 to 99. */
function planNumber(value: string): number {
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1) throw new UsageError('bad-cycle-number', { value });
  return Number(value);
}

function port(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError('bad-port', { value });
  return Number(value);
}

/** The language asked for on the command line, if any and valid; used before full parsing succeeds. */
export function langHint(argv: readonly string[]): Lang | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const value = argv[i]!.includes('=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
  return isLang(value) ? value : undefined;
}

/** The options "pdf" and "docx" share: which document (one of `annexes`), the edition, the component, the file, draft or final. */
function printArgs<A extends string>(values: Values, name: 'pdf' | 'docx', annexes: readonly A[]) {
  const annex = required(values, 'annex', name);
  if (!(annexes as readonly string[]).includes(annex)) throw new UsageError('bad-annex', { value: annex, annexes: annexes.join(', ') });
  if (values.component === '') throw new UsageError('missing-value', { option: '--component' });
  if (values.final && values.draft) throw new UsageError('final-and-draft');
  return {
    annex: annex as A,
    printLang: (values.lang ?? 'bilingual') as PdfLangArg,
    component: values.component,
    out: required(values, 'out', name),
    // A draft unless asked: a final print is refused while the plan is not ready.
    mode: (values.final ? 'final' : 'draft') as PrintMode,
  };
}

export function parseCommandLine(argv: readonly string[]): Parsed {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true }));
  } catch (err) {
    throw usageFromNode(err);
  }
  // For "pdf" and "docx", --lang is the language printed, which may also be "bilingual"; the messages then use the saved choice.
  const isPdf = (positionals[0] === 'pdf' || positionals[0] === 'docx') && !values.help && !values.version;
  if (isPdf && values.lang !== undefined && !(PDF_LANGS as readonly string[]).includes(values.lang)) {
    throw new UsageError('bad-pdf-lang', { value: values.lang });
  }
  if (!isPdf && values.lang !== undefined && !isLang(values.lang)) throw new UsageError('bad-lang', { value: values.lang });
  const globals: Globals = { workspace: values.workspace, lang: isLang(values.lang) ? values.lang : undefined, json: values.json === true };
  if (values.help) return { kind: 'help', globals };
  if (values.version) return { kind: 'version', globals };

  const { name, rest } = commandOf(positionals);
  const allowed: readonly string[] = [...GLOBAL, ...COMMAND_OPTIONS[name]];
  for (const key of Object.keys(values)) {
    if (!allowed.includes(key)) throw new UsageError('option-not-for-command', { option: `--${key}`, command: name });
  }
  // A safety code may be typed in its six groups without quotes: "trust revoke" takes them all.
  const expectedPositionals = name === 'trust revoke' ? Infinity : name === 'plan import' || name === 'bundle inspect' || name === 'bundle import' || name === 'idea import' || name === 'round scores' || name === 'backup restore' ? 1 : 0;
  if (rest.length > expectedPositionals) throw new UsageError('extra-argument', { arg: rest[expectedPositionals]! });

  switch (name) {
    case 'init': {
      const role = required(values, 'role', name);
      if (!(WORKSPACE_ROLES as readonly string[]).includes(role)) throw new UsageError('bad-role', { value: role });
      return { kind: name, globals, role: role as WorkspaceRole, institution: required(values, 'institution', name) };
    }
    case 'plan export':
      return { kind: name, globals, out: required(values, 'out', name) };
    case 'plan import':
      if (rest[0] === undefined || rest[0] === '') throw new UsageError('missing-file');
      return { kind: name, globals, file: rest[0] };
    case 'serve':
      return { kind: name, globals, port: port(values.port) };
    case 'check':
      return { kind: name, globals, integrity: values.integrity === true };
    case 'key show':
    case 'trust list':
    case 'backup create':
    case 'backup list':
      return { kind: name, globals };
    case 'backup restore': {
      const file = rest[0] === '' ? undefined : rest[0];
      if (file === undefined && !values.latest) throw new UsageError('missing-backup-file');
      if (file !== undefined && values.latest) throw new UsageError('backup-file-and-latest');
      return { kind: name, globals, file, latest: values.latest === true, yes: values.yes === true };
    }
    case 'key rotate':
      return { kind: name, globals, out: required(values, 'out', name) };
    case 'key protect':
      if (values.passphrase === values.keyring) throw new UsageError('key-protect-choose');
      return { kind: name, globals, to: values.passphrase ? 'passphrase' : 'keyring' };
    case 'bundle export':
      return { kind: name, globals, out: required(values, 'out', name), to: values.to };
    case 'bundle inspect':
    case 'bundle import': {
      if (rest[0] === undefined || rest[0] === '') throw new UsageError('missing-bundle-file', { command: name });
      if (name === 'bundle inspect') return { kind: name, globals, file: rest[0] };
      return { kind: name, globals, file: rest[0], trust: values.trust === undefined ? undefined : safetyCodeArg(values.trust), dryRun: values['dry-run'] === true, verbose: values.verbose === true };
    }
    case 'pdf':
      return { kind: name, globals, ...printArgs(values, name, PDF_ANNEXES) };
    case 'docx':
      return { kind: name, globals, ...printArgs(values, name, DOCX_ANNEXES) };
    case 'idea import':
      if (rest[0] === undefined || rest[0] === '') throw new UsageError('missing-idea-file');
      return {
        kind: name,
        globals,
        file: rest[0],
        component: required(values, 'component', name),
        map: values.map,
        validOnly: values['valid-only'] === true,
        dryRun: values['dry-run'] === true,
      };
    case 'idea list':
      if (values.component === '') throw new UsageError('missing-value', { option: '--component' });
      if (values.status !== undefined && !(IDEA_STATUSES as readonly string[]).includes(values.status)) {
        throw new UsageError('bad-status', { value: values.status, choices: IDEA_STATUSES.join(', ') });
      }
      return { kind: name, globals, component: values.component, status: values.status as IdeaStatus | undefined };
    case 'round sheet':
      return { kind: name, globals, round: required(values, 'round', name), scorer: required(values, 'scorer', name), out: required(values, 'out', name) };
    case 'round scores':
      if (rest[0] === undefined || rest[0] === '') throw new UsageError('missing-sheet-file');
      return { kind: name, globals, file: rest[0] };
    case 'round results':
      return { kind: name, globals, round: required(values, 'round', name) };
    case 'calendar export':
    case 'calendar ics':
      return { kind: name, globals, out: required(values, 'out', name) };
    case 'calendar list':
    case 'cycle list':
      return { kind: name, globals };
    case 'consultation report': {
      const component = required(values, 'component', name);
      const kind = required(values, 'kind', name);
      if (!(REPORT_KINDS as readonly string[]).includes(kind)) throw new UsageError('bad-report-kind', { value: kind, choices: REPORT_KINDS.join(', ') });
      return { kind: name, globals, component, reportKind: kind as ReportKind };
    }
    case 'cycle start':
      return {
        kind: name,
        globals,
        id: required(values, 'id', name),
        ...period(required(values, 'period', name)),
        number: planNumber(required(values, 'number', name)),
      };
    case 'trust revoke': {
      if (rest.length === 0) throw new UsageError('missing-safety-code');
      return { kind: name, globals, code: safetyCodeArg(rest.join(' ')) };
    }
  }
}
