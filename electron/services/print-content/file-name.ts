// The file name offered when saving a printed document, whatever its format.
import type { PrintAnnex } from '../../../shared/model/print';
import type { PrintData } from '../pdf/print-data';

/** plan-2020-2022-action-plan-bilingual.pdf (or .docx). */
export function printFileName(data: PrintData, annex: PrintAnnex, lang: string, component?: string, ext: 'pdf' | 'docx' = 'pdf'): string {
  return `${['plan', data.cycle.id, component, annex, lang].filter(Boolean).join('-')}.${ext}`;
}
