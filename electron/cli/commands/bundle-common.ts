// What the bundle commands share: a bundle file's size (checked before
// reading; cli/staged.ts hands it over and fetches one back), and the sentences they print (refusals,
// signer, sequence, changes).
//
// A refusal arrives as AppError('bundle-refused') with params.reason = the
// reason code: the one-line reason is bundles.reason.<code> translated with
// the same params, passed as `reason` into errors.bundle-refused.
import type { TFunction } from 'i18next';
import { AppError } from '../../../shared/api/errors';
import type { BundleChanges, BundleSummary, SignerInfo } from '../../../shared/model/bundle';
import type { Lang } from '../../../shared/model/primitives';
import type { SequenceAssessment } from '../../services/bundles/workspace/sequence';
import { withRegularFile } from '../../services/files/regular-file';
import type { CommandContext } from '../io';

/** The size of the bundle file at `path`, a regular file (file-unreadable otherwise), before anything is read. */
export function bundleFileSize(path: string): number {
  return withRegularFile(path, (size) => size);
}

export type RefusalParams = Record<string, string | number>;

export const isRefusal = (err: unknown): err is AppError => err instanceof AppError && err.code === 'bundle-refused';

/** The reason code and its params out of a bundle-refused error. */
export function refusalOf(err: AppError): { reason: string; params: RefusalParams } {
  const { reason, ...params } = err.details?.params ?? {};
  return { reason: String(reason), params };
}

/** The translated one-line reason of a refusal code. */
export const reasonText = (t: TFunction, reason: string, params: RefusalParams) => t(`bundles.reason.${reason}`, params);

/**
 * Prints a refusal: the translated sentence with its code on stderr, and
 * with --json the code, params and sentence on stdout. `logged` says whether
 * an import log row was written (import) or nothing at all (inspect, preview).
 */
export function reportRefusal(ctx: CommandContext, reason: string, params: RefusalParams, logged: boolean): number {
  const { t } = ctx;
  const line = reasonText(t, reason, params);
  const message = logged ? t('errors.bundle-refused', { reason: line }) : t('cli.bundle.notValid', { reason: line });
  ctx.io.stderr.write(`${message} (${reason})\n`);
  if (ctx.json) ctx.io.stdout.write(`${JSON.stringify({ ok: false, error: { code: 'bundle-refused', reason, params, message } })}\n`);
  return 1;
}

const other = (lang: Lang): Lang => (lang === 'sq' ? 'en' : 'sq');
export const inLang = (text: { sq: string; en: string }, lang: Lang) => text[lang].trim() || text[other(lang)].trim();

export function summaryLines(ctx: CommandContext, s: BundleSummary): string[] {
  const { t } = ctx;
  return [
    t('cli.bundle.summary', { type: t(`bundles.type.${s.bundleType}`), issuer: s.issuer, audience: s.audience === '*' ? t('cli.bundle.everyone') : s.audience, seq: s.seq, cycle: s.cycleId }),
    t('cli.bundle.contents', { records: s.counts.records, tombstones: s.counts.tombstones, attachments: s.counts.attachments, size: s.size }),
    t('cli.bundle.created', { at: s.createdAt, id: s.bundleId }),
  ];
}

export function signerLines(ctx: CommandContext, s: SignerInfo): string[] {
  const { t } = ctx;
  return [t('cli.bundle.signer', { institution: s.institution, keyId: s.keyId, status: t(`bundles.signer.${s.status}`) }), `  ${s.safetyCode}`];
}

export function sequenceLine(ctx: CommandContext, s: Pick<SequenceAssessment, 'incoming' | 'lastAccepted' | 'verdict'>): string {
  const { t } = ctx;
  return s.lastAccepted === null
    ? t('cli.bundle.sequenceFirst', { seq: s.incoming, verdict: t(`bundles.verdict.${s.verdict}`) })
    : t('cli.bundle.sequence', { seq: s.incoming, last: s.lastAccepted, verdict: t(`bundles.verdict.${s.verdict}`) });
}

/** Detail lines shown on the terminal before "and N more" (unless --verbose). */
export const CHANGE_LINES_SHOWN = 20;

/**
 * Counts, then one line per record (and per changed field, both languages
 * labelled). Unless `all`, a summary: the counts per kind of record, and the
 * first CHANGE_LINES_SHOWN detail lines with how many more --verbose shows
 * (a first submission of 1,600 commitments is 14,400 lines).
 */
export function changeLines(ctx: CommandContext, c: BundleChanges, all = true): string[] {
  const { t } = ctx;
  const head = t('cli.bundle.changes', { added: c.added.length, changed: c.changed.length, deleted: c.deleted.length, missing: c.missing.length });
  const details = changeDetails(ctx, c);
  if (all || details.length <= CHANGE_LINES_SHOWN) return [head, ...details];
  return [head, ...changeCounts(ctx, c), ...details.slice(0, CHANGE_LINES_SHOWN), t('cli.bundle.moreChanges', { count: details.length - CHANGE_LINES_SHOWN })];
}

/** One line per kind of record: how many were added, changed, deleted and found missing. */
function changeCounts(ctx: CommandContext, c: BundleChanges): string[] {
  const counts = new Map<string, { added: number; changed: number; deleted: number; missing: number }>();
  for (const kind of ['added', 'changed', 'deleted', 'missing'] as const) {
    for (const r of c[kind]) {
      const n = counts.get(r.entity) ?? { added: 0, changed: 0, deleted: 0, missing: 0 };
      n[kind] += 1;
      counts.set(r.entity, n);
    }
  }
  return [...counts].map(([entity, n]) => `  ${ctx.t('cli.bundle.changesOf', { entity: ctx.t(`bundles.entity.${entity}`), ...n })}`);
}

function changeDetails(ctx: CommandContext, c: BundleChanges): string[] {
  const { t, lang } = ctx;
  const lines: string[] = [];
  const groups = [
    ['+', 'added', c.added],
    ['~', 'changed', c.changed],
    ['-', 'deleted', c.deleted],
    ['!', 'missing', c.missing],
  ] as const;
  for (const [mark, kind, list] of groups) {
    for (const r of list) {
      const label = inLang(r.label, lang) || r.id;
      lines.push(`  ${mark} ${t(`bundles.change.${kind}`)}: ${t(`bundles.entity.${r.entity}`)} “${label}”`);
      for (const f of r.fields) {
        const field = f.lang ? `${f.field} (${t(`common.languageShort.${f.lang}`)})` : f.field;
        lines.push(`      ${field}: “${f.before}” → “${f.after}”`);
      }
    }
  }
  // A feedback bundle's reference data (renamed, added, removed), as the import screen shows it.
  if (c.reference) {
    const mark = { added: '+', changed: '~', removed: '-' } as const;
    lines.push(t('referenceData.changes.heading', { from: c.reference.from, to: c.reference.to }));
    for (const r of c.reference.changes) {
      lines.push(`  ${mark[r.change]} ${t(`referenceData.changes.${r.change}`)}: ${t(`referenceData.changes.entry.${r.entry}`)} “${inLang(r.label, lang) || r.key}”`);
      for (const f of r.fields) {
        const field = f.lang ? `${f.field} (${t(`common.languageShort.${f.lang}`)})` : f.field;
        lines.push(`      ${field}: “${f.before}” → “${f.after}”`);
      }
    }
  }
  return lines;
}
