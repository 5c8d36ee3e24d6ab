// One component of the plan: its goal, its lead institutions, its
// commitments, and — for the institutions that lead it — a way to add one.
// A long list (an imported or consolidated plan) is virtualised.
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
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentSummary } from '../../../shared/model/plan';
import { PageHeading } from '../components/Page';
import { SpacerRow } from '../components/SpacerRow';
import { StatusBadge } from '../components/StatusBadge';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { useLanguage } from '../hooks/useLanguage';
import { useVirtualRows } from '../hooks/useVirtualRows';
import { routeHref } from '../lib/route';
import { pickText } from '../lib/text';
import type { ComponentEntry, ShellContext } from '../services/shell-context';

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
  const { component, leads, commitments } = entry;
  const canCreate = ctx.canCreateIn(entry);
  const leadNames = leads.map((l) => l.name[lang]).join('; ');

  return (
    <div className={styles.root}>
      <PageHeading focusKey={component.code}>
        {component.number}. {component.title[lang]}
      </PageHeading>
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
        <Table aria-label={t('ui.component.listLabel', { number: component.number })} aria-rowcount={commitments.length + 1}>
          <TableHeader>
            <TableRow aria-rowindex={1}>
              <TableHeaderCell className={styles.numberCol}>{t('ui.component.numberColumn')}</TableHeaderCell>
              <TableHeaderCell>{t('model.commitment.title')}</TableHeaderCell>
              <TableHeaderCell className={styles.statusCol}>{t('model.commitment.status')}</TableHeaderCell>
              <TableHeaderCell className={styles.ownerCol}>{t('model.commitment.owner')}</TableHeaderCell>
              <TableHeaderCell className={styles.actionsCol}>
                <VisuallyHidden>{t('ui.component.actionsColumn')}</VisuallyHidden>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <CommitmentRows entry={entry} ctx={ctx} onDelete={onDelete} />
        </Table>
      )}
    </div>
  );
}

/** Lists longer than this render only the rows in view (plus a margin); shorter ones render whole. */
const VIRTUALIZE_FROM = 100;
const ROW_HEIGHT = 45;

interface RowsProps {
  entry: ComponentEntry;
  ctx: ShellContext;
  onDelete: (id: string, title: string) => void;
}

/**
 * The table body. A component's list usually holds a handful of
 * commitments; a consolidated or imported plan can hold hundreds, and then
 * only the rows near the visible part of the page are in the DOM (the rest
 * is replaced by two spacer rows), with aria-rowcount/aria-rowindex telling
 * assistive technology the real size and position.
 */
function CommitmentRows({ entry, ctx, onDelete }: RowsProps) {
  const { commitments } = entry;
  if (commitments.length < VIRTUALIZE_FROM) {
    return (
      <TableBody>
        {commitments.map((c, i) => (
          <CommitmentRow key={c.id} summary={c} index={i} entry={entry} ctx={ctx} onDelete={onDelete} />
        ))}
      </TableBody>
    );
  }
  return <VirtualRows entry={entry} ctx={ctx} onDelete={onDelete} />;
}

function VirtualRows({ entry, ctx, onDelete }: RowsProps) {
  const { commitments } = entry;
  const { body, items, before, after, measure } = useVirtualRows(commitments.length, ROW_HEIGHT);
  return (
    <TableBody ref={body}>
      {before > 0 && <SpacerRow height={before} columns={5} />}
      {items.map((item) => (
        <CommitmentRow
          key={commitments[item.index]!.id}
          summary={commitments[item.index]!}
          index={item.index}
          entry={entry}
          ctx={ctx}
          onDelete={onDelete}
          measure={measure}
        />
      ))}
      {after > 0 && <SpacerRow height={after} columns={5} />}
    </TableBody>
  );
}

interface RowProps extends RowsProps {
  summary: CommitmentSummary;
  index: number;
  measure?: (el: HTMLElement | null) => void;
}

const CommitmentRow = memo(function CommitmentRow({ summary: c, index, entry, ctx, onDelete, measure }: RowProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const title = pickText(c.title, lang);
  const shownTitle = title?.value ?? t('ui.component.untitled');
  const owner = ctx.institutions.get(c.owner);
  return (
    <TableRow ref={measure} data-index={index} aria-rowindex={index + 2}>
      <TableCell className={styles.numberCol}>{c.planNumber || '—'}</TableCell>
      <TableCell>
        <TableCellLayout>
          <span className={styles.titleCell}>
            <Link
              href={routeHref({ view: 'commitment', component: entry.component.code, commitment: c.id })}
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
});
