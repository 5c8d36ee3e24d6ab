// A refusal in the bundle log must read as a whole sentence in both
// languages: the log keeps every value the reason's sentence names. Read the
// way the log screen reads it (the renderer's own functions, the app's
// catalogues).
import { expect } from 'vitest';
import { createI18n } from '../../shared/i18n';
import { logReasonValues, reasonText, type Translate } from '../../renderer/src/sync/refusal';

export type LoggedReason = { reason: string | null; seq: number | null; institution: string | null; params: Record<string, string | number> };

/** The catalogue's sentence for the entry's reason and the text the log screen shows. */
export function renderLogReason(lang: 'sq' | 'en', entry: LoggedReason): { template: string; text: string } {
  const i18n = createI18n(lang);
  const key = `bundles.reason.${entry.reason}`;
  const template = i18n.exists(key) ? String(i18n.getResource(lang, 'translation', key)) : '';
  const text = reasonText(i18n.t.bind(i18n) as unknown as Translate, (k) => i18n.exists(k), entry.reason ?? '', logReasonValues(entry));
  return { template, text };
}

/** The reason's sentence, in sq and en, names only values the log entry kept, and renders with none left blank. */
export function expectLogReasonComplete(entry: LoggedReason): void {
  expect(entry.reason).not.toBeNull();
  for (const lang of ['sq', 'en'] as const) {
    const { template, text } = renderLogReason(lang, entry);
    expect(template, `${entry.reason} has a sentence (${lang})`).not.toBe('');
    const named = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
    for (const name of named) expect(Object.keys(entry.params), `${entry.reason} (${lang}) names {{${name}}}`).toContain(name);
    expect(text, `${entry.reason} (${lang})`).not.toMatch(/\{\{|…|bundles\.reason/);
  }
}
