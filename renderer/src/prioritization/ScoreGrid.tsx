// One scorer's score sheet, typed in like a spreadsheet: an ARIA grid of the
// round's ideas (rows) by its criteria (columns) with one focusable cell at a
// time. Arrows, Home/End, Tab and Enter move; a digit starts typing into the
// cell, F2 edits it, Enter/Tab/arrows save it, Escape gives it up, Delete
// clears it; Shift+F2 goes to the cell's comment. A value the scale does not
// allow is refused at the cell with its message, and what was typed stays in
// the cell until it is put right (nothing typed is lost).
import { Button, Input, Label, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import { scoreProblem } from '../../../shared/cocreation/prioritization';
import { useLanguage } from '../hooks/useLanguage';
import { describeError } from '../lib/describe-error';
import { useSharedStyles } from '../lib/styles';
import type { CellRef } from './useRound';
import { textIn } from './text';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  grid: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300, minWidth: '100%' },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: 'center',
    verticalAlign: 'bottom',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: '78px',
    maxWidth: '120px',
  },
  sub: { display: 'block', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  // The idea stays in view while the criteria scroll sideways.
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: '200px',
    maxWidth: '320px',
  },
  cell: {
    textAlign: 'center',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    height: '32px',
    padding: 0,
    position: 'relative',
    cursor: 'cell',
    ':focus': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  active: { backgroundColor: tokens.colorBrandBackground2 },
  invalid: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  commented: {
    '::after': { content: '""', position: 'absolute', top: 0, right: 0, borderTop: `7px solid ${tokens.colorPaletteMarigoldBorderActive}`, borderLeft: '7px solid transparent' },
  },
  input: { width: '100%', height: '30px', border: 'none', textAlign: 'center', font: 'inherit', backgroundColor: tokens.colorNeutralBackground1, ':focus': { outline: 'none' } },
  below: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  message: { color: tokens.colorPaletteRedForeground1, minHeight: '1.4em', margin: 0 },
  comment: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  commentInput: { minWidth: '320px', flexGrow: 1 },
  help: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
});

interface Props {
  view: RoundView;
  scorer: string;
  editable: boolean;
  onScore(cell: CellRef, value: number | null, comment?: string): Promise<AppErrorDto | null>;
}

const keyOf = (ideaId: string, criterionId: string) => `${ideaId}\u0000${criterionId}`;

type Score = RoundView['round']['scores'][number];
interface RowHandlers {
  move(r: number, c: number): void;
  onCellKey(e: KeyboardEvent<HTMLTableCellElement>, r: number, c: number): void;
  onInputKey(e: globalThis.KeyboardEvent, input: HTMLInputElement, r: number, c: number): void;
  startEditing(text: string): void;
  leaveInput(ideaId: string, criterionId: string, text: string): void;
  register(key: string, el: HTMLTableCellElement | null): void;
}
interface RowProps {
  idea: RoundView['ideas'][number];
  r: number;
  criteria: RoundView['round']['criteria'];
  /** The active cell's column when it is in this row, else -1. */
  activeCol: number;
  /** What the active cell's box holds while it is being typed in (this row only). */
  editing: string | null;
  mine: ReadonlyMap<string, Score>;
  refused: ReadonlyMap<string, { text: string; message: string }>;
  editable: boolean;
  gridId: string;
  /** Everything this row shows, as one string: the row re-renders only when it changes. */
  signature: string;
  handlers: { readonly current: RowHandlers };
}

const GridRow = memo(
  function GridRow({ idea: i, r, criteria, activeCol, editing, mine, refused, gridId, handlers }: RowProps) {
    const { t } = useTranslation();
    const { lang } = useLanguage();
    const styles = useStyles();
    const shared = useSharedStyles();
    const h = () => handlers.current;
    return (
      <tr role="row">
        <th role="rowheader" scope="row" className={styles.rowHead}>
          {textIn(i.title, lang) || t('prioritization.decisions.untitled')}
        </th>
        {criteria.map((c, ci) => {
          const key = keyOf(i.id, c.id);
          const here = ci === activeCol;
          const bad = refused.get(key);
          const saved = mine.get(key);
          const isEditing = here && editing !== null;
          return (
            <td
              key={c.id}
              role="gridcell"
              ref={(el) => h().register(key, el)}
              tabIndex={here && !isEditing ? 0 : -1}
              aria-selected={here}
              aria-invalid={bad ? true : undefined}
              aria-describedby={bad && here ? `${gridId}-message` : undefined}
              className={mergeClasses(styles.cell, here && styles.active, bad && styles.invalid, saved?.comment && styles.commented)}
              onClick={() => (here ? undefined : h().move(r, ci))}
              onDoubleClick={() => h().startEditing(bad?.text ?? (saved ? String(saved.value) : ''))}
              onKeyDown={(e) => (isEditing ? undefined : h().onCellKey(e, r, ci))}
            >
              {isEditing ? (
                <input
                  autoFocus
                  className={styles.input}
                  aria-label={t('prioritization.grid.cellLabel', { idea: textIn(i.title, lang), criterion: textIn(c.name, lang) })}
                  defaultValue={editing}
                  // A native listener: the keys that leave the cell (Tab above all) must be handled before anything else sees them.
                  ref={(el) => {
                    if (el) el.onkeydown = (e) => h().onInputKey(e, el, r, ci);
                  }}
                  // Leaving the cell by mouse saves too: nothing typed is lost.
                  onBlur={(e) => h().leaveInput(i.id, c.id, e.currentTarget.value)}
                />
              ) : (
                <>
                  {bad ? bad.text : saved ? saved.value : ''}
                  {saved?.comment && <span className={shared.visuallyHidden}>{` · ${t('prioritization.grid.comment')}: ${saved.comment}`}</span>}
                </>
              )}
            </td>
          );
        })}
      </tr>
    );
  },
  (a, b) => a.signature === b.signature && a.idea === b.idea && a.r === b.r && a.criteria === b.criteria && a.editable === b.editable && a.gridId === b.gridId,
);

export function ScoreGrid({ view, scorer, editable, onScore }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const gridId = useId();
  const { ideas } = view;
  const { criteria, scale } = view.round;
  const [active, setActive] = useState({ row: 0, col: 0 });
  const [editing, setEditing] = useState<string | null>(null);
  const [refused, setRefused] = useState<ReadonlyMap<string, { text: string; message: string }>>(new Map());
  const cells = useRef(new Map<string, HTMLTableCellElement>());

  const mine = useMemo(() => new Map(view.round.scores.filter((s) => s.scorer === scorer).map((s) => [keyOf(s.ideaId, s.criterionId), s])), [view.round.scores, scorer]);
  const row = Math.min(active.row, Math.max(0, ideas.length - 1));
  const col = Math.min(active.col, Math.max(0, criteria.length - 1));
  const idea = ideas[row];
  const criterion = criteria[col];
  const activeKey = idea && criterion ? keyOf(idea.id, criterion.id) : '';
  const activeScore = mine.get(activeKey);
  const [comment, setComment] = useState('');
  useEffect(() => setComment(activeScore?.comment ?? ''), [activeKey, activeScore?.comment]);
  // A new scorer's sheet starts clean: refusals belong to the sheet they were typed in.
  useEffect(() => setRefused(new Map()), [scorer]);

  // The new cell is rendered and focused before the browser handles the next key: a fast typist's next digit must reach it.
  const move = useCallback(
    (r: number, c: number) => {
      const next = { row: Math.max(0, Math.min(ideas.length - 1, r)), col: Math.max(0, Math.min(criteria.length - 1, c)) };
      flushSync(() => {
        setEditing(null);
        setActive(next);
      });
      const i = ideas[next.row];
      const k = criteria[next.col];
      if (i && k) cells.current.get(keyOf(i.id, k.id))?.focus();
    },
    [ideas, criteria],
  );

  const setRefusal = (key: string, value: { text: string; message: string } | null) =>
    setRefused((m) => {
      const next = new Map(m);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  /** Why typed text cannot be a score on this scale, in words; null when it can (or is empty). */
  const refusal = (raw: string): string | null => {
    const text = raw.trim();
    if (text === '') return null;
    const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
    const problem = Number.isNaN(value) ? 'score-not-whole' : scoreProblem(value, scale);
    return problem ? t(problem === 'score-outside-scale' ? 'prioritization.grid.outside' : 'prioritization.grid.notWhole', { value: text, ...scale }) : null;
  };

  /** Saves what was typed into a cell, or keeps it there with the reason it was refused. */
  const commit = async (ideaId: string, criterionId: string, raw: string) => {
    const key = keyOf(ideaId, criterionId);
    const text = raw.trim();
    const saved = mine.get(key);
    if (text === '') {
      setRefusal(key, null);
      if (saved) await onScore({ ideaId, criterionId, scorer }, null);
      return;
    }
    const problem = refusal(text);
    if (problem) {
      setRefusal(key, { text, message: problem });
      return;
    }
    const value = Number(text);
    setRefusal(key, null);
    if (saved?.value === value) return;
    const error = await onScore({ ideaId, criterionId, scorer }, value);
    if (error) setRefusal(key, { text, message: describeError(t, error) });
  };

  const onCellKey = (e: KeyboardEvent<HTMLTableCellElement>, r: number, c: number) => {
    const last = criteria.length - 1;
    switch (e.key) {
      case 'ArrowUp':
        return (e.preventDefault(), move(r - 1, c));
      case 'ArrowDown':
        return (e.preventDefault(), move(r + 1, c));
      case 'ArrowLeft':
        return (e.preventDefault(), move(r, c - 1));
      case 'ArrowRight':
        return (e.preventDefault(), move(r, c + 1));
      case 'Home':
        return (e.preventDefault(), move(e.ctrlKey ? 0 : r, 0));
      case 'End':
        return (e.preventDefault(), move(e.ctrlKey ? ideas.length - 1 : r, last));
      case 'Enter':
        return (e.preventDefault(), move(e.shiftKey ? r - 1 : r + 1, c));
      case 'Tab': {
        // Across the row, then on to the next one; past either end the focus leaves the grid.
        const next = e.shiftKey ? (c > 0 ? [r, c - 1] : [r - 1, last]) : c < last ? [r, c + 1] : [r + 1, 0];
        if (next[0]! < 0 || next[0]! >= ideas.length) return;
        e.preventDefault();
        return move(next[0]!, next[1]!);
      }
      case 'F2':
        e.preventDefault();
        if (e.shiftKey) return document.getElementById(`${gridId}-comment`)?.focus();
        if (editable) setEditing(refused.get(activeKey)?.text ?? (activeScore ? String(activeScore.value) : ''));
        return;
      case 'Delete':
      case 'Backspace':
        if (!editable) return;
        e.preventDefault();
        return void commit(ideas[r]!.id, criteria[c]!.id, '');
    }
    if (editable && !e.ctrlKey && !e.metaKey && !e.altKey && /^[0-9.,-]$/.test(e.key)) {
      e.preventDefault();
      setEditing(e.key);
    }
  };

  const onInputKey = (e: globalThis.KeyboardEvent, input: HTMLInputElement, r: number, c: number) => {
    const text = input.value;
    const done = (nr: number, nc: number) => {
      e.preventDefault();
      void commit(ideas[r]!.id, criteria[c]!.id, text);
      // A refused value keeps the cell, as a spreadsheet's validation does.
      if (refusal(text)) move(r, c);
      else move(nr, nc);
    };
    const last = criteria.length - 1;
    if (e.key === 'Enter') done(e.shiftKey ? r - 1 : r + 1, c);
    else if (e.key === 'Tab') done(...((e.shiftKey ? (c > 0 ? [r, c - 1] : [r - 1, last]) : c < last ? [r, c + 1] : [r + 1, 0]) as [number, number]));
    else if (e.key === 'ArrowUp') done(r - 1, c);
    else if (e.key === 'ArrowDown') done(r + 1, c);
    else if (e.key === 'Escape') {
      e.preventDefault();
      move(r, c);
    }
  };

  // The rows are memoised (500 ideas × 8 criteria is 4,000 cells, and every key that moves re-renders the grid):
  // they call the latest handlers through this ref, and re-render only when their own cells change.
  const handlers = useRef<RowHandlers>(null as unknown as RowHandlers);
  handlers.current = {
    move,
    onCellKey,
    onInputKey,
    startEditing: (text) => editable && setEditing(text),
    leaveInput: (ideaId, criterionId, text) => {
      setEditing(null);
      void commit(ideaId, criterionId, text);
    },
    register: (key, el) => {
      if (el) cells.current.set(key, el);
      else cells.current.delete(key);
    },
  };

  if (ideas.length === 0) return <p>{t('prioritization.grid.noIdeas')}</p>;
  // Every cell still holding a refused value says so, the active one first.
  const name = (ideaId: string, criterionId: string) =>
    `${textIn(ideas.find((i) => i.id === ideaId)?.title ?? { sq: '', en: '' }, lang)}, ${textIn(criteria.find((c) => c.id === criterionId)?.name ?? { sq: '', en: '' }, lang)}`;
  const messages = [...refused]
    .sort(([a], [b]) => (a === activeKey ? -1 : b === activeKey ? 1 : 0))
    .map(([key, r]) => {
      const [ideaId, criterionId] = key.split('\u0000') as [string, string];
      return { key, text: key === activeKey ? r.message : `${name(ideaId, criterionId)}: ${r.message}` };
    });
  const label = t('prioritization.grid.label', { scorer });
  return (
    <div>
      <p id={`${gridId}-help`} className={styles.help}>
        {t('prioritization.grid.help')}
      </p>
      <div className={styles.wrap}>
        <table role="grid" aria-label={label} aria-describedby={`${gridId}-help`} aria-readonly={!editable || undefined} className={styles.grid}>
          <thead>
            <tr role="row">
              <th role="columnheader" className={styles.head} style={{ textAlign: 'left', position: 'sticky', left: 0, zIndex: 1 }}>
                {t('prioritization.grid.idea')}
              </th>
              {criteria.map((c) => (
                <th key={c.id} role="columnheader" className={styles.head} title={textIn(c.description, lang)}>
                  {textIn(c.name, lang)}
                  <span className={styles.sub}>{c.gate ? t('prioritization.criteria.gate') : `${Math.round(c.weight * 1000) / 10} %`}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ideas.map((i, r) => {
              const activeCol = r === row ? col : -1;
              const signature = [
                activeCol,
                activeCol >= 0 ? (editing ?? '\u0001') : '',
                ...criteria.map((c) => {
                  const key = keyOf(i.id, c.id);
                  const saved = mine.get(key);
                  return `${saved?.value ?? ''}\u0002${saved?.comment ?? ''}\u0002${refused.get(key)?.text ?? '\u0003'}`;
                }),
              ].join('\u0000');
              return (
                <GridRow
                  key={i.id}
                  idea={i}
                  r={r}
                  criteria={criteria}
                  activeCol={activeCol}
                  editing={activeCol >= 0 ? editing : null}
                  mine={mine}
                  refused={refused}
                  editable={editable}
                  gridId={gridId}
                  signature={signature}
                  handlers={handlers}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={styles.below}>
        <div id={`${gridId}-message`} className={styles.message} role="status">
          {messages.map((m) => (
            <p key={m.key} style={{ margin: 0 }}>
              {m.text}
            </p>
          ))}
        </div>
        {idea && criterion && (
          <div className={styles.comment}>
            <div className={styles.commentInput}>
              <Label htmlFor={`${gridId}-comment`}>{t('prioritization.grid.commentFor', { idea: textIn(idea.title, lang), criterion: textIn(criterion.name, lang) })}</Label>
              <Input
                id={`${gridId}-comment`}
                value={comment}
                disabled={!editable || !activeScore}
                onChange={(_, d) => setComment(d.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && activeScore) void onScore({ ideaId: idea.id, criterionId: criterion.id, scorer }, activeScore.value, comment);
                  if (e.key === 'Escape') cells.current.get(activeKey)?.focus();
                }}
                onBlur={() => activeScore && comment !== activeScore.comment && void onScore({ ideaId: idea.id, criterionId: criterion.id, scorer }, activeScore.value, comment)}
                style={{ width: '100%' }}
              />
            </div>
            {editable && !activeScore && <p className={styles.help}>{t('prioritization.grid.commentNeedsValue')}</p>}
            {editable && activeScore && (
              <Button onClick={() => void onScore({ ideaId: idea.id, criterionId: criterion.id, scorer }, activeScore.value, comment)}>{t('prioritization.grid.commentSave')}</Button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
