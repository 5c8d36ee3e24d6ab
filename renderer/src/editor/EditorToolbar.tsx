// The editor's toolbar, kept in view while the form scrolls: undo and redo
// (with what they cover), the keyboard shortcuts, and the autosave state.
import {
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowRedoRegular, ArrowUndoRegular, KeyboardRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveState } from '../components/SaveState';
import { ShortcutList } from '../components/ShortcutList';
import { shortcut } from '../lib/shortcuts';
import type { SaveStatus } from '../services/autosave/save-queue';
import { useSession } from './context';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  spacer: { flexGrow: 1 },
  tip: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxWidth: '320px' },
  keys: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  surfaceTitle: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface EditorToolbarProps {
  editable: boolean;
  status: SaveStatus;
  onUndo: () => void;
  onRedo: () => void;
}

export const EditorToolbar = memo(function EditorToolbar({ editable, status, onUndo, onRedo }: EditorToolbarProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const canUndo = useSession((s) => s.history.past.length > 0);
  const canRedo = useSession((s) => s.history.future.length > 0);
  return (
    <div className={styles.root}>
      <Toolbar aria-label={t('ui.editor.toolbar')} size="small">
        {editable && (
          <>
            <Tooltip
              relationship="description"
              withArrow
              content={
                <span className={styles.tip}>
                  <span className={styles.keys}>{shortcut('undo').keys.join(' · ')}</span>
                  <span>{t('ui.editor.undoHelp')}</span>
                  <span>{t('ui.editor.undoScope')}</span>
                </span>
              }
            >
              <ToolbarButton icon={<ArrowUndoRegular />} disabledFocusable={!canUndo} aria-keyshortcuts={shortcut('undo').aria} onClick={onUndo}>
                {t('ui.editor.undo')}
              </ToolbarButton>
            </Tooltip>
            <Tooltip
              relationship="description"
              withArrow
              content={
                <span className={styles.tip}>
                  <span className={styles.keys}>{shortcut('redo').keys.join(' · ')}</span>
                  <span>{t('ui.editor.redoHelp')}</span>
                </span>
              }
            >
              <ToolbarButton icon={<ArrowRedoRegular />} disabledFocusable={!canRedo} aria-keyshortcuts={shortcut('redo').aria} onClick={onRedo}>
                {t('ui.editor.redo')}
              </ToolbarButton>
            </Tooltip>
            <ToolbarDivider />
          </>
        )}
        <Popover withArrow positioning="below-start" trapFocus>
          <PopoverTrigger disableButtonEnhancement>
            <ToolbarButton icon={<KeyboardRegular />}>{t('ui.shortcuts.button')}</ToolbarButton>
          </PopoverTrigger>
          <PopoverSurface aria-labelledby="editor-shortcuts-title">
            <h2 id="editor-shortcuts-title" className={styles.surfaceTitle}>
              {t('ui.shortcuts.title')}
            </h2>
            <ShortcutList labelledBy="editor-shortcuts-title" />
          </PopoverSurface>
        </Popover>
      </Toolbar>
      <span className={styles.spacer} />
      {editable && <SaveState status={status} />}
    </div>
  );
});
