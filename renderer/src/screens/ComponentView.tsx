// One component of the plan: its goal, its lead institutions, its
// commitments, and — for the institutions that lead it — a way to add one.
import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useLanguage } from '../hooks/useLanguage';
import { routeHref } from '../lib/route';
import { useSharedStyles } from '../lib/styles';
import { pickText } from '../lib/text';
import { StatusBadge } from '../components/StatusBadge';
import type { ComponentEntry, ShellContext } from './Shell';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  leads: { color: tokens.colorNeutralForeground2 },
  goal: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `3px solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
  },
  goalLabel: { display: 'block', fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, padding: 0, flexWrap: 'wrap' },
  note: { color: tokens.colorNeutralForeground3 },
  numberCol: { width: '4rem' },
  statusCol: { width: '11rem' },
  ownerCol: { width: '8rem' },
  actionsCol: { width: '5.5rem' },
  untitled: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  titleCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0, flexWrap: 'wrap' },
  empty: { padding: `${tokens.spacingVerticalXXL} 0`, textAlign: 'center', color: tokens.colorNeutralForeground3 },
});

export interface ComponentViewProps {
  entry: ComponentEntry;
  ctx: ShellContext;
  creating: boolean;
  onCreate: () => void;
  onDelete: (id: string, title: string) => void;
}

export function ComponentView({ entry, ctx, creating, onCreate, onDelete }: ComponentViewProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { component, leads, commitments } = entry;
  const heading = useFocusOnMount<HTMLHeadingElement>(true, component.code);
  const canCreate = ctx.canCreateIn(entry);
  const leadNames = leads.map((l) => l.name[lang]).join('; ');

  return (
    <div className={styles.root}>
      <h1 ref={heading} tabIndex={-1} className={shared.pageHeading}>
        {component.number}. {component.title[lang]}
      </h1>
      <Text className={styles.leads}>{t('ui.shell.leads', { list: leadNames })}</Text>
      {pickText(component.policyGoal, lang) && (
        <p className={styles.goal}>
          <Text className={styles.goalLabel}>{t('ui.component.policyGoal')}</Text>
          <Text>{pickText(component.policyGoal, lang)!.value}</Text>
        </p>
      )}

      <div className={styles.toolbar}>
        <Tooltip content={t('ui.component.newShortcut')} relationship="description" withArrow>
          <Button
            appearance="primary"
            icon={creating ? <Spinner size="tiny" /> : <AddRegular />}
            disabled={!canCreate || creating}
            disabledFocusable={!canCreate}
            aria-keyshortcuts={canCreate ? 'Control+N' : undefined}
            onClick={onCreate}
          >
            {t('ui.component.newCommitment')}
          </Button>
        </Tooltip>
        {!canCreate && (
          <Text size={200} className={styles.note}>
            {ctx.workspace.role === 'poc'
              ? t('ui.component.pocReadOnly')
              : t('ui.component.onlyLeads', { list: leads.map((l) => l.acronym[lang]).join(', ') })}
          </Text>
        )}
      </div>

      {commitments.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('ui.component.empty')}</MessageBarBody>
        </MessageBar>
      ) : (
        <Table aria-label={t('ui.component.listLabel', { number: component.number })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.numberCol}>{t('ui.component.numberColumn')}</TableHeaderCell>
              <TableHeaderCell>{t('model.commitment.title')}</TableHeaderCell>
              <TableHeaderCell className={styles.statusCol}>{t('model.commitment.status')}</TableHeaderCell>
              <TableHeaderCell className={styles.ownerCol}>{t('model.commitment.owner')}</TableHeaderCell>
              <TableHeaderCell className={styles.actionsCol}>
                <span className={shared.visuallyHidden}>{t('ui.component.actionsColumn')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {commitments.map((c) => {
              const title = pickText(c.title, lang);
              const shownTitle = title?.value ?? t('ui.component.untitled');
              const owner = ctx.institutions.get(c.owner);
              return (
                <TableRow key={c.id}>
                  <TableCell className={styles.numberCol}>{c.planNumber || '—'}</TableCell>
                  <TableCell>
                    <TableCellLayout>
                      <span className={styles.titleCell}>
                        <Link
                          href={routeHref({ view: 'commitment', component: component.code, commitment: c.id })}
                          className={title ? undefined : styles.untitled}
                          lang={title?.lang}
                        >
                          {shownTitle}
                        </Link>
                        {title && title.lang !== lang && (
                          <Badge appearance="tint" color="warning" size="small">
                            {t(`ui.component.onlyIn.${title.lang}`)}
                          </Badge>
                        )}
                      </span>
                    </TableCellLayout>
                  </TableCell>
                  <TableCell className={styles.statusCol}>
                    <StatusBadge status={c.status} />
                  </TableCell>
                  <TableCell className={styles.ownerCol}>
                    <span title={owner?.name[lang]}>{owner?.acronym[lang] ?? c.owner}</span>
                  </TableCell>
                  <TableCell className={styles.actionsCol}>
                    {ctx.canEdit(c.owner) && (
                      <Tooltip content={t('ui.component.deleteNamed', { title: shownTitle })} relationship="label">
                        <Button appearance="subtle" icon={<DeleteRegular />} onClick={() => onDelete(c.id, shownTitle)} />
                      </Tooltip>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
