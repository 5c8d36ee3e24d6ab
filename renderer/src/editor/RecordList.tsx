// One list of a commitment's records (its milestones or its indicators): add,
// expand, move up/down and remove after confirmation, with the focus kept
// where the keyboard was and every step announced. These structural actions
// go straight to the API and are not part of undo; the toolbar's undo tooltip
// says so. What differs between the lists comes in a RecordListConfig.
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { memo, startTransition, useCallback, useLayoutEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api/result';
import type { Commitment } from '../../../shared/model/plan';
import type { Text as BilingualText } from '../../../shared/model/primitives';
import { ConfirmDeleteDialog } from '../components/ConfirmDeleteDialog';
import { useLanguage } from '../hooks/useLanguage';
import { focusField } from '../lib/focus-field';
import { pickText } from '../lib/text';
import { useNotify } from '../services/notices';
import { useEditor, useSession } from './context';
import { addButtonId, allExpanded, cardDomId, cardPartId, expandAll, focusAfterRemoval, moveButtonId, otherMoveButtonId, positionOf, toggleExpanded } from './record-list';
import { useCardTips } from './card-tips';
import { RecordCard, type RecordCardLabels, type RecordCardProps } from './RecordCard';
import type { EditorSession, ListKind } from './session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalL },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  spacer: { flexGrow: 1 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** A button Fluent shows as off but leaves focusable (disabledFocusable). */
const isOff = (el: HTMLElement) => el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled;

/** A milestone for "milestones", an indicator for "indicators". */
export type ListRecord<K extends ListKind> = Commitment[K][number];

export interface RecordListConfig<K extends ListKind> {
  /** Names the list in the session's actions, the labels (ui.editor.<kind>.*) and the DOM ids. */
  kind: K;
  /** The record type in field links, for the cursor put in a new record. */
  recordType: 'milestone' | 'indicator';
  /** The field that takes the cursor when a record is added. */
  firstField: string;
  create(session: EditorSession): Promise<Result<ListRecord<K>>>;
  /** The text after the card's number (an activity, a name). */
  summary(record: ListRecord<K>): BilingualText;
  /** What a card shows beside its heading (dates and status, level and type). */
  Meta: ComponentType<{ record: ListRecord<K> }>;
  /** The record's form, rendered only while its card is open. */
  Form: ComponentType<{ id: string }>;
}

export interface ListSectionProps {
  commitmentId: string;
  expanded: ReadonlySet<string>;
  setExpanded: (kind: ListKind, update: (current: ReadonlySet<string>) => ReadonlySet<string>) => void;
}

/** Adding, moving with the focus kept on the button pressed, removing after confirmation. */
function useListActions<K extends ListKind>(config: RecordListConfig<K>, commitmentId: string, setExpanded: ListSectionProps['setExpanded']) {
  const { recordType, firstField, create } = config;
  // Widened: i18next types a key only when it is not generic (ui.editor.milestones.* and .indicators.* have the same keys).
  const kind: ListKind = config.kind;
  const { t } = useTranslation();
  const { session, announce } = useEditor();
  const notify = useNotify();
  const [adding, setAdding] = useState(false);
  const [toRemove, setToRemove] = useState<{ id: string; title: string } | null>(null);
  const [removing, setRemoving] = useState(false);
  const refocus = useRef<string | null>(null);
  const list: readonly ListRecord<K>[] = useSession((s) => s.commitment[config.kind]);

  // After a move React may re-insert the card's DOM node, which drops focus: put it back on the same
  // button — or, when the record now stands at the end it moved towards, on the other move button, as
  // that one is now off — and keep it in view.
  useLayoutEffect(() => {
    if (!refocus.current) return;
    const pressed = document.getElementById(refocus.current);
    refocus.current = null;
    const other = pressed && isOff(pressed) ? otherMoveButtonId(pressed.id) : null;
    const sibling = other ? document.getElementById(other) : null;
    const target = sibling && !isOff(sibling) ? sibling : pressed;
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'nearest' });
  });
  // Where the focus goes once the removal dialog has closed: the card that took the removed one's place.
  const afterRemoval = useRef<string | null>(null);

  const onToggle = useCallback((id: string) => setExpanded(kind, (cur) => toggleExpanded(cur, id)), [kind, setExpanded]);

  const onMove = useCallback(
    (id: string, delta: -1 | 1) => {
      const pending = session.move(kind, id, delta);
      if (!pending) return;
      const items = session.getSnapshot().commitment[kind];
      refocus.current = moveButtonId(kind, id, delta);
      announce(t(`ui.editor.${kind}.moved`, { position: positionOf(items, id), count: items.length }));
      void pending.then((r) => {
        if (!r.ok) notify(r.error);
      });
    },
    [session, kind, announce, t, notify],
  );

  const onRemove = useCallback(
    (id: string) => {
      afterRemoval.current = null;
      setToRemove({ id, title: t(`ui.editor.${kind}.heading`, { n: positionOf(session.getSnapshot().commitment[kind], id) }) });
    },
    [session, kind, t],
  );

  const confirmRemove = async () => {
    if (!toRemove) return;
    const index = positionOf(session.getSnapshot().commitment[kind], toRemove.id) - 1;
    setRemoving(true);
    const r = await session.remove(kind, toRemove.id);
    setRemoving(false);
    setToRemove(null);
    if (!r.ok) {
      notify(r.error);
      return;
    }
    announce(t(`ui.editor.${kind}.removed`));
    const next = focusAfterRemoval(session.getSnapshot().commitment[kind], index);
    afterRemoval.current = next ? cardPartId(cardDomId(kind, next), 'toggle') : addButtonId(kind, commitmentId);
  };

  const add = async () => {
    if (adding) return;
    setAdding(true);
    const r = await create(session);
    setAdding(false);
    if (!r.ok) {
      notify(r.error);
      return;
    }
    const id = r.value.id;
    setExpanded(kind, (cur) => new Set(cur).add(id));
    announce(t(`ui.editor.${kind}.added`));
    // The card opens on React's next commit; focusField waits for its first input.
    void focusField({ recordType, recordId: id, field: firstField, lang: 'sq' });
  };

  const dialog = (
    <ConfirmDeleteDialog
      title={toRemove?.title ?? null}
      heading={t(`ui.editor.${kind}.confirmTitle`)}
      body={t(`ui.editor.${kind}.confirmBody`, { title: toRemove?.title ?? '' })}
      busy={removing}
      onConfirm={() => void confirmRemove()}
      onCancel={() => setToRemove(null)}
      returnFocus={() => (afterRemoval.current ? document.getElementById(afterRemoval.current) : null)}
    />
  );

  return { list, adding, add, onToggle, onMove, onRemove, dialog };
}

/**
 * The list: its bar (Add, any `extra` actions, Expand/Collapse all), the
 * cards or a sentence saying there are none yet, and the removal dialog.
 * Read-only (another institution's commitment): no Add, no card actions.
 */
export function RecordList<K extends ListKind>({ config, commitmentId, expanded, setExpanded, extra }: ListSectionProps & { config: RecordListConfig<K>; extra?: ReactNode }) {
  const kind: ListKind = config.kind;
  const { t } = useTranslation();
  const styles = useStyles();
  const { editable } = useEditor();
  const { list, adding, add, onToggle, onMove, onRemove, dialog } = useListActions(config, commitmentId, setExpanded);
  const allOpen = allExpanded(list, expanded);
  const tips = useCardTips();
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        {editable && (
          <Button id={addButtonId(kind, commitmentId)} appearance="primary" icon={adding ? <Spinner size="tiny" /> : <AddRegular />} disabledFocusable={adding} onClick={() => void add()}>
            {t(`ui.editor.${kind}.add`)}
          </Button>
        )}
        {extra}
        <span className={styles.spacer} />
        {list.length > 0 && (
          <Button appearance="subtle" onClick={() => startTransition(() => setExpanded(kind, () => expandAll(list, !allOpen)))} aria-expanded={allOpen}>
            {t(allOpen ? 'ui.editor.collapseAll' : 'ui.editor.expandAll')}
          </Button>
        )}
      </div>
      {list.length === 0 ? (
        <Text className={styles.empty}>{t(`ui.editor.${kind}.empty`)}</Text>
      ) : (
        <ol className={styles.list} aria-label={t(`model.commitmentSection.${kind}`)} {...tips.handlers}>
          {list.map((x, i) => (
            <RecordItem
              key={x.id}
              config={config}
              record={x}
              index={i}
              count={list.length}
              expanded={expanded.has(x.id)}
              editable={editable}
              domId={cardDomId(kind, x.id)}
              onToggle={onToggle}
              onMove={onMove}
              onRemove={onRemove}
            />
          ))}
        </ol>
      )}
      {tips.tooltip}
      {dialog}
    </div>
  );
}

type ItemProps<K extends ListKind> = Pick<RecordCardProps, 'index' | 'count' | 'expanded' | 'editable' | 'domId' | 'onToggle' | 'onMove' | 'onRemove'> & {
  config: RecordListConfig<K>;
  record: ListRecord<K>;
};

function RecordItemOf<K extends ListKind>({ config, record, index, count, ...rest }: ItemProps<K>) {
  const { Meta, Form } = config;
  const kind: ListKind = config.kind;
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const labels = useMemo<RecordCardLabels>(
    () => ({
      heading: t(`ui.editor.${kind}.heading`, { n: index + 1 }),
      untitled: t(`ui.editor.${kind}.untitled`),
      moveUp: t(`ui.editor.${kind}.moveUp`, { n: index + 1 }),
      moveDown: t(`ui.editor.${kind}.moveDown`, { n: index + 1 }),
      remove: t(`ui.editor.${kind}.remove`, { n: index + 1 }),
    }),
    [t, kind, index],
  );
  const renderBody = useCallback(() => <Form id={record.id} />, [Form, record.id]);
  return (
    <RecordCard
      id={record.id}
      index={index}
      count={count}
      labels={labels}
      summary={pickText(config.summary(record), lang)}
      meta={<Meta record={record} />}
      renderBody={renderBody}
      {...rest}
    />
  );
}
// memo() drops the type parameter; the cast gives it back.
const RecordItem = memo(RecordItemOf) as typeof RecordItemOf;
