// A bilingual text in the screen's language, else the other one, as one string.
import type { Lang } from '../../../shared/model/primitives';
import { pickText } from '../lib/text';

export const textIn = (text: { sq: string; en: string }, lang: Lang): string => pickText(text, lang)?.value ?? '';
