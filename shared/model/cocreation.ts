// Co-creation and process records: ideas from the public, the prioritization
// exercise, consultation events and reports, POC feedback, the process
// calendar (Annex V) and attachments. Their screens arrive in later issues;
// the schemas exist from the start so storage and interchange cover them.
import { z } from 'zod';
import {
  ComponentCode,
  Id,
  InstitutionCode,
  IsoDate,
  Line,
  LineString,
  Slug,
  Text,
  Timestamp,
} from './primitives';

const RecordMeta = { rev: z.int().min(1), createdAt: Timestamp, updatedAt: Timestamp };

export const IDEA_CHANNELS = ['online-form', 'pdf-form', 'email', 'meeting', 'survey', 'other'] as const;
export const IDEA_STATUSES = ['received', 'shortlisted', 'merged', 'adopted', 'not-taken-forward'] as const;
export const ORG_TYPES = ['cso', 'academia', 'private', 'citizen', 'public', 'international', 'other'] as const;

export const Idea = z.strictObject({
  id: Id,
  cycleId: Slug,
  componentCode: ComponentCode,
  owner: InstitutionCode,
  receivedAt: IsoDate,
  channel: z.enum(IDEA_CHANNELS),
  submitter: z.strictObject({ name: LineString, organisation: LineString, orgType: z.enum(ORG_TYPES).nullable() }),
  consentToPublish: z.boolean(),
  title: Line,
  problem: Text,
  proposedSolution: Text,
  expectedResult: Text,
  ogpValues: z.array(Slug).max(10),
  suggestedLead: InstitutionCode.nullable(),
  status: z.enum(IDEA_STATUSES),
  reasonedResponse: Text,
  decidedAt: IsoDate.nullable(),
  commitmentId: Id.nullable(),
  /** The idea this one was merged into as a duplicate (status 'merged'); the joined idea carries on. */
  mergedIntoId: Id.nullable(),
  ...RecordMeta,
});
export type Idea = z.infer<typeof Idea>;

/** What a person edits in the ideas register; status, decision and merge have their own actions. */
export const IdeaFields = Idea.pick({
  receivedAt: true,
  channel: true,
  submitter: true,
  consentToPublish: true,
  title: true,
  problem: true,
  proposedSolution: true,
  expectedResult: true,
  ogpValues: true,
  suggestedLead: true,
});
export type IdeaFields = z.infer<typeof IdeaFields>;

export const PRIORITIZATION_STAGES = ['shortlist', 'scope', 'final-selection'] as const;
export const Criterion = z.strictObject({
  id: Slug,
  name: Line,
  description: Text,
  weight: z.number().min(0).max(1),
  gate: z.boolean(),
});
export const Score = z.strictObject({
  ideaId: Id,
  criterionId: Slug,
  scorer: LineString,
  value: z.number().finite(),
  comment: LineString,
});
export const PrioritizationRound = z.strictObject({
  id: Id,
  cycleId: Slug,
  componentCode: ComponentCode,
  owner: InstitutionCode,
  stage: z.enum(PRIORITIZATION_STAGES),
  criteria: z.array(Criterion).max(30),
  scale: z.strictObject({ min: z.int(), max: z.int() }),
  scores: z.array(Score).max(20_000),
  /**
   * The ideas that entered the round and its scorers, in the order they were
   * added, scored or not. Files and bundles written before these keys existed
   * read as empty lists: the ideas the scores name and the names that scored
   * still count as entered (electron/services/store/aggregates.ts).
   */
  ideaIds: z.array(Id).max(5000).default(() => []),
  scorers: z.array(LineString).max(200).default(() => []),
  openedAt: IsoDate.nullable(),
  closedAt: IsoDate.nullable(),
  ...RecordMeta,
});
export type PrioritizationRound = z.infer<typeof PrioritizationRound>;

export const EVENT_TYPES = ['pre-consultation-survey', 'thematic-consultation', 'virtual-meeting', 'validation', 'expert-meeting'] as const;
export const EVENT_MODES = ['in-person', 'online'] as const;
export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
export const Participant = z.strictObject({
  name: LineString,
  organisation: LineString,
  sector: LineString,
  gender: z.enum(GENDERS),
  /**
   * Consent to be named in print and exports. Files and bundles written
   * before it was kept per person read as not given; the event's
   * participantsConsent (the whole list agreed) still names them.
   */
  consent: z.boolean().default(false),
});
export type Participant = z.infer<typeof Participant>;

/** The virtual-meeting guidelines (seed support tools), ticked per meeting. */
export const VIRTUAL_CHECKLIST_ITEMS = ['invitationSent', 'agendaShared', 'recordingConsent', 'minutesShared'] as const;
export const VirtualChecklist = z.strictObject({
  invitationSent: z.boolean(),
  agendaShared: z.boolean(),
  recordingConsent: z.boolean(),
  minutesShared: z.boolean(),
});
export type VirtualChecklist = z.infer<typeof VirtualChecklist>;
export const EMPTY_CHECKLIST: VirtualChecklist = Object.freeze({ invitationSent: false, agendaShared: false, recordingConsent: false, minutesShared: false });

export const ConsultationEvent = z.strictObject({
  id: Id,
  cycleId: Slug,
  componentCode: ComponentCode,
  owner: InstitutionCode,
  type: z.enum(EVENT_TYPES),
  title: Line,
  date: IsoDate.nullable(),
  noticeDate: IsoDate.nullable(),
  mode: z.enum(EVENT_MODES),
  organizer: InstitutionCode.nullable(),
  agenda: Text,
  invitedOrganisations: z.array(LineString).max(500),
  participants: z.array(Participant).max(2000),
  participantsConsent: z.boolean(),
  minutes: Text,
  conclusions: Text,
  /** Ticked for a virtual meeting; files from before migration 0012 read as nothing ticked. */
  checklist: VirtualChecklist.default(() => ({ ...EMPTY_CHECKLIST })),
  ...RecordMeta,
});
export type ConsultationEvent = z.infer<typeof ConsultationEvent>;

export const COMMENT_DECISIONS = ['accepted', 'partly-accepted', 'not-accepted'] as const;
export const Comment = z.strictObject({
  id: Id,
  owner: InstitutionCode,
  eventId: Id.nullable(),
  target: Id.nullable(),
  author: LineString,
  /** Consent to be named as the author in print and exports; files from before migration 0012 read as not given. */
  authorConsent: z.boolean().default(false),
  organisation: LineString,
  text: Text,
  theme: LineString,
  decision: z.enum(COMMENT_DECISIONS).nullable(),
  reason: Text,
  decidedAt: IsoDate.nullable(),
  ...RecordMeta,
});
export type Comment = z.infer<typeof Comment>;

/** What a person edits on a comment, the reason included; the decision has its own action. */
export const CommentFields = Comment.pick({ eventId: true, target: true, author: true, authorConsent: true, organisation: true, text: true, theme: true, reason: true });
export type CommentFields = z.infer<typeof CommentFields>;
/** What a person edits on an event; the participants list is written whole, the checklist item by item. */
export const EventFields = ConsultationEvent.pick({
  type: true, title: true, date: true, noticeDate: true, mode: true, organizer: true, agenda: true,
  invitedOrganisations: true, minutes: true, conclusions: true,
}).extend({ checklist: VirtualChecklist });
export type EventFields = z.infer<typeof EventFields>;

export const REPORT_KINDS = ['pre-consultation', 'consultation'] as const;
export const REPORT_STATUSES = ['draft', 'submitted', 'reviewed'] as const;
export const ConsultationReport = z.strictObject({
  id: Id,
  cycleId: Slug,
  kind: z.enum(REPORT_KINDS),
  componentCode: ComponentCode,
  owner: InstitutionCode,
  events: z.array(Id).max(200),
  purpose: Text,
  method: Text,
  participation: Text,
  findings: Text,
  responses: Text,
  impact: Text,
  processFeedback: Text,
  nextSteps: Text,
  status: z.enum(REPORT_STATUSES),
  ...RecordMeta,
});
export type ConsultationReport = z.infer<typeof ConsultationReport>;

export const FEEDBACK_TARGETS = ['commitment', 'consultation-report', 'idea', 'milestone', 'indicator'] as const;
export const RATINGS = ['met', 'partly-met', 'not-met'] as const;
/**
 * An item's key, which the LFP's reply names: the id the POC's framework
 * gives each item, or for items written before items had ids their position
 * ("item-0", "item-1"…), which is stable because nothing reorders them.
 */
export const FeedbackItemKey = z.union([Id, z.string().regex(/^item-\d{1,3}$/)]);
export const FeedbackItem = z.strictObject({
  id: Id.optional(),
  check: Text,
  rating: z.enum(RATINGS).nullable(),
  comment: Text,
  requiredAction: Text,
  dueDate: IsoDate.nullable(),
});
export const PocFeedback = z.strictObject({
  id: Id,
  /** Feedback is written by the POC about a record another institution owns. */
  owner: InstitutionCode,
  targetType: z.enum(FEEDBACK_TARGETS),
  targetId: Id,
  targetRev: z.int().min(1).nullable(),
  /**
   * The institution whose record the target is (migration 0013): an LFP refuses
   * feedback meant for it about a record it never sent. Absent or null in
   * records from before it: those are kept when the target is known, as before.
   */
  targetOwner: InstitutionCode.nullable().optional(),
  items: z.array(FeedbackItem).max(100),
  overall: Text,
  /** The framework's own replies are FeedbackReply records; these two are what older records carried. */
  lfpReply: Text,
  resolved: z.boolean(),
  ...RecordMeta,
});
export type PocFeedback = z.infer<typeof PocFeedback>;
export type FeedbackItem = z.infer<typeof FeedbackItem>;

export const feedbackItemKey = (item: { id?: string | undefined }, index: number): string => item.id ?? `item-${index}`;

/**
 * The LFP's reply to one item of the POC's feedback and its "resolved" mark:
 * the LFP's own record (the POC's feedback is never edited at the LFP),
 * carried in its submission and applied at the POC.
 */
export const FeedbackReply = z.strictObject({
  id: Id,
  owner: InstitutionCode,
  feedbackId: Id,
  itemId: FeedbackItemKey,
  reply: Text,
  resolved: z.boolean(),
  ...RecordMeta,
});
export type FeedbackReply = z.infer<typeof FeedbackReply>;

export const CALENDAR_STATUSES = ['planned', 'in-progress', 'done'] as const;
/**
 * The phase an item belongs to, in both languages. Files and bundles written
 * before it was bilingual carry one string: it reads as the Albanian.
 */
export const CalendarPhase = z.union([Line, LineString.transform((sq) => ({ sq, en: '' }))]);
export const CalendarItem = z.strictObject({
  id: Id,
  cycleId: Slug,
  owner: InstitutionCode,
  phase: CalendarPhase,
  title: Line,
  /** An institution code or a role such as "LFP" or "MSF". */
  responsible: LineString,
  start: IsoDate.nullable(),
  due: IsoDate.nullable(),
  status: z.enum(CALENDAR_STATUSES),
  notes: Text,
  ...RecordMeta,
});
export type CalendarItem = z.infer<typeof CalendarItem>;

export const ATTACHMENT_OWNER_TYPES = ['commitment', 'consultation-event', 'consultation-report', 'idea'] as const;
export const Attachment = z.strictObject({
  id: Id,
  owner: InstitutionCode,
  ownerType: z.enum(ATTACHMENT_OWNER_TYPES),
  ownerId: Id,
  fileName: LineString,
  mimeType: z.string().max(100).regex(/^[\w.+-]+\/[\w.+-]+$/),
  size: z.int().min(0).max(50 * 1024 * 1024),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  ...RecordMeta,
});
export type Attachment = z.infer<typeof Attachment>;
