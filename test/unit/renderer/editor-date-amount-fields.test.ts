// The editor's date and amount boxes as they render: dd.mm.yyyy in both
// languages, amounts grouped with the unit as each language writes it, the
// required mark from the quality checks, an end before the start said at
// both date boxes, and a refused date's message taking precedence.
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { EditorSession } from '../../../renderer/src/editor/session';
import { NOT_A_DATE } from '../../../renderer/src/editor/values';
import { SaveQueue } from '../../../renderer/src/services/autosave/save-queue';
import type { ApiClient } from '../../../shared/api/client';
import { createI18n } from '../../../shared/i18n';
import { newCommitment } from '../../../shared/model/new-commitment';
import type { Commitment } from '../../../shared/model/plan';
import type { Lang } from '../../../shared/model/primitives';
import { SEED_REFERENCE } from '../../../shared/reference/seed';

// A server render needs a server snapshot of every external store; the
// editor's stores have none (they live in the browser), so the render reads
// the same snapshot the browser would.
vi.mock('react', async (importOriginal) => {
  const react = await importOriginal<typeof import('react')>();
  const useSyncExternalStore: typeof react.useSyncExternalStore = (subscribe, get, getServer) => react.useSyncExternalStore(subscribe, get, getServer ?? get);
  return { ...react, default: { ...react, useSyncExternalStore }, useSyncExternalStore };
});

// The Node-side type check has no JSX, so the components are loaded by paths
// it does not resolve; vitest compiles the .tsx as the renderer build does.
const FIELDS = '../../../renderer/src/editor/fields';
const CONTEXT = '../../../renderer/src/editor/context';
const SERVICES = '../../../renderer/src/services/services';
type Component = (props: Record<string, unknown>) => ReactNode;
const { DateField, AmountField, PERIOD } = (await import(FIELDS)) as { DateField: Component; AmountField: Component; PERIOD: unknown };
const { EditorProvider } = (await import(CONTEXT)) as { EditorProvider: Component };
const { ServicesProvider } = (await import(SERVICES)) as { ServicesProvider: Component };

const C_ID = '11111111-1111-4111-8111-111111111111';
const NOW = '2021-01-01T00:00:00.000Z';

function setup(over: Partial<Commitment>) {
  const api = new Proxy({}, { get: () => async () => ({ ok: true, value: {} }) }) as ApiClient;
  const saves = new SaveQueue(api, 10);
  const c: Commitment = { ...newCommitment({ id: C_ID, cycleId: '2020-2022', componentCode: 'anti-corruption', owner: 'MD', now: NOW }), milestones: [], indicators: [], ...over };
  const session = new EditorSession(api, saves, c);
  const env = { session, editable: true, reference: SEED_REFERENCE, cycle: null, institutions: new Map(), terms: { ogpValues: [], policyAreas: [] }, announce: () => {} };
  const render = (lang: Lang, field: ReactNode) =>
    renderToStaticMarkup(
      createElement(I18nextProvider, { i18n: createI18n(lang) }, createElement(ServicesProvider, { value: { api, saves } }, createElement(EditorProvider, { value: env }, field))),
    );
  return { session, render };
}

const date = (field: string, label: string) => createElement(DateField, { recordType: 'commitment', recordId: C_ID, field, label, period: PERIOD });
const amount = () => createElement(AmountField, { recordType: 'commitment', recordId: C_ID, field: 'budget.amount', label: 'Shuma', currency: 'ALL' });
/** The attributes of the one <input> in the markup. */
const input = (html: string) => /<input([^>]*)>/.exec(html)![1]!;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the date box', () => {
  it('shows the saved date dd.mm.yyyy in both languages, marked required, with the form to type as placeholder', () => {
    const { render } = setup({ startDate: '2020-12-01' });
    for (const [lang, placeholder] of [['sq', 'dd.mm.vvvv'], ['en', 'dd.mm.yyyy']] as const) {
      const attrs = input(render(lang, date('startDate', 'Data e fillimit')));
      expect(attrs).toContain('value="01.12.2020"');
      expect(attrs).toContain(`placeholder="${placeholder}"`);
      expect(attrs).toMatch(/\brequired=""/);
      expect(attrs).toContain('aria-keyshortcuts="Alt+ArrowDown"');
    }
  });

  it('says at both date boxes that the end comes before the start', () => {
    const { render } = setup({ startDate: '2020-12-01', endDate: '2020-10-01' });
    expect(text(render('sq', date('endDate', 'Data e përfundimit')))).toContain('Data e përfundimit është para datës së fillimit (01.12.2020).');
    expect(text(render('sq', date('startDate', 'Data e fillimit')))).toContain('Data e fillimit është pas datës së përfundimit (01.10.2020).');
    expect(text(render('en', date('endDate', 'End date')))).toContain('The end date is before the start date (01.12.2020).');
    const inOrder = setup({ startDate: '2020-10-01', endDate: '2020-12-01' });
    expect(text(inOrder.render('sq', date('endDate', 'Data e përfundimit')))).not.toContain('para datës së fillimit');
  });

  it('shows a refused date’s message in place of the order message, and keeps the saved date', () => {
    const { session, render } = setup({ startDate: '2020-12-01', endDate: '2020-10-01' });
    session.refuse({ recordType: 'commitment', recordId: C_ID, field: 'endDate', lang: null }, NOT_A_DATE, '30.02.2021');
    const html = render('sq', date('endDate', 'Data e përfundimit'));
    expect(text(html)).toContain('Kjo nuk është datë e vlefshme. Shkruani datën si dd.mm.vvvv, p.sh. 15.01.2021.');
    expect(text(html)).not.toContain('para datës së fillimit');
    expect(session.getSnapshot().commitment.endDate).toBe('2020-10-01');
  });
});

describe('the amount box', () => {
  it('shows the amount grouped in the language’s marks, "lekë" after it in Albanian and "ALL" before it in English', () => {
    const { render } = setup({ budget: { amount: 25_000_000.5, currency: 'ALL', fundingSource: { sq: '', en: '' } } });
    const sq = render('sq', amount());
    expect(input(sq)).toContain('value="25.000.000,50"');
    expect(sq.indexOf('lekë')).toBeGreaterThan(sq.indexOf('<input'));
    const en = render('en', amount());
    expect(input(en)).toContain('value="25,000,000.50"');
    expect(en.indexOf('ALL')).toBeGreaterThan(-1);
    expect(en.indexOf('ALL')).toBeLessThan(en.indexOf('<input'));
    // A warning, not a blocking check: not marked required.
    expect(input(sq)).not.toMatch(/\brequired=""/);
  });
});
