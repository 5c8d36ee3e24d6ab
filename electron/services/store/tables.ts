// How each record type maps to its table (see mapping.ts). Column names are
// derived from the paths (budget.fundingSource -> budget_funding_source_sq/_en);
// test/unit/store/tables.test.ts checks every one against the real schema.
import type { Tombstone } from '../../../shared/model/bundle';
import { tableMap } from './mapping';
import type { TableName } from './schema';

const META = { rev: 'value', createdAt: 'value', updatedAt: 'value' } as const;

export const CYCLE = tableMap('cycle', {
  id: 'value',
  title: 'text',
  number: 'value',
  periodStart: 'value',
  periodEnd: 'value',
  status: 'value',
});

export const INSTITUTION = tableMap('institution', {
  id: 'value',
  code: 'value',
  acronym: 'text',
  name: 'text',
  type: 'value',
  role: 'value',
});

/** leadInstitutions live in component_lead. */
export const COMPONENT = tableMap('component', {
  id: 'value',
  cycleId: 'value',
  code: 'value',
  number: 'value',
  title: 'text',
  policyGoal: 'text',
});

/** position keeps the shipped order of each vocabulary; it is not part of the ReferenceTerm record. */
export const REFERENCE_TERM = tableMap('reference_term', { kind: 'value', code: 'value', label: 'text', position: 'value' });

/** milestones and indicators live in their own tables. */
export const COMMITMENT = tableMap('commitment', {
  id: 'value',
  cycleId: 'value',
  componentCode: 'value',
  owner: 'value',
  planNumber: 'value',
  ogpId: 'value',
  title: 'text',
  shortTitle: 'text',
  briefDescription: 'text',
  problem: 'text',
  causes: 'text',
  statusQuo: 'text',
  doneSoFar: 'text',
  solution: 'text',
  expectedResults: 'text',
  contribution: 'text',
  objective: 'text',
  ogpValues: 'json',
  relevance: 'text',
  policyAreas: 'json',
  leadInstitution: 'value',
  supportingInstitutions: 'json',
  otherActors: 'text',
  startDate: 'value',
  endDate: 'value',
  'budget.amount': 'value',
  'budget.currency': 'value',
  'budget.fundingSource': 'text',
  strategyLinks: 'text',
  sdgs: 'json',
  'contact.name': 'value',
  'contact.title': 'value',
  'contact.email': 'value',
  'contact.phone': 'value',
  status: 'value',
  originIdeas: 'json',
  carriedFrom: 'value',
  ...META,
});

/** commitmentId is the parent key; it is not part of the Milestone record. */
export const MILESTONE = tableMap('milestone', {
  id: 'value',
  commitmentId: 'value',
  seq: 'value',
  activity: 'text',
  deliverable: 'text',
  startDate: 'value',
  endDate: 'value',
  responsibleInstitution: 'value',
  stakeholders: 'text',
  cost: 'value',
  status: 'value',
  progressPct: 'value',
  ...META,
});

export const INDICATOR = tableMap('indicator', {
  id: 'value',
  commitmentId: 'value',
  milestoneId: 'value',
  seq: 'value',
  name: 'text',
  type: 'value',
  definition: 'text',
  unit: 'text',
  'baseline.value': 'json',
  'baseline.year': 'value',
  targets: 'json',
  dataSource: 'text',
  frequency: 'value',
  responsibleInstitution: 'value',
  method: 'text',
  disaggregation: 'text',
  assumptions: 'text',
  ...META,
});

export const IDEA = tableMap('idea', {
  id: 'value',
  cycleId: 'value',
  componentCode: 'value',
  owner: 'value',
  receivedAt: 'value',
  channel: 'value',
  'submitter.name': 'value',
  'submitter.organisation': 'value',
  'submitter.orgType': 'value',
  consentToPublish: 'bool',
  title: 'text',
  problem: 'text',
  proposedSolution: 'text',
  expectedResult: 'text',
  ogpValues: 'json',
  suggestedLead: 'value',
  status: 'value',
  reasonedResponse: 'text',
  decidedAt: 'value',
  commitmentId: 'value',
  mergedIntoId: 'value',
  ...META,
});

/** scores live in prioritization_score. */
export const PRIORITIZATION_ROUND = tableMap('prioritization_round', {
  id: 'value',
  cycleId: 'value',
  componentCode: 'value',
  owner: 'value',
  stage: 'value',
  criteria: 'json',
  'scale.min': 'value',
  'scale.max': 'value',
  openedAt: 'value',
  closedAt: 'value',
  ...META,
});

export const PRIORITIZATION_SCORE = tableMap('prioritization_score', {
  roundId: 'value',
  ideaId: 'value',
  criterionId: 'value',
  scorer: 'value',
  value: 'value',
  comment: 'value',
});

/** The ideas that entered a round and its scorers, each in the order added (position). */
export const ROUND_IDEA = tableMap('round_idea', { roundId: 'value', ideaId: 'value', position: 'value' });
export const ROUND_SCORER = tableMap('round_scorer', { roundId: 'value', name: 'value', nameKey: 'value', position: 'value' });

/** participants live in event_participant. */
export const CONSULTATION_EVENT = tableMap('consultation_event', {
  id: 'value',
  cycleId: 'value',
  componentCode: 'value',
  owner: 'value',
  type: 'value',
  title: 'text',
  date: 'value',
  noticeDate: 'value',
  mode: 'value',
  organizer: 'value',
  agenda: 'text',
  invitedOrganisations: 'json',
  participantsConsent: 'bool',
  minutes: 'text',
  conclusions: 'text',
  checklist: 'json',
  ...META,
});

export const EVENT_PARTICIPANT = tableMap('event_participant', {
  eventId: 'value',
  position: 'value',
  name: 'value',
  organisation: 'value',
  sector: 'value',
  gender: 'value',
  consent: 'bool',
});

export const COMMENT = tableMap('comment', {
  id: 'value',
  owner: 'value',
  eventId: 'value',
  target: 'value',
  author: 'value',
  authorConsent: 'bool',
  organisation: 'value',
  text: 'text',
  theme: 'value',
  decision: 'value',
  reason: 'text',
  decidedAt: 'value',
  ...META,
});

export const CONSULTATION_REPORT = tableMap('consultation_report', {
  id: 'value',
  cycleId: 'value',
  kind: 'value',
  componentCode: 'value',
  owner: 'value',
  events: 'json',
  purpose: 'text',
  method: 'text',
  participation: 'text',
  findings: 'text',
  responses: 'text',
  impact: 'text',
  processFeedback: 'text',
  nextSteps: 'text',
  status: 'value',
  ...META,
});

export const POC_FEEDBACK = tableMap('poc_feedback', {
  id: 'value',
  owner: 'value',
  targetType: 'value',
  targetId: 'value',
  targetRev: 'value',
  targetOwner: 'value',
  items: 'json',
  overall: 'text',
  lfpReply: 'text',
  resolved: 'bool',
  ...META,
});

/** The LFP's reply to one item of the POC's feedback (migration 0013). */
export const FEEDBACK_REPLY = tableMap('feedback_reply', {
  id: 'value',
  owner: 'value',
  feedbackId: 'value',
  itemId: 'value',
  reply: 'text',
  resolved: 'bool',
  ...META,
});

export const CALENDAR_ITEM = tableMap('calendar_item', {
  id: 'value',
  cycleId: 'value',
  owner: 'value',
  phase: 'text',
  title: 'text',
  responsible: 'value',
  start: 'value',
  due: 'value',
  status: 'value',
  notes: 'text',
  ...META,
});

/** The file content itself (column content) is read and written separately. */
export const ATTACHMENT = tableMap('attachment', {
  id: 'value',
  owner: 'value',
  ownerType: 'value',
  ownerId: 'value',
  fileName: 'value',
  mimeType: 'value',
  size: 'value',
  sha256: 'value',
  ...META,
});

/** abbreviations and focal points live in their own tables. */
export const FRONT_MATTER = tableMap('front_matter', {
  id: 'value',
  cycleId: 'value',
  owner: 'value',
  foreword: 'text',
  introduction: 'text',
  process: 'text',
  'approval.decisionNumber': 'value',
  'approval.decisionDate': 'value',
  'approval.text': 'text',
  ...META,
});

/** frontMatterId and position place the row; they are not part of the Abbreviation record. */
export const FRONT_MATTER_ABBREVIATION = tableMap('front_matter_abbreviation', {
  frontMatterId: 'value',
  position: 'value',
  short: 'text',
  expansion: 'text',
});

export const FOCAL_POINT = tableMap('focal_point', {
  frontMatterId: 'value',
  position: 'value',
  institution: 'value',
  name: 'value',
  role: 'text',
  email: 'value',
});

export const ALL_TABLE_MAPS = [
  CYCLE,
  INSTITUTION,
  COMPONENT,
  REFERENCE_TERM,
  COMMITMENT,
  MILESTONE,
  INDICATOR,
  IDEA,
  PRIORITIZATION_ROUND,
  PRIORITIZATION_SCORE,
  ROUND_IDEA,
  ROUND_SCORER,
  CONSULTATION_EVENT,
  EVENT_PARTICIPANT,
  COMMENT,
  CONSULTATION_REPORT,
  POC_FEEDBACK,
  FEEDBACK_REPLY,
  CALENDAR_ITEM,
  ATTACHMENT,
  FRONT_MATTER,
  FRONT_MATTER_ABBREVIATION,
  FOCAL_POINT,
] as const;


/**
 * The table of each entity whose rows carry their own owner column;
 * milestones and indicators (tables of the same name) belong to whoever owns
 * their commitment.
 */
export const OWNED_TABLES = {
  commitment: 'commitment',
  idea: 'idea',
  'prioritization-round': 'prioritization_round',
  'consultation-event': 'consultation_event',
  comment: 'comment',
  'consultation-report': 'consultation_report',
  'calendar-item': 'calendar_item',
  attachment: 'attachment',
} as const satisfies Record<Exclude<Tombstone['entity'], 'milestone' | 'indicator'>, TableName>;
