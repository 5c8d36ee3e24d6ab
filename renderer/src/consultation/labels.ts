// How consultation records are named on screen.
import type { ConsultationEvent, Participant } from '../../../shared/model/cocreation';
import type { Lang } from '../../../shared/model/primitives';

export const eventTitle = (e: Pick<ConsultationEvent, 'title'>, lang: Lang): string => e.title[lang].trim() || e.title[lang === 'sq' ? 'en' : 'sq'].trim();

export function genderCounts(participants: readonly Pick<Participant, 'gender'>[]) {
  const out = { count: participants.length, female: 0, male: 0, other: 0, undisclosed: 0 };
  for (const p of participants) out[p.gender]++;
  return out;
}
