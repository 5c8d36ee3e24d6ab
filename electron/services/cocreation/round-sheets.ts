// The Excel score sheets of a round: one per scorer out, a filled one back in.
// The file is read and checked whole before anything is written; then its
// cells are saved in one transaction through the round service's own rules.
import { createI18n } from '../../../shared/i18n';
import { AppError } from '../../../shared/api/errors';
import { WorkspaceService } from '../workspace/workspace-service';
import { RoundService } from './rounds';
import { META_SHEET, readScoreSheet, scoreSheetFileName, scoreWorkbook, sheetCells, type SheetLabels } from './score-sheet';
import { scorerKey } from './round-store';

const sq = createI18n('sq').t;
const en = createI18n('en').t;
const both = (key: string, params?: Record<string, string | number>) => `${sq(key, params)} / ${en(key, params)}`;

export class RoundSheetService extends WorkspaceService {
  private readonly rounds = new RoundService(this.ws, this.clock);

  async export(id: string, scorer: string): Promise<{ fileName: string; dataBase64: string }> {
    const view = await this.rounds.get(id);
    const key = scorerKey(scorer);
    const name = view.scorers.find((s) => scorerKey(s) === key);
    if (name === undefined) throw new AppError('unknown-scorer', { params: { name: scorer.trim() } });
    const { min, max } = view.round.scale;
    const labels: SheetLabels = {
      title: `${both(`print.prioritization.stage.${view.round.stage}`)} — ${view.round.componentCode} — ${name}`,
      number: both('prioritization.sheet.number'),
      idea: both('prioritization.sheet.idea'),
      gate: both('prioritization.sheet.gate'),
      errorTitle: both('prioritization.sheet.errorTitle'),
      error: both('prioritization.sheet.error', { min, max }),
    };
    const buf = await scoreWorkbook(view.round, view.ideas, name, labels, this.clock());
    return { fileName: scoreSheetFileName(name, view.round.stage), dataBase64: buf.toString('base64') };
  }

  async import(dataBase64: string, expectedRound?: string): Promise<{ roundId: string; scorer: string; scores: number; cleared: number }> {
    const sheet = await readScoreSheet(dataBase64);
    if (expectedRound !== undefined && sheet.roundId !== expectedRound) throw new AppError('sheet-other-round', { params: { cell: `${META_SHEET}!B2` } });
    const exists = await this.db.selectFrom('prioritization_round').select('id').where('id', '=', sheet.roundId).executeTakeFirst();
    if (!exists) throw new AppError('sheet-other-round', { params: { cell: `${META_SHEET}!B2` } });
    const view = await this.rounds.get(sheet.roundId);
    const cells = sheetCells(sheet, view.round, view.ideas.map((i) => i.id));
    const result = await this.rounds.scoreMany(sheet.roundId, sheet.scorer, cells);
    return { roundId: sheet.roundId, scorer: sheet.scorer, ...result };
  }
}
