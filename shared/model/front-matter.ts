// The front matter of a cycle's national action plan, written by the Point of
// Contact (POC) alone: the minister's foreword, the introduction (the
// open-government context and Albania's OGP history), how the plan was
// developed and co-created, the Council of Ministers' decision that approved
// it, the list of abbreviations, and the focal points Annex III names per
// institution. One record per cycle; it travels to the institutions in the
// POC's feedback bundle and in the interchange file.
import { z } from 'zod';
import { Email, Id, InstitutionCode, IsoDate, Line, LineString, Slug, Text, Timestamp, cleanString } from './primitives';

/** An abbreviation and what it stands for, in both languages ("AKSHI" / "NAIS"). */
export const Abbreviation = z.strictObject({ short: Line, expansion: Line });
export type Abbreviation = z.infer<typeof Abbreviation>;

/** A person an institution names for the plan: Annex III prints them under their institution. */
export const FocalPoint = z.strictObject({
  institution: InstitutionCode,
  name: LineString,
  role: Line,
  email: Email,
});
export type FocalPoint = z.infer<typeof FocalPoint>;

/** The Council of Ministers' decision approving the plan. */
export const ApprovalReference = z.strictObject({
  /** As the decision is cited: "Nr. 1023". */
  decisionNumber: cleanString(60, { oneLine: true }),
  decisionDate: IsoDate.nullable(),
  /** The sentence the plan prints about its approval. */
  text: Text,
});
export type ApprovalReference = z.infer<typeof ApprovalReference>;

export const MAX_ABBREVIATIONS = 300;
export const MAX_FOCAL_POINTS = 200;

/** The fields the POC edits. */
export const FrontMatterFields = z.strictObject({
  foreword: Text,
  introduction: Text,
  process: Text,
  approval: ApprovalReference,
  abbreviations: z.array(Abbreviation).max(MAX_ABBREVIATIONS),
  focalPoints: z.array(FocalPoint).max(MAX_FOCAL_POINTS),
});
export type FrontMatterFields = z.infer<typeof FrontMatterFields>;

export const FrontMatter = z.strictObject({
  id: Id,
  cycleId: Slug,
  /** The POC institution that wrote it. */
  owner: InstitutionCode,
  ...FrontMatterFields.shape,
  rev: z.int().min(1),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type FrontMatter = z.infer<typeof FrontMatter>;

export const emptyFrontMatterFields = (): FrontMatterFields => ({
  foreword: { sq: '', en: '' },
  introduction: { sq: '', en: '' },
  process: { sq: '', en: '' },
  approval: { decisionNumber: '', decisionDate: null, text: { sq: '', en: '' } },
  abbreviations: [],
  focalPoints: [],
});

/** The sections that print as prose, in the plan's order. */
export const FRONT_MATTER_SECTIONS = ['foreword', 'introduction', 'process'] as const;
export type FrontMatterSection = (typeof FRONT_MATTER_SECTIONS)[number];
