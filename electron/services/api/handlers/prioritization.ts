// Prioritization rounds, their scores and score sheets, and decisions on ideas.
import { DecisionService } from '../../cocreation/decisions';
import { RoundSheetService } from '../../cocreation/round-sheets';
import { RoundService } from '../../cocreation/rounds';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type PrioritizationMethods =
  | 'round.list'
  | 'round.get'
  | 'round.candidates'
  | 'round.open'
  | 'round.setCriteria'
  | 'round.setIdeas'
  | 'round.addScorer'
  | 'round.score'
  | 'round.close'
  | 'round.sheetExport'
  | 'round.sheetImport'
  | 'idea.decide'
  | 'commitment.originIdeas';

export function prioritizationHandlers(ctx: PlaniContext): Pick<Handlers, PrioritizationMethods> {
  const rounds = async () => new RoundService(await ctx.workspace(), ctx.clock);
  const sheets = async () => new RoundSheetService(await ctx.workspace(), ctx.clock);
  const decisions = async () => new DecisionService(await ctx.workspace(), ctx.clock);
  return {
    'round.list': async ({ componentCode }) => (await rounds()).list(componentCode),
    'round.get': async ({ id }) => (await rounds()).get(id),
    'round.candidates': async ({ componentCode }) => (await rounds()).candidates(componentCode),
    'round.open': async (input) => (await rounds()).open(input),
    'round.setCriteria': async ({ id, criteria }) => (await rounds()).setCriteria(id, criteria),
    'round.setIdeas': async ({ id, ideaIds }) => (await rounds()).setIdeas(id, ideaIds),
    'round.addScorer': async ({ id, name }) => (await rounds()).addScorer(id, name),
    'round.score': async (input) => (await rounds()).score(input),
    'round.close': async ({ id }) => (await rounds()).close(id),
    'round.sheetExport': async ({ id, scorer }) => (await sheets()).export(id, scorer),
    'round.sheetImport': async ({ file, id }) => (await sheets()).import(file.dataBase64, id),
    'idea.decide': async (input) => (await decisions()).decide(input),
    'commitment.originIdeas': async ({ id }) => (await decisions()).originIdeas(id),
  };
}
