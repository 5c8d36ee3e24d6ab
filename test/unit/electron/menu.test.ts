import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutBox, menuTemplateFor } from '../../../electron/main/menu';
import { en, sq } from '../../../shared/i18n';

const items = (template: MenuItemConstructorOptions[]) =>
  template.flatMap((top) => [top, ...((top.submenu as MenuItemConstructorOptions[] | undefined) ?? [])]);

describe('application menu', () => {
  const actions = { quit: vi.fn(), reload: vi.fn(), about: vi.fn() };

  it.each([
    ['sq', sq],
    ['en', en],
  ] as const)('is labelled from the %s catalogue', (lang, cat) => {
    const template = menuTemplateFor(lang, actions);
    expect(template.map((t) => t.label)).toEqual([cat.desktop.menu.file, cat.desktop.menu.view, cat.desktop.menu.help]);
    const labels = items(template)
      .filter((i) => i.type !== 'separator')
      .map((i) => i.label);
    expect(labels).toContain(cat.desktop.menu.quit);
    expect(labels).toContain(cat.desktop.menu.toggleFullScreen);
    expect(labels).toContain(cat.desktop.menu.about);
    // No untranslated key leaks through.
    expect(labels.every((l) => typeof l === 'string' && !l.startsWith('desktop.'))).toBe(true);
  });

  it('has quit, reload, zoom, full screen and about, and no developer tools', () => {
    const all = items(menuTemplateFor('sq', actions));
    const ids = all.map((i) => i.id).filter(Boolean);
    expect(ids).toEqual(['quit', 'reload', 'actual-size', 'zoom-in', 'zoom-out', 'full-screen', 'about']);
    expect(all.map((i) => i.role).filter(Boolean)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(all.some((i) => i.role === 'toggleDevTools' || i.role === 'forceReload')).toBe(false);
  });

  it('routes quit, reload (which flushes first) and about to the bootstrap', () => {
    const all = items(menuTemplateFor('en', actions));
    const click = (id: string) => (all.find((i) => i.id === id)!.click as () => void)();
    click('quit');
    click('reload');
    click('about');
    expect(actions.quit).toHaveBeenCalledOnce();
    expect(actions.reload).toHaveBeenCalledOnce();
    expect(actions.about).toHaveBeenCalledOnce();
  });

  it('the about box names the version in both languages', () => {
    expect(aboutBox('sq', '1.2.3')).toMatchObject({ title: sq.desktop.about.title, message: 'Plani 1.2.3', buttons: [sq.desktop.about.ok] });
    expect(aboutBox('en', '1.2.3').detail).toBe(en.desktop.about.detail);
  });
});
