// The keyboard's pure parts: the one declaration of the shortcuts (every one
// listed, described in both languages, the keys the listeners test), which
// area F6 goes to, and the go-to-field buttons' names beginning with their
// visible words.
import { describe, expect, it } from 'vitest';
import { createI18n, en, sq } from '../../../shared/i18n';
import { innermostRegionIndex, nextRegionIndex } from '../../../renderer/src/lib/regions';
import { SHORTCUT_IDS, SHORTCUTS, isShortcut, shortcut, shortcutGroups, shownKeys } from '../../../renderer/src/lib/shortcuts';
import { isGenerateKey, isOpenPrintKey } from '../../../renderer/src/print/shortcuts';
import { goToLabel } from '../../../renderer/src/quality/findings';
import { keyEvent as key } from '../../helpers/key-event';

describe('the shortcuts declaration', () => {
  it('declares every id once, and the list shows each of them once', () => {
    expect([...SHORTCUTS.keys()].sort()).toEqual([...SHORTCUT_IDS].sort());
    const listed = shortcutGroups().flatMap((g) => g.shortcuts.map((s) => s.id));
    expect(listed.sort()).toEqual([...SHORTCUT_IDS].sort());
  });

  it('lists the keys the issue found missing', () => {
    const shown = shortcutGroups().flatMap((g) => g.shortcuts.map((s) => shownKeys(s, 'Space')));
    for (const k of ['Ctrl+F · /', 'Ctrl+P', 'Ctrl+Enter', 'Ctrl+N', 'F6 · Shift+F6', 'Alt+↓', 'Esc']) expect(shown).toContain(k);
  });

  it('describes every shortcut and every place in both languages', () => {
    for (const cat of [sq, en]) {
      for (const id of SHORTCUT_IDS) expect(cat.ui.shortcuts.does[id], id).toMatch(/\S/);
      for (const g of shortcutGroups()) expect(cat.ui.shortcuts.where[g.where], g.where).toMatch(/\S/);
    }
    expect(shownKeys(shortcut('section'), sq.ui.shortcuts.space)).toBe('Enter · Hapësirë');
  });

  it('recognises the keys the global listeners handle, and nothing near them', () => {
    expect(isShortcut('search', key('f', { ctrlKey: true }))).toBe(true);
    expect(isShortcut('search', key('F', { metaKey: true }))).toBe(true);
    expect(isShortcut('search', key('/'))).toBe(true);
    expect(isShortcut('search', key('f', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isShortcut('search', key('f'))).toBe(false);
    expect(isShortcut('regions', key('F6'))).toBe(true);
    expect(isShortcut('regions', key('F6', { shiftKey: true }))).toBe(true);
    expect(isShortcut('regions', key('F6', { ctrlKey: true }))).toBe(false);
    expect(isShortcut('newCommitment', key('n', { ctrlKey: true }))).toBe(true);
    expect(isShortcut('newCommitment', key('n', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isShortcut('calendar', key('ArrowDown', { altKey: true }))).toBe(true);
    expect(isShortcut('calendar', key('ArrowDown'))).toBe(false);
    // The print screen reads its keys from the same declaration.
    expect(isOpenPrintKey(key('p', { ctrlKey: true }))).toBe(true);
    expect(isOpenPrintKey(key('p', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isGenerateKey(key('Enter', { ctrlKey: true }))).toBe(true);
    expect(isGenerateKey(key('Enter'))).toBe(false);
    // A shortcut no listener handles matches no key press.
    expect(isShortcut('tab', key('Tab'))).toBe(false);
  });
});

describe('F6 between areas', () => {
  it('goes round forwards and backwards, and starts at an end from nowhere', () => {
    expect(nextRegionIndex(5, 0, false)).toBe(1);
    expect(nextRegionIndex(5, 4, false)).toBe(0);
    expect(nextRegionIndex(5, 0, true)).toBe(4);
    expect(nextRegionIndex(5, -1, false)).toBe(0);
    expect(nextRegionIndex(5, -1, true)).toBe(4);
    expect(nextRegionIndex(0, -1, false)).toBe(-1);
  });

  it('finds the innermost area around the focus (an inner area comes after the one holding it)', () => {
    const field = {};
    const heading = {};
    const area = (...holds: object[]) => ({ contains: (n: unknown) => holds.includes(n as object) });
    const regions = [area(), area(), area(field, heading), area(field), area()];
    expect(innermostRegionIndex(regions, field)).toBe(3);
    expect(innermostRegionIndex(regions, heading)).toBe(2);
    expect(innermostRegionIndex(regions, {})).toBe(-1);
    expect(innermostRegionIndex(regions, null)).toBe(-1);
  });
});

describe('go-to-field buttons', () => {
  it('have an accessible name that begins with the words they show, in both languages', () => {
    for (const lang of ['sq', 'en'] as const) {
      const t = createI18n(lang).t as unknown as (k: string, o?: Record<string, unknown>) => string;
      for (const [fieldLang, perLanguage] of [
        [null, false],
        ['sq', false],
        ['sq', true],
        ['en', true],
      ] as const) {
        const label = goToLabel(t, fieldLang, perLanguage, 'Hapi kyç 2 Titulli (shqip)');
        expect(label.accessible.startsWith(label.visible), `${lang} ${fieldLang} ${perLanguage}: ${label.visible} / ${label.accessible}`).toBe(true);
        expect(label.accessible).toContain('Hapi kyç 2 Titulli (shqip)');
      }
    }
    const t = createI18n('sq').t as unknown as (k: string, o?: Record<string, unknown>) => string;
    expect(goToLabel(t, 'en', true, 'Titulli (anglisht)')).toEqual({ visible: 'Anglisht', accessible: 'Anglisht: shko te fusha Titulli (anglisht)' });
    expect(goToLabel(t, 'en', false, 'Titulli (anglisht)')).toEqual({ visible: 'Shko te fusha', accessible: 'Shko te fusha Titulli (anglisht)' });
  });
});
