// Where the printed data came from (print-content/sources.ts), at the end of
// the plan's introduction: the heading kept with the sentence and the
// table's first rows.
import { sourcesContent } from '../../print-content/sources';
import { type Doc } from '../document';
import { bilingualParagraph, outline } from '../text';
import { type AnnexInput, oneLine, modeOf } from './common';
import { bilingualHeading, decide, headedTable, TWO_LINES } from './fill';

export function renderSources(doc: Doc, input: AnnexInput): void {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  const content = sourcesContent(input);
  const bookmark = () => outline(doc, oneLine(content.title, lang, placeholder), input.outline);
  if (!content.table) {
    bilingualHeading(doc, content.title, lang, 2, TWO_LINES);
    bookmark();
    bilingualParagraph(doc, content.sentence, lang, placeholder);
    input.tick();
    return;
  }
  // The heading, the sentence and the table's first rows stay on one page.
  const intro = decide(content.sentence, lang, 'final') ?? [];
  headedTable(doc, content.title, 2, { ...content.table, lang, mode: modeOf(input) }, { intro, afterHeading: bookmark });
  input.tick();
}
