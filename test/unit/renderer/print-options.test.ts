// What the Print screen starts with for each role, what it sends, and its keys.
import { describe, expect, it } from 'vitest';
import { ALL_COMPONENTS, PRINT_DOCUMENTS, PRINT_EDITIONS, defaultChoice, ledComponents, requestOf } from '../../../renderer/src/print/options';
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
    expect(defaultChoice('poc', 'POC', components)).toEqual({ annex: 'plan', lang: 'bilingual', component: ALL_COMPONENTS });
  });

  it('an LFP starts on the bilingual action plan of the component it leads (the first, when it leads several)', () => {
    expect(ledComponents(components, 'MD').map((c) => c.number)).toEqual([1, 3]);
    expect(defaultChoice('lfp', 'MD', components)).toEqual({ annex: 'action-plan', lang: 'bilingual', component: codeOf(1) });
    expect(defaultChoice('lfp', 'NAIS', components).component).toBe(codeOf(2));
    expect(defaultChoice('lfp', 'MOFE', components).component).toBe(codeOf(1));
    // The reference order does not matter, only the component numbers.
    expect(defaultChoice('lfp', 'MD', [...components].reverse()).component).toBe(codeOf(1));
    // An institution that leads nothing in this cycle prints every component.
    expect(defaultChoice('lfp', 'XYZ', components).component).toBe(ALL_COMPONENTS);
  });

  it('sends the component only when one is chosen and it exists', () => {
    expect(requestOf({ annex: 'indicators', lang: 'en', component: codeOf(4) }, components)).toEqual({ annex: 'indicators', lang: 'en', component: codeOf(4) });
    expect(requestOf({ annex: 'plan', lang: 'sq', component: ALL_COMPONENTS }, components)).toEqual({ annex: 'plan', lang: 'sq' });
    expect(requestOf({ annex: 'plan', lang: 'sq', component: 'gone' }, components)).toEqual({ annex: 'plan', lang: 'sq' });
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
