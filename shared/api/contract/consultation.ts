// Consultation events (surveys, thematic consultations, virtual meetings,
// validation and expert meetings) with their participants and a virtual
// meeting's checklist, and the comments received at them with their
// decisions (electron/services/api/handlers/consultation.ts).
import { z } from 'zod';
import { COMMENT_DECISIONS, Comment, CommentFields, ConsultationEvent, EventFields, Participant } from '../../model/cocreation';
import { Id, Line, Slug, TextPatch } from '../../model/primitives';
import { patchSchema } from '../patch';
import { method } from './method';
import { SavedRevision } from './plan';
import { UploadedFile } from './spreadsheet';

/** A patch's checklist names only the items ticked or unticked; the others keep their state. */
export const EventPatch = patchSchema(EventFields);
export type EventPatch = z.input<typeof EventPatch>;
export const CommentPatch = patchSchema(CommentFields);
export type CommentPatch = z.input<typeof CommentPatch>;

const Count = z.int().min(0);
export const MAX_PARTICIPANTS = 2000;
export const PARTICIPANT_COLUMNS = ['name', 'organisation', 'sector', 'gender', 'consent'] as const;
export const ParticipantColumn = z.enum(PARTICIPANT_COLUMNS);
/** Which column (0-based) feeds each field; null = not in the list. */
export const ParticipantMapping = z.partialRecord(ParticipantColumn, z.int().min(0).max(200).nullable());
export type ParticipantMapping = z.infer<typeof ParticipantMapping>;

/** An attendance list: text pasted from Excel (tab-separated) or an .xlsx/.csv file. */
export const ParticipantSource = z.union([
  z.strictObject({ text: z.string().max(2_000_000) }),
  z.strictObject({ file: UploadedFile }),
]);
export type ParticipantSource = z.infer<typeof ParticipantSource>;

export const ParticipantRowReport = z.strictObject({
  row: z.int(),
  ok: z.boolean(),
  issues: z.array(z.strictObject({ column: z.string(), code: z.string(), message: z.string() })),
  /** The name as read, to tell the rows apart. */
  name: z.string(),
});
export type ParticipantRowReport = z.infer<typeof ParticipantRowReport>;
export const ParticipantPreview = z.strictObject({
  /** The header row read (1-based; 0 when the list has none and columns are in the default order). */
  headerRow: z.int().min(0),
  headers: z.array(z.string()),
  mapping: ParticipantMapping,
  rows: z.array(ParticipantRowReport),
  participants: z.array(Participant),
  valid: Count,
  invalid: Count,
});
export type ParticipantPreview = z.infer<typeof ParticipantPreview>;

export const EventFilter = z.strictObject({ cycleId: Slug.optional(), componentCode: Slug.optional() });
export type EventFilter = z.infer<typeof EventFilter>;

export const DECISION_FILTERS = [...COMMENT_DECISIONS, 'undecided'] as const;
export const CommentFilter = z.strictObject({
  cycleId: Slug.optional(),
  eventId: Id.optional(),
  /** A decision, or 'undecided' for those still waiting. */
  decision: z.enum(DECISION_FILTERS).optional(),
  /** The commitment (with its milestones and indicators), milestone, indicator or idea concerned. */
  target: Id.optional(),
});
export type CommentFilter = z.infer<typeof CommentFilter>;
export const CommentCounts = z.strictObject(Object.fromEntries(DECISION_FILTERS.map((d) => [d, Count])) as Record<(typeof DECISION_FILTERS)[number], typeof Count>);
export type CommentCounts = z.infer<typeof CommentCounts>;

export const TARGET_KINDS = ['commitment', 'milestone', 'indicator', 'idea'] as const;
/** A record a comment can concern, named as a person picks it. */
export const CommentTarget = z.strictObject({
  id: Id,
  kind: z.enum(TARGET_KINDS),
  /** The commitment it belongs to (itself for a commitment; null for an idea). */
  commitmentId: Id.nullable(),
  componentCode: Slug,
  label: Line,
});
export type CommentTarget = z.infer<typeof CommentTarget>;

export const consultationMethods = {
  /** The cycle's events, by date (undated last). */
  'event.list': method(z.strictObject({ filter: EventFilter.optional() }), z.strictObject({ events: z.array(ConsultationEvent) })),
  'event.get': method(z.strictObject({ id: Id }), ConsultationEvent),
  /** A new event of one of this institution's components: a thematic consultation in person, organised by this institution, unless said otherwise. */
  'event.create': method(z.strictObject({ componentCode: Slug, cycleId: Slug.optional(), fields: EventPatch.optional() }), ConsultationEvent),
  'event.update': method(z.strictObject({ id: Id, changes: EventPatch }), SavedRevision),
  /** Replaces the participant list whole (the table's edits, a paste, an import). */
  'event.setParticipants': method(z.strictObject({ id: Id, participants: z.array(Participant).max(MAX_PARTICIPANTS) }), SavedRevision),
  /** Reads an attendance list and reports row by row; writes nothing. */
  'event.participantsPreview': method(z.strictObject({ source: ParticipantSource, mapping: ParticipantMapping.optional() }), ParticipantPreview),
  /** Adds (or, with replace, puts in place of the list) the participants of an attendance list; nothing when a row is bad. */
  'event.importParticipants': method(
    z.strictObject({ id: Id, source: ParticipantSource, mapping: ParticipantMapping.optional(), replace: z.boolean() }),
    z.strictObject({ imported: Count, total: Count, rev: z.int(), updatedAt: z.string() }),
  ),
  /** Removes an event; its comments stay, no longer tied to it. */
  'event.delete': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),

  /** The comments the filters keep (in the current cycle), and the count per decision (the decision filter aside). */
  'comment.list': method(z.strictObject({ filter: CommentFilter.optional() }), z.strictObject({ comments: z.array(Comment), counts: CommentCounts })),
  /** Logs a comment received at one of this institution's events. */
  'comment.create': method(z.strictObject({ eventId: Id, fields: CommentPatch.optional() }), Comment),
  'comment.update': method(z.strictObject({ id: Id, changes: CommentPatch }), SavedRevision),
  /** Decides a comment (or takes the decision back with null), with the reason in both languages. */
  'comment.decide': method(
    z.strictObject({ id: Id, decision: z.enum(COMMENT_DECISIONS).nullable(), reason: TextPatch.optional() }),
    Comment,
  ),
  'comment.delete': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),
  /** What a comment of this institution can concern: its commitments, their milestones and indicators, its ideas. */
  'comment.targets': method(z.strictObject({ componentCode: Slug.optional() }), z.strictObject({ targets: z.array(CommentTarget) })),
} as const;
