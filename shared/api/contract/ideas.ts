// The ideas register: commitment ideas received from the public, recorded by
// hand or imported from an online form's export
// (electron/services/api/handlers/ideas.ts).
import { z } from 'zod';
import { IDEA_CHANNELS, IDEA_STATUSES, Idea, IdeaFields } from '../../model/cocreation';
import { Id, Line, Slug } from '../../model/primitives';
import { patchSchema } from '../patch';
import { method } from './method';
import { SavedRevision } from './plan';
import { MAX_HEADER_ROW, UploadedFile } from './spreadsheet';

export const IdeaPatch = patchSchema(IdeaFields);
export type IdeaPatch = z.input<typeof IdeaPatch>;

export const IDEA_SORT_KEYS = ['receivedAt', 'title', 'status', 'channel', 'submitter', 'updatedAt'] as const;
export const IdeaFilter = z.strictObject({
  cycleId: Slug.optional(),
  componentCode: Slug.optional(),
  status: z.enum(IDEA_STATUSES).optional(),
  channel: z.enum(IDEA_CHANNELS).optional(),
});
export type IdeaFilter = z.infer<typeof IdeaFilter>;
export const IdeaSort = z.strictObject({ by: z.enum(IDEA_SORT_KEYS), dir: z.enum(['asc', 'desc']) });
export type IdeaSort = z.infer<typeof IdeaSort>;

const Count = z.int().min(0);
/** How many ideas hold each status, among those the other filters keep. */
export const IdeaCounts = z.strictObject(Object.fromEntries(IDEA_STATUSES.map((s) => [s, Count])) as Record<(typeof IDEA_STATUSES)[number], typeof Count>);
export type IdeaCounts = z.infer<typeof IdeaCounts>;

/** The interchange field paths an idea file's columns can feed, in the order the form shows them. */
export const IDEA_IMPORT_COLUMNS = [
  'receivedAt', 'channel', 'submitter.name', 'submitter.organisation', 'submitter.orgType', 'consentToPublish',
  'title.sq', 'title.en', 'problem.sq', 'problem.en', 'proposedSolution.sq', 'proposedSolution.en',
  'expectedResult.sq', 'expectedResult.en', 'ogpValues', 'suggestedLead',
] as const;
export const IdeaImportColumn = z.enum(IDEA_IMPORT_COLUMNS);
export type IdeaImportColumn = z.infer<typeof IdeaImportColumn>;
/** Which file column (0-based) feeds each field; null or absent = not in the file. */
export const IdeaMapping = z.partialRecord(IdeaImportColumn, z.int().min(0).max(200).nullable());
export type IdeaMapping = z.infer<typeof IdeaMapping>;

/** How the file is read; what is absent is detected (header row, mapping). */
const reading = {
  componentCode: Slug,
  file: UploadedFile,
  mapping: IdeaMapping.optional(),
  headerRow: z.int().min(1).max(MAX_HEADER_ROW).optional(),
};

export const IdeaRowReport = z.strictObject({
  /** The row as the file numbers it (1-based, header included). */
  row: z.int(),
  ok: z.boolean(),
  issues: z.array(z.strictObject({ column: z.string(), code: z.string(), message: z.string() })),
  /** The idea's title as read, to show which row is which. */
  title: Line,
});
export type IdeaRowReport = z.infer<typeof IdeaRowReport>;
export const IdeaImportPreview = z.strictObject({
  fileKind: z.enum(['xlsx', 'csv']),
  /** How a CSV file was read; null for a workbook. */
  encoding: z.enum(['utf-8', 'windows-1250']).nullable(),
  separator: z.enum([',', ';', '\t']).nullable(),
  headerRow: z.int(),
  headerRows: z.array(z.strictObject({ row: z.int(), text: z.string() })),
  headers: z.array(z.string()),
  mapping: IdeaMapping,
  rows: z.array(IdeaRowReport),
  valid: Count,
  invalid: Count,
});
export type IdeaImportPreview = z.infer<typeof IdeaImportPreview>;

export const ideaMethods = {
  /** The ideas the filters keep, sorted, and the count per status (the status filter aside). */
  'idea.list': method(
    z.strictObject({ filter: IdeaFilter.optional(), sort: IdeaSort.optional() }),
    z.strictObject({ ideas: z.array(Idea), counts: IdeaCounts }),
  ),
  'idea.get': method(z.strictObject({ id: Id }), Idea),
  /** A new idea of one of this institution's components: received today by e-mail unless said otherwise. */
  'idea.create': method(z.strictObject({ componentCode: Slug, cycleId: Slug.optional(), fields: IdeaPatch.optional() }), Idea),
  'idea.update': method(z.strictObject({ id: Id, changes: IdeaPatch }), SavedRevision),
  'idea.delete': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),
  /** Marks a duplicate: it becomes 'merged' and points at the idea it joined (same institution, component and cycle). */
  'idea.merge': method(z.strictObject({ id: Id, intoId: Id }), Idea),
  /** Reads an idea file (.xlsx or .csv) and reports row by row what would be imported; writes nothing. */
  'idea.importPreview': method(z.strictObject(reading), IdeaImportPreview),
  /** Imports the file: nothing when any row is invalid, unless validOnly asks for the valid rows. */
  'idea.import': method(
    z.strictObject({ ...reading, mapping: IdeaMapping, validOnly: z.boolean() }),
    z.strictObject({ imported: Count, skipped: Count, ids: z.array(Id) }),
  ),
} as const;
