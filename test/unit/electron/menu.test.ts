import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutBox, contextMenuFor, type MenuScreen, menuScreenHash, menuTemplateFor } from '../../../electron/main/menu';
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
    expect(template.map((t) => t.label)).toEqual([cat.desktop.menu.file, cat.desktop.menu.edit, cat.desktop.menu.view, cat.desktop.menu.help]);
    const labels = items(template)
      .filter((i) => i.type !== 'separator')
      .map((i) => i.label);
    expect(labels).toContain(cat.desktop.menu.quit);
    expect(labels).toContain(cat.desktop.menu.toggleFullScreen);
    expect(labels).toContain(cat.desktop.menu.about);
    // No untranslated key leaks through.
    expect(labels.every((l) => typeof l === 'string' && !l.startsWith('desktop.'))).toBe(true);
  });

  it('has File (open, export, print, backups, quit), Edit, View and Help (log folder, about), and no developer tools', () => {
    const all = items(menuTemplateFor('sq', actions));
    const ids = all.map((i) => i.id).filter(Boolean);
    expect(ids).toEqual([
      'open-bundle', 'export-bundle', 'print', 'backups', 'quit',
      'undo', 'redo', 'cut', 'copy', 'paste', 'select-all',
      'reload', 'actual-size', 'zoom-in', 'zoom-out', 'full-screen',
      'log-folder', 'about',
    ]);
    expect(all.map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(all.find((i) => i.id === 'open-bundle')!.accelerator).toBe('CmdOrCtrl+O');
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

  it('File opens the role\'s screens and Help the log folder', () => {
    const open = vi.fn();
    const showLogFolder = vi.fn();
    const all = items(menuTemplateFor('en', { ...actions, open, showLogFolder }));
    for (const id of ['open-bundle', 'export-bundle', 'print', 'backups', 'log-folder']) (all.find((i) => i.id === id)!.click as () => void)();
    expect(open.mock.calls.map((c) => c[0])).toEqual(['open-bundle', 'export-bundle', 'print', 'backups']);
    expect(showLogFolder).toHaveBeenCalledOnce();
    expect(['open-bundle', 'export-bundle', 'print', 'backups'].map((s) => menuScreenHash(s as MenuScreen, 'poc'))).toEqual(['#/import', '#/consolidated', '#/print', '#/backups']);
    expect(menuScreenHash('open-bundle', 'lfp')).toBe('#/bundles');
    expect(menuScreenHash('export-bundle', 'lfp')).toBe('#/bundles');
  });

  it('the right-click menu offers what the text field allows, Copy on selected text, nothing elsewhere', () => {
    const flags = { canCut: false, canCopy: true, canPaste: true, canSelectAll: true, canUndo: false, canRedo: false };
    const field = contextMenuFor('sq', { isEditable: true, selectionText: '', editFlags: flags });
    expect(field.filter((i) => i.type !== 'separator').map((i) => [i.role, i.enabled])).toEqual([
      ['undo', false], ['redo', false], ['cut', false], ['copy', true], ['paste', true], ['selectAll', true],
    ]);
    expect(field.find((i) => i.role === 'paste')!.label).toBe(sq.desktop.menu.paste);
    expect(contextMenuFor('en', { isEditable: false, selectionText: 'a title', editFlags: flags }).map((i) => i.label)).toEqual([en.desktop.menu.copy]);
    expect(contextMenuFor('en', { isEditable: false, selectionText: '  ', editFlags: flags })).toEqual([]);
  });

  it('the about box names the version in both languages', () => {
    expect(aboutBox('sq', '1.2.3')).toMatchObject({ title: sq.desktop.about.title, message: 'Plani 1.2.3', buttons: [sq.desktop.about.ok] });
    expect(aboutBox('en', '1.2.3').detail).toBe(en.desktop.about.detail);
  });
});
