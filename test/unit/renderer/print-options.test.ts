// What the Print screen starts with for each role, what it sends, and its keys.
import { describe, expect, it } from 'vitest';
import { fieldKey } from '../../../renderer/src/lib/field-key';
import { obstacleRoute } from '../../../renderer/src/print/readiness';
import { ALL_COMPONENTS, PRINT_DOCUMENTS, PRINT_EDITIONS, defaultChoice, docxRequestOf, ledComponents, readinessRequestOf, requestOf } from '../../../renderer/src/print/options';
import { isGenerateKey, isOpenPrintKey } from '../../../renderer/src/print/shortcuts';
import { parseRoute, routeHref } from '../../../renderer/src/lib/route';
import { en, sq } from '../../../shared/i18n';
import { PRINT_ANNEXES, PRINT_LANGS } from '../../../shared/model/print';
import { CURRENT_CYCLE_ID, SEED_REFERENCE } from '../../../shared/reference/seed';
import { keyEvent as key } from '../../helpers/key-event';

const components = SEED_REFERENCE.components.filter((c) => c.cycleId === CURRENT_CYCLE_ID);
const codeOf = (n: number) => components.find((c) => c.number === n)!.code;

describe('print options', () => {
  it('offer every printable document and edition, each named from the printed labels in both languages', () => {
    expect([...PRINT_DOCUMENTS].sort()).toEqual([...PRINT_ANNEXES].sort());
    expect([...PRINT_EDITIONS].sort()).toEqual([...PRINT_LANGS].sort());
    expect(PRINT_EDITIONS[0]).toBe('bilingual');
    for (const annex of PRINT_DOCUMENTS) {
      expect(sq.print.annex[annex]).toBeTruthy();
      expect(en.print.annex[annex]).toBeTruthy();
    }
    // The order of the plan: Annex III, V, VI/VII, IX, then the co-creation records, then the whole plan.
    expect(PRINT_DOCUMENTS.map((a) => en.print.annex[a].split(' — ')[0])).toEqual([
      'Annex III',
      'Annex V',
      'Annex VI/VII',
      'Annex IX',
      'Prioritization matrix',
      'Consultation report',
      'National action plan',
    ]);
  });

  it('the POC starts on the bilingual consolidated plan of every component', () => {
    expect(defaultChoice('poc', 'POC', components)).toEqual({ annex: 'plan', lang: 'bilingual', component: ALL_COMPONENTS, mode: 'draft', format: 'pdf' });
  });

  it('an LFP starts on the bilingual action plan of the component it leads (the first, when it leads several)', () => {
    expect(ledComponents(components, 'MD').map((c) => c.number)).toEqual([1, 3]);
    expect(defaultChoice('lfp', 'MD', components)).toEqual({ annex: 'action-plan', lang: 'bilingual', component: codeOf(1), mode: 'draft', format: 'pdf' });
    expect(defaultChoice('lfp', 'NAIS', components).component).toBe(codeOf(2));
    expect(defaultChoice('lfp', 'MOFE', components).component).toBe(codeOf(1));
    // The reference order does not matter, only the component numbers.
    expect(defaultChoice('lfp', 'MD', [...components].reverse()).component).toBe(codeOf(1));
    // An institution that leads nothing in this cycle prints every component.
    expect(defaultChoice('lfp', 'XYZ', components).component).toBe(ALL_COMPONENTS);
  });

  it('sends the component only when one is chosen and it exists', () => {
    expect(requestOf({ annex: 'indicators', lang: 'en', component: codeOf(4), mode: 'draft', format: 'pdf' }, components)).toEqual({ annex: 'indicators', lang: 'en', component: codeOf(4), mode: 'draft' });
    expect(requestOf({ annex: 'plan', lang: 'sq', component: ALL_COMPONENTS, mode: 'draft', format: 'pdf' }, components)).toEqual({ annex: 'plan', lang: 'sq', mode: 'draft' });
    expect(requestOf({ annex: 'plan', lang: 'sq', component: 'gone', mode: 'draft', format: 'pdf' }, components)).toEqual({ annex: 'plan', lang: 'sq', mode: 'draft' });
    expect(readinessRequestOf({ annex: 'plan', lang: 'sq', component: 'gone', mode: 'final', format: 'pdf' }, components)).toEqual({ annex: 'plan' });
    expect(readinessRequestOf({ annex: 'indicators', lang: 'sq', component: codeOf(4), mode: 'final', format: 'pdf' }, components)).toEqual({ annex: 'indicators', component: codeOf(4) });
  });

  it('sends final only when it was chosen and the plan is ready; a draft otherwise', () => {
    const final = { annex: 'plan', lang: 'bilingual', component: ALL_COMPONENTS, mode: 'final', format: 'pdf' } as const;
    expect(requestOf(final, components, true).mode).toBe('final');
    expect(requestOf(final, components, false).mode).toBe('draft');
    expect(requestOf(final, components).mode).toBe('draft');
    expect(requestOf({ ...final, mode: 'draft' }, components, true).mode).toBe('draft');
  });

  it('offers Word for every document, gated as the PDF', () => {
    const word = { annex: 'plan', lang: 'bilingual', component: ALL_COMPONENTS, mode: 'final', format: 'docx' } as const;
    expect(docxRequestOf(word, components, true)).toEqual({ annex: 'plan', lang: 'bilingual', mode: 'final' });
    expect(docxRequestOf(word, components, false)).toEqual({ annex: 'plan', lang: 'bilingual', mode: 'draft' });
    for (const annex of PRINT_DOCUMENTS) expect(docxRequestOf({ ...word, annex }, components)).toEqual(requestOf({ ...word, annex, format: 'pdf' }, components));
  });
});

describe('print shortcuts', () => {
  it('Ctrl+P (⌘P) opens the screen; nothing else does', () => {
    expect(isOpenPrintKey(key('p', { ctrlKey: true }))).toBe(true);
    expect(isOpenPrintKey(key('P', { metaKey: true }))).toBe(true);
    expect(isOpenPrintKey(key('p'))).toBe(false);
    expect(isOpenPrintKey(key('p', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isOpenPrintKey(key('p', { ctrlKey: true, altKey: true }))).toBe(false); // AltGr on some layouts
  });

  it('Ctrl+Enter generates; a plain Enter (a radio, a select) does not', () => {
    expect(isGenerateKey(key('Enter', { ctrlKey: true }))).toBe(true);
    expect(isGenerateKey(key('Enter', { metaKey: true }))).toBe(true);
    expect(isGenerateKey(key('Enter'))).toBe(false);
    expect(isGenerateKey(key('Enter', { ctrlKey: true, shiftKey: true }))).toBe(false);
  });
});

describe('print route', () => {
  it('lives at #/print and survives a reload', () => {
    expect(routeHref({ view: 'print' })).toBe('#/print');
    expect(parseRoute('#/print')).toEqual({ view: 'print' });
    expect(parseRoute('#/print/extra')).toEqual({ view: 'home' });
  });
});

describe('the final print’s obstacles as links', () => {
  const c = { id: '11111111-1111-4111-8111-111111111111', componentCode: 'anti-corruption', planNumber: '1.2', title: { sq: 'Regjistri', en: 'Register' } };
  const target = { type: 'commitment', id: c.id, commitmentId: null, componentCode: 'anti-corruption', field: 'title', lang: 'en' } as const;

  it('opens the commitment, on the field a finding names, as the quality page does', () => {
    expect(obstacleRoute({ kind: 'returned', commitment: c, status: 'returned' })).toEqual({ view: 'commitment', component: 'anti-corruption', commitment: c.id });
    expect(obstacleRoute({ kind: 'undecided', commitment: c, status: 'ready' })).toEqual({ view: 'commitment', component: 'anti-corruption', commitment: c.id });
    const field = { recordType: 'commitment', recordId: c.id, field: 'title', lang: 'en' } as const;
    expect(obstacleRoute({ kind: 'blocking-finding', checkId: 'required-text', params: {}, target, commitment: c, field, recordTitle: null })).toEqual({
      view: 'commitment',
      component: 'anti-corruption',
      commitment: c.id,
      focus: fieldKey(field),
    });
  });

  it('opens the component for an event’s finding, and nothing for the plan as a whole', () => {
    const event = { ...target, type: 'consultation-event', id: c.id, field: 'noticeDate', lang: null } as const;
    expect(obstacleRoute({ kind: 'blocking-finding', checkId: 'x', params: {}, target: event, commitment: null, field: null, recordTitle: c.title })).toEqual({
      view: 'component',
      component: 'anti-corruption',
    });
    const plan = { ...target, type: 'plan', id: null, componentCode: null, field: null, lang: null } as const;
    expect(obstacleRoute({ kind: 'blocking-finding', checkId: 'x', params: {}, target: plan, commitment: null, field: null, recordTitle: null })).toBeNull();
    expect(obstacleRoute({ kind: 'no-commitments', component: null })).toBeNull();
  });
});
