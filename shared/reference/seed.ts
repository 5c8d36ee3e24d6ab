// Reference data shipped with Plani: Albania's 2020-2022 cycle, its four
// components and their Lead Focal Point institutions (Annex III), OGP values
// and policy-area tags. Data, not code: a new cycle is a new entry here or an
// edit by the POC, never a code change elsewhere.
import type { ReferenceData } from '../model/reference';

export const CURRENT_CYCLE_ID = '2020-2022';

export const SEED_REFERENCE: ReferenceData = {
  cycles: [
    {
      id: CURRENT_CYCLE_ID,
      title: { sq: 'Plani Kombëtar i Veprimit OGP 2020-2022', en: 'OGP National Action Plan 2020-2022' },
      number: 5,
      periodStart: '2020-09-01',
      periodEnd: '2022-08-31',
      status: 'drafting',
    },
  ],
  institutions: [
    {
      id: 'poc',
      code: 'POC',
      acronym: { sq: 'POC', en: 'POC' },
      name: {
        sq: 'Njësia e Zhvillimit dhe Qeverisjes së Mirë, Zyra e Kryeministrit',
        en: 'Development and Good Governance Unit, Office of the Prime Minister',
      },
      type: 'ministry',
      role: 'poc',
    },
    {
      id: 'md',
      code: 'MD',
      acronym: { sq: 'MD', en: 'MoJ' },
      name: { sq: 'Ministria e Drejtësisë', en: 'Ministry of Justice' },
      type: 'ministry',
      role: 'lfp',
    },
    {
      id: 'mofe',
      code: 'MOFE',
      acronym: { sq: 'MFE', en: 'MoFE' },
      name: { sq: 'Ministria e Financave dhe Ekonomisë', en: 'Ministry of Finance and Economy' },
      type: 'ministry',
      role: 'lfp',
    },
    {
      id: 'nais',
      code: 'NAIS',
      acronym: { sq: 'AKSHI', en: 'NAIS' },
      name: { sq: 'Agjencia Kombëtare e Shoqërisë së Informacionit', en: 'National Agency for Information Society' },
      type: 'agency',
      role: 'lfp',
    },
    {
      id: 'adisa',
      code: 'ADISA',
      acronym: { sq: 'ADISA', en: 'ADISA' },
      name: {
        sq: 'Agjencia për Ofrimin e Shërbimeve Publike të Integruara',
        en: 'Agency for the Delivery of Integrated Services Albania',
      },
      type: 'agency',
      role: 'lfp',
    },
    {
      id: 'amshc',
      code: 'AMSHC',
      acronym: { sq: 'AMSHC', en: 'ASCS' },
      name: { sq: 'Agjencia për Mbështetjen e Shoqërisë Civile', en: 'Agency for the Support of Civil Society' },
      type: 'agency',
      role: 'support',
    },
    {
      id: 'instat',
      code: 'INSTAT',
      acronym: { sq: 'INSTAT', en: 'INSTAT' },
      name: { sq: 'Instituti i Statistikave', en: 'Institute of Statistics' },
      type: 'agency',
      role: 'support',
    },
    {
      id: 'qkb',
      code: 'QKB',
      acronym: { sq: 'QKB', en: 'NBC' },
      name: { sq: 'Qendra Kombëtare e Biznesit', en: 'National Business Center' },
      type: 'agency',
      role: 'support',
    },
    {
      id: 'idp',
      code: 'IDP',
      acronym: { sq: 'KDIMDP', en: 'IDP' },
      name: {
        sq: 'Komisioneri për të Drejtën e Informimit dhe Mbrojtjen e të Dhënave Personale',
        en: 'Information and Data Protection Commissioner',
      },
      type: 'independent',
      role: 'support',
    },
  ],
  components: [
    {
      id: '2020-2022-anti-corruption',
      cycleId: CURRENT_CYCLE_ID,
      code: 'anti-corruption',
      number: 1,
      title: { sq: 'Anti-Korrupsion', en: 'Anti-Corruption' },
      policyGoal: {
        sq: 'Parandalimi i korrupsionit përmes transparencës, integritetit dhe llogaridhënies së institucioneve publike.',
        en: 'Preventing corruption through the transparency, integrity and accountability of public institutions.',
      },
      leadInstitutions: ['MD', 'MOFE'],
    },
    {
      id: '2020-2022-digital-governance',
      cycleId: CURRENT_CYCLE_ID,
      code: 'digital-governance',
      number: 2,
      title: { sq: 'Qeverisja Dixhitale / Shërbimet Publike', en: 'Digital Governance / Public Services' },
      policyGoal: {
        sq: 'Shërbime publike dixhitale të aksesueshme dhe gjithëpërfshirëse, të monitoruara nga qytetarët.',
        en: 'Accessible and inclusive digital public services, monitored by citizens.',
      },
      leadInstitutions: ['NAIS', 'ADISA'],
    },
    {
      id: '2020-2022-access-to-justice',
      cycleId: CURRENT_CYCLE_ID,
      code: 'access-to-justice',
      number: 3,
      title: { sq: 'Aksesi në Drejtësi', en: 'Access to Justice' },
      policyGoal: {
        sq: 'Akses i barabartë në drejtësi dhe në ndihmë juridike falas për të gjithë qytetarët.',
        en: 'Equal access to justice and to free legal aid for every citizen.',
      },
      leadInstitutions: ['MD'],
    },
    {
      id: '2020-2022-fiscal-transparency',
      cycleId: CURRENT_CYCLE_ID,
      code: 'fiscal-transparency',
      number: 4,
      title: { sq: 'Transparenca Fiskale', en: 'Fiscal Transparency' },
      policyGoal: {
        sq: 'Buxhet i hapur dhe pjesëmarrje e qytetarëve në hartimin dhe monitorimin e politikës fiskale.',
        en: 'An open budget and citizen participation in shaping and monitoring fiscal policy.',
      },
      leadInstitutions: ['MOFE'],
    },
  ],
  terms: [
    { kind: 'ogp-value', code: 'access-to-information', label: { sq: 'Aksesi në informacion (transparenca)', en: 'Access to information (transparency)' } },
    { kind: 'ogp-value', code: 'civic-participation', label: { sq: 'Pjesëmarrja qytetare', en: 'Civic participation' } },
    { kind: 'ogp-value', code: 'public-accountability', label: { sq: 'Llogaridhënia publike', en: 'Public accountability' } },
    {
      kind: 'ogp-value',
      code: 'technology-innovation',
      label: {
        sq: 'Teknologjia dhe inovacioni për transparencë dhe llogaridhënie',
        en: 'Technology and innovation for transparency and accountability',
      },
    },
    { kind: 'ogp-value', code: 'inclusion', label: { sq: 'Përfshirja (tërthore)', en: 'Inclusion (cross-cutting)' } },
    { kind: 'policy-area', code: 'anti-corruption-integrity', label: { sq: 'Antikorrupsioni dhe integriteti', en: 'Anti-corruption and integrity' } },
    { kind: 'policy-area', code: 'beneficial-ownership', label: { sq: 'Pronësia përfituese', en: 'Beneficial ownership' } },
    { kind: 'policy-area', code: 'right-to-information', label: { sq: 'E drejta për informim', en: 'Right to information' } },
    { kind: 'policy-area', code: 'digital-governance', label: { sq: 'Qeverisja dixhitale', en: 'Digital governance' } },
    { kind: 'policy-area', code: 'fiscal-openness', label: { sq: 'Hapja fiskale', en: 'Fiscal openness' } },
    { kind: 'policy-area', code: 'open-budgets', label: { sq: 'Buxhete të hapura', en: 'Open budgets' } },
    { kind: 'policy-area', code: 'public-procurement', label: { sq: 'Prokurimi publik', en: 'Public procurement' } },
    { kind: 'policy-area', code: 'access-to-justice', label: { sq: 'Aksesi në drejtësi', en: 'Access to justice' } },
    { kind: 'policy-area', code: 'open-justice', label: { sq: 'Drejtësi e hapur', en: 'Open justice' } },
    { kind: 'policy-area', code: 'public-service-delivery', label: { sq: 'Ofrimi i shërbimeve publike', en: 'Public service delivery' } },
    { kind: 'policy-area', code: 'open-data', label: { sq: 'Të dhëna të hapura', en: 'Open data' } },
    { kind: 'policy-area', code: 'public-participation', label: { sq: 'Pjesëmarrja publike', en: 'Public participation' } },
    { kind: 'policy-area', code: 'legislation', label: { sq: 'Legjislacioni', en: 'Legislation' } },
    { kind: 'policy-area', code: 'regulation', label: { sq: 'Rregullimi', en: 'Regulation' } },
    { kind: 'policy-area', code: 'capacity-building', label: { sq: 'Ngritja e kapaciteteve', en: 'Capacity building' } },
    { kind: 'policy-area', code: 'inclusion', label: { sq: 'Përfshirja', en: 'Inclusion' } },
    { kind: 'policy-area', code: 'gender', label: { sq: 'Barazia gjinore', en: 'Gender' } },
    { kind: 'policy-area', code: 'youth', label: { sq: 'Të rinjtë', en: 'Youth' } },
    { kind: 'policy-area', code: 'people-with-disabilities', label: { sq: 'Personat me aftësi të kufizuara', en: 'People with disabilities' } },
  ],
};
