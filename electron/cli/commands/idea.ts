// ogp-drafter idea import / idea list: the ideas register from the command
// line, through the same contract methods the app calls. Import reads the
// file here (its size checked before a byte is read) and sends it to
// idea.importPreview (--dry-run) or idea.import; a file with bad rows imports
// nothing unless --valid-only, and every bad row is reported with its number.
import { basename, resolve } from 'node:path';
import { IDEA_IMPORT_COLUMNS, type IdeaMapping, MAX_UPLOAD_BYTES } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { Idea } from '../../../shared/model/cocreation';
import { withRegularFile } from '../../services/files/regular-file';
import { type CommandContext, UsageError } from '../io';
import { uploadOf, withWorkspace } from '../workspace';

export interface IdeaImportArgs {
  file: string;
  component: string;
  map: string | undefined;
  validOnly: boolean;
  dryRun: boolean;
}

/** --map: a JSON object from field path to the file's column, as a 0-based index or its header text. */
export function parseMapArg(raw: string | undefined, headers: readonly string[]): IdeaMapping | undefined {
  if (raw === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new UsageError('bad-map', { value: raw });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UsageError('bad-map', { value: raw });
  const out: IdeaMapping = {};
  for (const [field, col] of Object.entries(value)) {
    if (!(IDEA_IMPORT_COLUMNS as readonly string[]).includes(field)) throw new UsageError('bad-map-field', { field });
    const key = field as keyof IdeaMapping;
    if (col === null) out[key] = null;
    else if (typeof col === 'number' && Number.isInteger(col) && col >= 0 && col <= 200) out[key] = col;
    else if (typeof col === 'string') {
      const i = headers.findIndex((h) => h.trim().toLowerCase() === col.trim().toLowerCase());
      if (i < 0) throw new UsageError('bad-map-column', { field, column: col });
      out[key] = i;
    } else throw new UsageError('bad-map-column', { field, column: String(col) });
  }
  return out;
}

function readIdeaFileBytes(path: string): Buffer {
  return withRegularFile(path, (size, readUpTo) => {
    if (size > MAX_UPLOAD_BYTES) throw new AppError('invalid-input', { issues: [{ path: 'file', code: 'file-too-large', message: 'file-too-large' }], params: { max: MAX_UPLOAD_BYTES } });
    return readUpTo(size + 1);
  });
}

export async function runIdeaImport(ctx: CommandContext, args: IdeaImportArgs): Promise<number> {
  return withWorkspace(ctx, async (session) => {
    const file = uploadOf(basename(args.file), readIdeaFileBytes(args.file));
    const { t } = ctx;
    // The preview comes first: it names the headers a --map may refer to, and a dry run is just the preview.
    const first = await session.call('idea.importPreview', { componentCode: args.component, file });
    const mapping = parseMapArg(args.map, first.headers) ?? first.mapping;
    const preview = args.map === undefined ? first : await session.call('idea.importPreview', { componentCode: args.component, file, mapping });
    const rowLines = preview.rows
      .filter((r) => !r.ok)
      .flatMap((r) => r.issues.map((i) => `  ${t('cli.idea.row', { row: r.row })} · ${i.column}: ${t(`ideas.import.code.${i.code}`, { defaultValue: i.message })}`));
    const summary = t('cli.idea.summary', { valid: preview.valid, invalid: preview.invalid });
    const blocked = preview.invalid > 0 && !args.validOnly;
    if (args.dryRun || blocked) {
      const tail = args.dryRun ? t('cli.idea.dryRun') : t('cli.idea.nothingImported');
      ctx.report([summary, ...rowLines, tail], { file: resolve(args.file), dryRun: args.dryRun, imported: 0, valid: preview.valid, invalid: preview.invalid, rows: preview.rows, mapping });
      return blocked ? 1 : 0;
    }
    const done = await session.call('idea.import', { componentCode: args.component, file, mapping, validOnly: args.validOnly });
    ctx.report([summary, ...rowLines, t('cli.idea.imported', { imported: done.imported, skipped: done.skipped })], {
      file: resolve(args.file),
      dryRun: false,
      imported: done.imported,
      skipped: done.skipped,
      ids: done.ids,
      valid: preview.valid,
      invalid: preview.invalid,
      rows: preview.rows,
      mapping,
    });
    return 0;
  });
}

const titleOf = (i: Idea, lang: 'sq' | 'en') => i.title[lang].trim() || i.title[lang === 'sq' ? 'en' : 'sq'].trim();

export async function runIdeaList(ctx: CommandContext, args: { component: string | undefined; status: Idea['status'] | undefined }): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const { ideas, counts } = await session.call('idea.list', {
      filter: { componentCode: args.component, status: args.status },
      sort: { by: 'receivedAt', dir: 'asc' },
    });
    const { t, lang } = ctx;
    const lines = ideas.map(
      (i) => `  ${i.receivedAt}  ${t(`ideas.status.${i.status}`).padEnd(18)} ${i.componentCode.padEnd(20)} ${titleOf(i, lang) || t('ideas.table.untitled')}`,
    );
    if (ideas.length === 0) lines.push(t('cli.idea.none'));
    const countLine = Object.entries(counts)
      .map(([s, n]) => `${t(`ideas.status.${s}`)}: ${n}`)
      .join(' · ');
    ctx.report([...lines, '', countLine], { ideas, counts });
  });
}
