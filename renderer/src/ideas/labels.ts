// How an idea is named on screen: its title in the interface language, else
// the other one.
import type { Idea } from '../../../shared/model/cocreation';
import type { Lang } from '../../../shared/model/primitives';

export const ideaTitle = (idea: Pick<Idea, 'title'>, lang: Lang): string => idea.title[lang].trim() || idea.title[lang === 'sq' ? 'en' : 'sq'].trim();
