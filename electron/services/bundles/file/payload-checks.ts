// data/records.json: from bytes to a payload the workspace can act on, and
// the checks that relate the payload to its manifest (owners, counts,
// attachment files). The writer runs the same checks on a draft, so a bug on
// the export side fails there instead of producing a bundle the receiver
// refuses.
import type { z } from 'zod';
import { FeedbackPayload, KeyRotationPayload, SubmissionPayload, type BundleType, type Manifest } from '../../../../shared/model/bundle';
import { parseStrictJson } from '../../json/strict-json';
import { ATTACHMENT_DIR, MAX_JSON_DEPTH, MAX_JSON_STRING, RECORDS_ENTRY } from './limits';
import { BundleRefusal, type BundlePayload } from '../types';

export type Counts = Manifest['counts'];

export function payloadSchemaFor(bundleType: BundleType): z.ZodType<BundlePayload> {
  // The schemas' inputs differ from their outputs only by NFC normalisation, so this cast is sound for parsing.
  switch (bundleType) {
    case 'submission':
      return SubmissionPayload as unknown as z.ZodType<BundlePayload>;
    case 'feedback':
      return FeedbackPayload as unknown as z.ZodType<BundlePayload>;
    case 'key-rotation':
      return KeyRotationPayload as unknown as z.ZodType<BundlePayload>;
  }
}

/**
 * Where a schema issue is, as "commitments.0.title.sq"; for an unknown key,
 * the key itself ("commitments.0.__proto__"), which says more than its parent.
 */
export function issuePath(issue: z.core.$ZodIssue): string {
  const path = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...issue.path, issue.keys[0]!] : issue.path;
  return path.map((p) => String(p)).join('.');
}

/** Validates a value against its bundle type's payload schema; the refusal names the first issue. */
export function validatePayload(bundleType: BundleType, value: unknown): BundlePayload {
  // Reference data comes from the POC alone: said as such, not as an unknown key of a submission.
  if (bundleType === 'submission' && value !== null && typeof value === 'object') {
    const key = ['reference', 'referenceRevision'].find((k) => Object.prototype.hasOwnProperty.call(value, k));
    if (key) throw new BundleRefusal('reference-from-lfp', { path: key }, `records.json: a submission carries ${key}`);
  }
  const result = payloadSchemaFor(bundleType).safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issuePath(issue) || RECORDS_ENTRY;
    throw new BundleRefusal('payload-invalid', { path, issue: issue.message }, `records.json: ${path}: ${issue.message}`);
  }
  return result.data;
}

/**
 * records.json bytes → schema-valid payload: UTF-8 without BOM, then the
 * strict scan (grammar, duplicate keys, lone surrogates, depth, string
 * length) before JSON.parse builds anything, then the strict schema.
 */
export function parseRecords(bundleType: BundleType, bytes: Buffer): BundlePayload {
  let text: string;
  try {
    // ignoreBOM keeps a BOM in the text so it can be refused rather than silently dropped.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new BundleRefusal('payload-invalid', { path: RECORDS_ENTRY, issue: 'utf-8' }, 'records.json is not valid UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) throw new BundleRefusal('payload-invalid', { path: RECORDS_ENTRY, issue: 'bom' }, 'records.json starts with a BOM');
  const parsed = parseStrictJson(text, { maxDepth: MAX_JSON_DEPTH, maxStringLength: MAX_JSON_STRING });
  if (!parsed.ok) {
    const { issue, path: at, detail } = parsed.problems[0]!;
    const path = at.join('.') || RECORDS_ENTRY;
    // 'json' is the code a syntax error has always had.
    const code = issue === 'syntax' ? 'json' : issue;
    const limit: Record<string, number> = issue === 'depth' ? { limit: MAX_JSON_DEPTH } : issue === 'string-too-long' ? { limit: MAX_JSON_STRING } : {};
    throw new BundleRefusal('payload-invalid', { path, issue: code, ...limit }, `records.json: ${path}: ${detail}`);
  }
  return validatePayload(bundleType, parsed.value);
}

/**
 * What `counts` means (docs/bundle-format.md):
 * - submission: records = every record in the payload, milestones and
 *   indicators included (commitments + their milestones + their indicators +
 *   ideas + prioritization rounds + consultation events + comments +
 *   consultation reports + calendar items + attachment records);
 *   tombstones = tombstones; attachments = attachment files in data/att/.
 * - feedback: records = reviews + POC feedback records + the front matter
 *   when the payload carries one (receipts and the
 *   reference data are bookkeeping, not records); tombstones = 0;
 *   attachments = files (always 0: feedback carries none).
 * - key-rotation: all 0.
 */
export function countPayload(bundleType: BundleType, payload: BundlePayload, attachmentFiles: number): Counts {
  if (bundleType === 'submission') {
    const p = payload as SubmissionPayload;
    const nested = p.commitments.reduce((n, c) => n + c.milestones.length + c.indicators.length, 0);
    const records =
      p.commitments.length + nested + p.ideas.length + p.prioritizationRounds.length + p.consultationEvents.length +
      p.comments.length + p.consultationReports.length + p.calendar.length + p.attachments.length;
    return { records, tombstones: p.tombstones.length, attachments: attachmentFiles };
  }
  if (bundleType === 'feedback') {
    const p = payload as FeedbackPayload;
    return { records: p.reviews.length + p.feedback.length + (p.frontMatter ? 1 : 0) + (p.calendar?.length ?? 0), tombstones: 0, attachments: attachmentFiles };
  }
  return { records: 0, tombstones: 0, attachments: attachmentFiles };
}

/** An attachment file carried in data/att/: its name (sha256) and size. */
export interface AttachmentFile {
  path: string;
  sha256: string;
  size: number;
}

const invalid = (path: string, issue: string, detail: string) => new BundleRefusal('payload-invalid', { path, issue }, detail);

/**
 * Checks that need both the manifest and the payload. Order: owners (the
 * check that matters most for trust), then ids, cycles, attachment files and
 * counts. Throws the first refusal.
 */
export function checkPayloadAgainstManifest(manifest: Pick<Manifest, 'bundleType' | 'cycleId' | 'issuer' | 'counts'>, payload: BundlePayload, files: readonly AttachmentFile[]): void {
  const issuer = manifest.issuer.institution;
  if (manifest.bundleType === 'submission') {
    const p = payload as SubmissionPayload;
    const lists = {
      commitments: p.commitments,
      ideas: p.ideas,
      prioritizationRounds: p.prioritizationRounds,
      consultationEvents: p.consultationEvents,
      comments: p.comments,
      consultationReports: p.consultationReports,
      calendar: p.calendar,
      attachments: p.attachments,
    } as const;

    // A submission is "everything the issuer owns": a record of anyone else is never carried in by it.
    for (const [name, list] of Object.entries(lists)) {
      list.forEach((r, i) => {
        if (r.owner !== issuer) throw new BundleRefusal('owner-mismatch', { path: `${name}.${i}.owner`, owner: r.owner, issuer }, `${name}.${i} belongs to ${r.owner}, not ${issuer}`);
      });
    }

    // Ids are UUIDs, unique across the whole bundle: two records with one id would make "upsert by id" depend on order.
    const seen = new Set<string>();
    const claim = (id: string, path: string) => {
      if (seen.has(id)) throw invalid(path, 'duplicate-id', `${path}: id ${id} appears twice`);
      seen.add(id);
    };
    for (const [name, list] of Object.entries(lists)) {
      list.forEach((r, i) => claim(r.id, `${name}.${i}.id`));
    }
    p.commitments.forEach((c, i) => {
      c.milestones.forEach((m, k) => claim(m.id, `commitments.${i}.milestones.${k}.id`));
      c.indicators.forEach((m, k) => claim(m.id, `commitments.${i}.indicators.${k}.id`));
    });
    // A tombstone for a record the same snapshot still carries contradicts itself.
    p.tombstones.forEach((t, i) => claim(t.id, `tombstones.${i}.id`));

    // The snapshot is of one cycle: the one the manifest (and so the signature) names.
    for (const [name, list] of Object.entries({ commitments: p.commitments, ideas: p.ideas, prioritizationRounds: p.prioritizationRounds, consultationEvents: p.consultationEvents, consultationReports: p.consultationReports, calendar: p.calendar })) {
      list.forEach((r, i) => {
        if (r.cycleId !== manifest.cycleId) throw invalid(`${name}.${i}.cycleId`, 'cycle', `${name}.${i} is in cycle ${r.cycleId}, not ${manifest.cycleId}`);
      });
    }

    // Every attachment file is described by an attachment record of the same content and size (no unaccounted blobs).
    const described = new Map<string, number>();
    for (const a of p.attachments) described.set(a.sha256, a.size);
    for (const f of files) {
      const size = described.get(f.sha256);
      if (size === undefined) throw invalid(f.path, 'unreferenced-attachment', `${f.path} is not described by any attachment record`);
      if (size !== f.size) throw invalid(f.path, 'attachment-size', `${f.path} has ${f.size} bytes, its record says ${size}`);
    }
  } else {
    if (manifest.bundleType === 'feedback') {
      const p = payload as FeedbackPayload;
      p.feedback.forEach((r, i) => {
        if (r.owner !== issuer) throw new BundleRefusal('owner-mismatch', { path: `feedback.${i}.owner`, owner: r.owner, issuer }, `feedback.${i} belongs to ${r.owner}, not ${issuer}`);
      });
      const ids = new Set<string>();
      p.feedback.forEach((r, i) => {
        if (ids.has(r.id)) throw invalid(`feedback.${i}.id`, 'duplicate-id', `feedback.${i}: id ${r.id} appears twice`);
        ids.add(r.id);
      });
      const reviewed = new Set<string>();
      p.reviews.forEach((r, i) => {
        if (reviewed.has(r.commitmentId)) throw invalid(`reviews.${i}.commitmentId`, 'duplicate-id', `reviews.${i}: commitment ${r.commitmentId} reviewed twice`);
        reviewed.add(r.commitmentId);
      });
      // The front matter is the issuer's, of the cycle the signature names: no other can ride along.
      const fm = p.frontMatter;
      if (fm) {
        if (fm.owner !== issuer) throw new BundleRefusal('owner-mismatch', { path: 'frontMatter.owner', owner: fm.owner, issuer }, `frontMatter belongs to ${fm.owner}, not ${issuer}`);
        if (fm.cycleId !== manifest.cycleId) throw invalid('frontMatter.cycleId', 'cycle', `frontMatter is of cycle ${fm.cycleId}, not ${manifest.cycleId}`);
      }
      // The calendar is the issuer's own, of the signed cycle, each item once.
      const items = new Set<string>();
      (p.calendar ?? []).forEach((r, i) => {
        if (r.owner !== issuer) throw new BundleRefusal('owner-mismatch', { path: `calendar.${i}.owner`, owner: r.owner, issuer }, `calendar.${i} belongs to ${r.owner}, not ${issuer}`);
        if (r.cycleId !== manifest.cycleId) throw invalid(`calendar.${i}.cycleId`, 'cycle', `calendar.${i} is in cycle ${r.cycleId}, not ${manifest.cycleId}`);
        if (items.has(r.id)) throw invalid(`calendar.${i}.id`, 'duplicate-id', `calendar.${i}: id ${r.id} appears twice`);
        items.add(r.id);
      });
      const receipted = new Set<string>();
      p.receipts.forEach((r, i) => {
        if (receipted.has(r.institution)) throw invalid(`receipts.${i}.institution`, 'duplicate-id', `receipts.${i}: ${r.institution} appears twice`);
        receipted.add(r.institution);
      });
    }
    // Only submissions carry attachments.
    if (files.length > 0) throw invalid(files[0]!.path, 'unreferenced-attachment', `a ${manifest.bundleType} bundle carries no attachments`);
  }

  const counts = countPayload(manifest.bundleType, payload, files.length);
  for (const key of ['records', 'tombstones', 'attachments'] as const) {
    if (counts[key] !== manifest.counts[key]) {
      throw invalid(`counts.${key}`, 'counts', `manifest counts ${manifest.counts[key]} ${key}, the payload has ${counts[key]}`);
    }
  }
}

export function attachmentPath(sha256: string, ext: string): string {
  return `${ATTACHMENT_DIR}${sha256}.${ext}`;
}
