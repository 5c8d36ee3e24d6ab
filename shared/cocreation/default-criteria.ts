// The criteria a new round starts with (domain.md, research-domain.md §c.2,
// the seed's "Matrica e prioritizimit"): three gates checked before anything
// is weighed, then six weighted criteria. Every part is editable per round;
// the ids stay, because the matrix reads impact and feasibility by id.
import type { PrioritizationRound } from '../model/cocreation';
import { IMPACT_CRITERION, FEASIBILITY_CRITERION } from './prioritization';

type Criterion = PrioritizationRound['criteria'][number];

export const DEFAULT_CRITERIA: readonly Criterion[] = [
  {
    id: 'open-government',
    gate: true,
    weight: 0,
    name: { sq: 'Qasja e qeverisjes së hapur', en: 'Open-government lens' },
    description: {
      sq: 'Ideja çon përpara transparencën, pjesëmarrjen qytetare ose llogaridhënien publike.',
      en: 'The idea advances transparency, civic participation or public accountability.',
    },
  },
  {
    id: 'verifiable',
    gate: true,
    weight: 0,
    name: { sq: 'E verifikueshme', en: 'Verifiable' },
    description: {
      sq: 'Mund të shkruhen produkte konkrete me afate që mund të verifikohen.',
      en: 'Concrete, dated deliverables can be written for it.',
    },
  },
  {
    id: 'willing-lead',
    gate: true,
    weight: 0,
    name: { sq: 'Institucion drejtues i gatshëm', en: 'Willing lead institution' },
    description: {
      sq: 'Ka një institucion me mandat që pranon ta drejtojë.',
      en: 'An institution with the mandate agrees to lead it.',
    },
  },
  {
    id: IMPACT_CRITERION,
    gate: false,
    weight: 0.25,
    name: { sq: 'Ndikimi / ambicia', en: 'Potential impact / ambition' },
    description: {
      sq: '1 = ndryshim i vogël, si zakonisht; 5 = ndryshon praktikën.',
      en: '1 = marginal, business as usual; 5 = transforms practice.',
    },
  },
  {
    id: 'relevance',
    gate: false,
    weight: 0.2,
    name: { sq: 'Lidhja me vlerat e OGP dhe kërkesën e qytetarëve', en: 'Relevance to OGP values and citizen demand' },
    description: {
      sq: '1 = lidhje e dobët; 5 = çështja kryesore në para-konsultim.',
      en: '1 = weak link; 5 = top issue in pre-consultation.',
    },
  },
  {
    id: FEASIBILITY_CRITERION,
    gate: false,
    weight: 0.2,
    name: { sq: 'Fizibiliteti brenda ciklit', en: 'Feasibility within the cycle' },
    description: {
      sq: '1 = kërkon ligj dhe sistem të ri; 5 = bëhet me mandatin ekzistues.',
      en: '1 = needs a new law and a new system; 5 = can be done with the existing mandate.',
    },
  },
  {
    id: 'resources',
    gate: false,
    weight: 0.15,
    name: { sq: 'Burimet në dispozicion', en: 'Resources available' },
    description: { sq: '1 = pa financim; 5 = plotësisht i financuar.', en: '1 = unfunded; 5 = fully funded.' },
  },
  {
    id: 'alignment',
    gate: false,
    weight: 0.1,
    name: { sq: 'Përputhja me strategjitë kombëtare', en: 'Alignment with national strategies' },
    description: {
      sq: '1 = asnjë; 5 = shprehimisht në planin e veprimit të një strategjie.',
      en: '1 = none; 5 = explicitly in a strategy’s action plan.',
    },
  },
  {
    id: 'partnership',
    gate: false,
    weight: 0.1,
    name: { sq: 'Partneriteti me shoqërinë civile', en: 'Civil-society partnership' },
    description: {
      sq: '1 = asnjë; 5 = një OShC e emëruar si bashkë-zbatuese.',
      en: '1 = none; 5 = a named CSO co-implementer.',
    },
  },
];

/** A fresh copy: rounds edit their criteria, the defaults never change. */
export const defaultCriteria = (): Criterion[] => DEFAULT_CRITERIA.map((c) => ({ ...c, name: { ...c.name }, description: { ...c.description } }));

export const DEFAULT_SCALE = { min: 1, max: 5 } as const;
