// Everything a workspace holds, as one interchange document.
//
// Deliberately left out: the signing keys, the trusted signers and the bundle
// log. An interchange file is unsigned; if it carried trust (a public key to
// enrol, a signer marked active), anyone who can hand over a JSON file could
// make a workspace accept their bundles. Trust only ever enters through the
// signed-bundle enrolment, where a person compares safety codes. Attachment
// contents are left out too (metadata only): they belong in bundles, which
// carry and verify them.
import { AppError } from '../../../shared/api/errors';
import type { Attachment } from '../../../shared/model/cocreation';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, InterchangeDocument } from '../../../shared/model/interchange';
import type { WorkspaceRole } from '../../../shared/model/reference';
import { readAllFrontMatter } from '../front-matter/store';
import { readReference } from '../reference/reference-store';
import { readCommitments, readEvents, readRounds } from '../store/aggregates';
import type { AnyDb, Store } from '../store/database';
import { selectRecords } from '../store/records';
import { ATTACHMENT, CALENDAR_ITEM, COMMENT, CONSULTATION_REPORT, IDEA, POC_FEEDBACK } from '../store/tables';
import { APP_VERSION } from '../version';
import { issuesFromSchema, plainIssues } from './issues';


export interface ExportSource {
  role: WorkspaceRole;
  institution: string;
  /** Defaults to this build's version. */
  appVersion?: string;
}

export interface ExportOptions {
  now?: () => Date;
}

/** Reads the whole workspace inside one read transaction, so the document is a consistent snapshot. */
async function readAll(db: AnyDb) {
  return {
    reference: await readReference(db),
    commitments: await readCommitments(db),
    ideas: await selectRecords(db, IDEA, undefined, ['id']),
    prioritizationRounds: await readRounds(db),
    consultationEvents: await readEvents(db),
    comments: await selectRecords(db, COMMENT, undefined, ['id']),
    consultationReports: await selectRecords(db, CONSULTATION_REPORT, undefined, ['id']),
    feedback: await selectRecords(db, POC_FEEDBACK, undefined, ['id']),
    calendar: await selectRecords(db, CALENDAR_ITEM, undefined, ['id']),
    // Only the mapped columns: an attachment's content can be megabytes and is not exported.
    attachments: await selectRecords<Attachment>(db, ATTACHMENT, undefined, ['id']),
    frontMatter: await readAllFrontMatter(db),
  };
}

/**
 * The document is validated with the same schema import uses, so a file this
 * workspace writes is one every Plani of the same version accepts; parsing
 * also puts every record's keys in schema order, which makes two exports of
 * the same data byte-identical apart from `exportedAt`.
 */
export async function exportInterchange(store: Store, source: ExportSource, options: ExportOptions = {}): Promise<InterchangeDocument> {
  const records = await store.db.transaction().execute(readAll);
  const draft = {
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    exportedAt: (options.now?.() ?? new Date()).toISOString(),
    source: { role: source.role, institution: source.institution, appVersion: source.appVersion ?? APP_VERSION },
    ...records,
  };
  const parsed = InterchangeDocument.safeParse(draft);
  if (!parsed.success) {
    // The workspace holds a record its own schema refuses: a bug to report, not a file to write.
    throw new AppError('internal', { issues: plainIssues(issuesFromSchema(parsed.error)) }, 'workspace data fails the interchange schema');
  }
  return parsed.data;
}

/** Pretty, UTF-8, one trailing newline: the form `plan export` writes and people diff. */
export const serializeInterchange = (doc: InterchangeDocument) => `${JSON.stringify(doc, null, 2)}\n`;
