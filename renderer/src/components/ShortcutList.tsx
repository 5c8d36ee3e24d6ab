// Every keyboard shortcut of the app, read from its one declaration
// (lib/shortcuts.ts), grouped by where it works: the table the editor's
// "Shortcuts" button shows. Scrolls inside itself when the window is short,
// and is then reachable by keyboard too.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutGroups, shownKeys } from '../lib/shortcuts';

const useStyles = makeStyles({
  scroller: { maxHeight: 'min(60vh, 460px)', overflowY: 'auto', maxWidth: '520px' },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { textAlign: 'start', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, verticalAlign: 'top' },
  },
  group: {
    paddingTop: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  kbd: {
    fontFamily: tokens.fontFamilyMonospace,
    whiteSpace: 'nowrap',
    padding: '0 4px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

export function ShortcutList({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const space = t('ui.shortcuts.space');
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-labelledby={labelledBy} data-testid="shortcut-list">
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('ui.shortcuts.keysColumn')}</th>
            <th scope="col">{t('ui.shortcuts.doesColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcutGroups().map((g) => (
            <Fragment key={g.where}>
              <tr>
                <th colSpan={2} scope="colgroup" className={styles.group}>
                  {t(`ui.shortcuts.where.${g.where}`)}
                </th>
              </tr>
              {g.shortcuts.map((s) => (
                <tr key={s.id} data-shortcut={s.id}>
                  <th scope="row">
                    <span className={styles.kbd}>{shownKeys(s, space)}</span>
                  </th>
                  <td>{t(`ui.shortcuts.does.${s.id}`)}</td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
