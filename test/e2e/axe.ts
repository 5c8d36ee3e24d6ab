// The accessibility check every screen of the end-to-end suite goes through:
// axe-core's default rules, plus the experimental rule that a control's
// accessible name must contain the text it shows (the editor broke it once),
// failing on any serious or critical finding, one line per element found.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const FAILING = new Set(['serious', 'critical']);

/**
 * The one exception. Fluent UI's focus management (tabster) puts empty
 * `<i data-tabster-dummy aria-hidden="true" tabindex="0">` elements around
 * toolbars, tag groups and dialogs: they exist only to receive Tab and pass
 * the focus on at once, and are hidden from screen readers on purpose so
 * these do not announce them. Fluent configures tabster this way and cannot
 * be told not to (tabster's maintainers: microsoft/tabster#288; axe's own
 * Accessibility Insights suppresses the same finding). So `aria-hidden-focus`
 * is waived for exactly these elements, and for nothing else.
 */
const isTabsterDummy = (rule: string, html: string) => rule === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy=""[^>]*>/.test(html);

/**
 * `within`: a CSS selector to check only that part (a dialog over a page
 * already checked): axe's cost grows with the page, and a loaded machine
 * pays it on every run.
 */
export async function expectNoSeriousAxeFindings(page: Page, where: string, { within }: { within?: string } = {}): Promise<void> {
  const builder = new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
  if (within) builder.include(within);
  const result = await builder.analyze();
  const found = result.violations
    .filter((v) => v.impact && FAILING.has(v.impact))
    .flatMap((v) => v.nodes.filter((n) => !isTabsterDummy(v.id, n.html)).map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.html.slice(0, 200)}`));
  expect(found, where).toEqual([]);
}
