// The prioritization exercise: rounds, their criteria, ideas and scorers,
// the scores, the Excel score sheets, and the decisions on ideas
// (electron/services/api/handlers/prioritization.ts).
import { z } from 'zod';
import { Criterion, Idea, PRIORITIZATION_STAGES, PrioritizationRound } from '../../model/cocreation';
import { Id, LineString, Slug, Text } from '../../model/primitives';
import { method } from './method';
import { UploadedFile } from './spreadsheet';

/** What the round screens show of an idea. */
export const RoundIdea = Idea.pick({
  id: true,
  componentCode: true,
  owner: true,
  receivedAt: true,
  title: true,
  submitter: true,
  status: true,
  reasonedResponse: true,
  decidedAt: true,
  commitmentId: true,
  problem: true,
  proposedSolution: true,
});
export type RoundIdea = z.infer<typeof RoundIdea>;

/** A scorer's name: one line, not blank, at most 80 characters. */
export const ScorerName = LineString.refine((s) => s.trim().length > 0 && s.length <= 80, { message: 'bad-scorer' });

/** A scale of whole numbers; from 0–1 up to 0–100. */
export const Scale = z
  .strictObject({ min: z.int().min(0).max(99), max: z.int().min(1).max(100) })
  .refine((s) => s.min < s.max, { message: 'bad-scale' });

export const RoundSummary = PrioritizationRound.pick({ id: true, componentCode: true, owner: true, stage: true, openedAt: true, closedAt: true, scale: true }).extend({
  ideas: z.int(),
  scorers: z.array(z.string()),
  weightsAddUp: z.boolean(),
});
export type RoundSummary = z.infer<typeof RoundSummary>;

export const RoundView = z.strictObject({
  round: PrioritizationRound,
  /** The ideas that entered the round, in the order they were added. */
  ideas: z.array(RoundIdea),
  /** Its scorers, in the order they were added. */
  scorers: z.array(z.string()),
  /** Whether this workspace may change it: its own round, still open. */
  editable: z.boolean(),
});
export type RoundView = z.infer<typeof RoundView>;

export const Criteria = z
  .array(Criterion)
  .min(1)
  .max(30)
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, { message: 'duplicate-criterion' });

export const DECISIONS = ['adopted', 'merged', 'not-taken-forward'] as const;
export const Decision = z.enum(DECISIONS);
export type Decision = z.infer<typeof Decision>;

const RoundRef = z.strictObject({ id: Id });

export const prioritizationMethods = {
  /** The rounds of a component (every component without one), newest first. */
  'round.list': method(z.strictObject({ componentCode: Slug.optional() }), z.array(RoundSummary)),
  'round.get': method(RoundRef, RoundView),
  /** The ideas of a component that can enter a round. */
  'round.candidates': method(z.strictObject({ componentCode: Slug }), z.array(RoundIdea)),
  /**
   * Opens a round with the default criteria and scale, or those of `fromRoundId`
   * (a new stage starting from the shortlist of the previous one).
   */
  'round.open': method(
    z.strictObject({
      componentCode: Slug,
      stage: z.enum(PRIORITIZATION_STAGES),
      scale: Scale.optional(),
      ideaIds: z.array(Id).max(5000),
      fromRoundId: Id.optional(),
    }),
    RoundView,
  ),
  /** Replaces the criteria as given: weights that do not add up to 100 % are kept (the quality check and the screen say so). */
  'round.setCriteria': method(z.strictObject({ id: Id, criteria: Criteria }), RoundView),
  'round.setIdeas': method(z.strictObject({ id: Id, ideaIds: z.array(Id).max(5000) }), RoundView),
  'round.addScorer': method(z.strictObject({ id: Id, name: ScorerName }), RoundView),
  /** One cell of a score sheet; a null value clears it (and its comment). */
  'round.score': method(
    z.strictObject({ id: Id, ideaId: Id, criterionId: Slug, scorer: ScorerName, value: z.number().finite().nullable(), comment: LineString.optional() }),
    z.strictObject({ id: Id, rev: z.int() }),
  ),
  'round.close': method(RoundRef, RoundView),
  /** A scorer's Excel sheet: the round's ideas × criteria, the scale as data validation, the round and the scorer inside. */
  'round.sheetExport': method(z.strictObject({ id: Id, scorer: ScorerName }), z.strictObject({ fileName: z.string(), dataBase64: z.string() })),
  /**
   * Imports a filled sheet whole, or refuses it naming the cell; the round and
   * the scorer come from the sheet. With `id`, a sheet of any other round is refused.
   */
  'round.sheetImport': method(z.strictObject({ file: UploadedFile, id: Id.optional() }), z.strictObject({ roundId: Id, scorer: z.string(), scores: z.int(), cleared: z.int() })),
  /**
   * Decides an idea with its reasoned response: adopted (a new commitment,
   * pre-filled from the idea), merged into `commitmentId` (one of this
   * institution's commitments), or not taken forward.
   */
  'idea.decide': method(
    z.strictObject({ ideaId: Id, decision: Decision, reasonedResponse: Text, commitmentId: Id.optional() }),
    z.strictObject({ idea: RoundIdea }),
  ),
  /** The ideas a commitment came from (its originIdeas and the ideas that point at it). */
  'commitment.originIdeas': method(RoundRef, z.array(RoundIdea)),
} as const;
