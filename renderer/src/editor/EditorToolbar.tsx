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
import type { SaveStatus } from '../services/autosave/save-queue';
import { useSession } from './context';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  spacer: { flexGrow: 1 },
  tip: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxWidth: '320px' },
  keys: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  shortcuts: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, '& th, & td': { textAlign: 'start', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, verticalAlign: 'top' } },
  kbd: {
    fontFamily: tokens.fontFamilyMonospace,
    whiteSpace: 'nowrap',
    padding: '0 4px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  surfaceTitle: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface EditorToolbarProps {
  editable: boolean;
  status: SaveStatus;
  onUndo: () => void;
  onRedo: () => void;
}

const SHORTCUTS = ['undo', 'redo', 'tab', 'section', 'expand', 'select', 'tags'] as const;

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
                  <span className={styles.keys}>Ctrl+Z</span>
                  <span>{t('ui.editor.undoHelp')}</span>
                  <span>{t('ui.editor.undoScope')}</span>
                </span>
              }
            >
              <ToolbarButton icon={<ArrowUndoRegular />} disabledFocusable={!canUndo} aria-keyshortcuts="Control+Z" onClick={onUndo}>
                {t('ui.editor.undo')}
              </ToolbarButton>
            </Tooltip>
            <Tooltip
              relationship="description"
              withArrow
              content={
                <span className={styles.tip}>
                  <span className={styles.keys}>Ctrl+Y · Ctrl+Shift+Z</span>
                  <span>{t('ui.editor.redoHelp')}</span>
                </span>
              }
            >
              <ToolbarButton icon={<ArrowRedoRegular />} disabledFocusable={!canRedo} aria-keyshortcuts="Control+Y Control+Shift+Z" onClick={onRedo}>
                {t('ui.editor.redo')}
              </ToolbarButton>
            </Tooltip>
            <ToolbarDivider />
          </>
        )}
        <Popover withArrow positioning="below-start" trapFocus>
          <PopoverTrigger disableButtonEnhancement>
            <ToolbarButton icon={<KeyboardRegular />}>{t('ui.editor.shortcuts.button')}</ToolbarButton>
          </PopoverTrigger>
          <PopoverSurface aria-labelledby="editor-shortcuts-title">
            <h2 id="editor-shortcuts-title" className={styles.surfaceTitle}>
              {t('ui.editor.shortcuts.title')}
            </h2>
            <table className={styles.shortcuts}>
              <tbody>
                {SHORTCUTS.map((k) => (
                  <tr key={k}>
                    <th scope="row">
                      <span className={styles.kbd}>{t(`ui.editor.shortcuts.keys.${k}`)}</span>
                    </th>
                    <td>{t(`ui.editor.shortcuts.does.${k}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </PopoverSurface>
        </Popover>
      </Toolbar>
      <span className={styles.spacer} />
      {editable && <SaveState status={status} />}
    </div>
  );
});
