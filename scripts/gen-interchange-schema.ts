// Writes docs/interchange.schema.json from the zod schema in
// shared/model/interchange.ts, so the published format cannot drift from the
// one import enforces (test/unit/interchange/schema-file.test.ts fails when
// the committed file is stale).
//
//   npx tsx scripts/gen-interchange-schema.ts
//
// JSON Schema cannot express everything the zod schema checks; those rules
// are stated as descriptions instead: a date must exist (2021-02-30 has the
// right pattern and is still refused), text may not contain control or bidi
// override characters and is stored NFC-normalised, and the cross-record
// rules of docs/interchange.md (unique ids, known codes) apply on import.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  Attachment,
  CalendarItem,
  Comment,
  ConsultationEvent,
  ConsultationReport,
  Criterion,
  FeedbackItem,
  Idea,
  Participant,
  PocFeedback,
  PrioritizationRound,
  Score,
} from '../shared/model/cocreation';
import { Abbreviation, ApprovalReference, FocalPoint, FrontMatter } from '../shared/model/front-matter';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, InterchangeInput, inputOf } from '../shared/model/interchange';
import { Budget, Commitment, Contact, Indicator, IndicatorTarget, Milestone } from '../shared/model/plan';
import { Id, InstitutionCode, IsoDate, Line, MeasureValue, Slug, Text, Timestamp } from '../shared/model/primitives';
import { Component, Cycle, Institution, ReferenceData, ReferenceTerm } from '../shared/model/reference';

const TEXT_RULES = 'Text is stored NFC-normalised; control characters (other than tab and line breaks) and bidi override characters are refused.';

/** Named definitions make the published schema readable; the names are those of docs/interchange.md. */
function definitions() {
  const registry = z.registry<{ id: string; description?: string }>();
  const named: [z.ZodType, string, string?][] = [
    [Text, 'Text', `A bilingual text: Albanian (sq) and English (en); either may be empty while drafting, and a language left out reads as empty. At most 10,000 characters each. ${TEXT_RULES}`],
    [Line, 'Line', `A bilingual one-line text (title, name): at most 500 characters each. ${TEXT_RULES}`],
    [IsoDate, 'IsoDate', 'A calendar date, YYYY-MM-DD, that exists (2021-02-30 is refused).'],
    [Timestamp, 'Timestamp', 'An ISO 8601 date and time with Z or an offset.'],
    [Id, 'Id', 'A UUID, stable across workspaces: import upserts by it.'],
    [Slug, 'Slug', 'A readable identifier of reference data (cycle id, component code, vocabulary code).'],
    [InstitutionCode, 'InstitutionCode', 'An institution code from the reference data, e.g. MD, MOFE, NAIS, ADISA, POC.'],
    [MeasureValue, 'MeasureValue', 'A measured value: a number, or a short qualitative statement ("law adopted"), or null.'],
    [Cycle, 'Cycle'],
    [Institution, 'Institution'],
    [Component, 'Component'],
    [ReferenceTerm, 'ReferenceTerm'],
    [ReferenceData, 'ReferenceData'],
    [Commitment, 'Commitment'],
    [Milestone, 'Milestone'],
    [Indicator, 'Indicator'],
    [IndicatorTarget, 'IndicatorTarget'],
    [Budget, 'Budget'],
    [Contact, 'Contact'],
    [Idea, 'Idea'],
    [PrioritizationRound, 'PrioritizationRound'],
    [Criterion, 'Criterion'],
    [Score, 'Score'],
    [ConsultationEvent, 'ConsultationEvent'],
    [Participant, 'Participant'],
    [Comment, 'Comment'],
    [ConsultationReport, 'ConsultationReport'],
    [PocFeedback, 'PocFeedback'],
    [FeedbackItem, 'FeedbackItem'],
    [CalendarItem, 'CalendarItem'],
    [Attachment, 'Attachment'],
    [FrontMatter, 'FrontMatter', 'The POC’s front matter of one cycle’s plan: foreword, introduction, development and co-creation process, approval reference, abbreviations and focal points. One per cycle; an import replaces the cycle’s front matter whole.'],
    [ApprovalReference, 'ApprovalReference'],
    [Abbreviation, 'Abbreviation'],
    [FocalPoint, 'FocalPoint'],
  ];
  for (const [schema, id, description] of named) registry.add(inputOf(schema), description ? { id, description } : { id });
  return registry;
}

export function interchangeJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(InterchangeInput, { io: 'input', metadata: definitions() }) as Record<string, unknown>;
  return {
    $schema,
    title: `Plani interchange document (${INTERCHANGE_FORMAT}, version ${INTERCHANGE_VERSION})`,
    description:
      'Everything a Plani workspace holds, as one JSON document (see docs/interchange.md). Generated from shared/model/interchange.ts by scripts/gen-interchange-schema.ts; do not edit by hand. A record must carry only the keys its `required` list names; an absent key takes its `default` (bookkeeping — rev, createdAt, updatedAt — is set on import), and an export writes every key. Plani additionally checks what JSON Schema cannot express: dates must exist, text rules, and the cross-record rules (unique ids; cycles, components, institutions, milestones and events that must exist).',
    ...body,
  };
}

export const renderInterchangeSchema = () => `${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`;
export const SCHEMA_FILE = join('docs', 'interchange.schema.json');

if (/gen-interchange-schema\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  writeFileSync(join(process.cwd(), SCHEMA_FILE), renderInterchangeSchema(), 'utf8');
  console.log(`Wrote ${SCHEMA_FILE}`);
}
