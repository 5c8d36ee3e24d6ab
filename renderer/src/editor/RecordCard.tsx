// One milestone or indicator in its list: a heading with a disclosure button
// (number and summary), the move up / move down / remove buttons, and — only
// while expanded — the record's form. Collapsed cards render no inputs at all,
// which keeps a commitment with dozens of milestones quick to open; a closed
// card off screen is not laid out either (content-visibility), and its icon
// buttons are plain buttons drawn as Fluent's (CardAction) that share the
// list's one tooltip (card-tips.tsx).
import { Button, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, ChevronDownRegular, ChevronRightRegular, DeleteRegular } from '@fluentui/react-icons';
import { memo, type ReactNode } from 'react';
import type { Lang } from '../../../shared/model/primitives';
import { CardAction } from './CardAction';
import { cardPartId } from './record-list';

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Laid out and painted only near the viewport; 42px stands in for its height until then.
  cardClosed: { contentVisibility: 'auto', containIntrinsicSize: 'auto 42px' },
  cardOpen: { ...shorthands.borderColor(tokens.colorNeutralStroke1), boxShadow: tokens.shadow2 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, minHeight: '40px' },
  heading: { margin: 0, flexGrow: 1, minWidth: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
  toggle: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  toggleText: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, minWidth: 0 },
  number: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap', flexShrink: 0 },
  summary: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  empty: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  meta: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexShrink: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', alignItems: 'center', flexShrink: 0 },
  body: { padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM}`, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

export interface RecordCardLabels {
  /** "Hapi kyç 3" */
  heading: string;
  /** Shown when the record has no summary text yet. */
  untitled: string;
  moveUp: string;
  moveDown: string;
  remove: string;
}

export interface RecordCardProps {
  id: string;
  index: number;
  count: number;
  labels: RecordCardLabels;
  summary: { value: string; lang: Lang } | null;
  meta?: ReactNode;
  expanded: boolean;
  editable: boolean;
  /** DOM id prefix of the card's buttons (the list refocuses them after a move). */
  domId: string;
  onToggle: (id: string) => void;
  onMove: (id: string, delta: -1 | 1) => void;
  onRemove: (id: string) => void;
  /** The form, rendered only while expanded. */
  renderBody: () => ReactNode;
}

export const RecordCard = memo(function RecordCard({
  id,
  index,
  count,
  labels,
  summary,
  meta,
  expanded,
  editable,
  domId,
  onToggle,
  onMove,
  onRemove,
  renderBody,
}: RecordCardProps) {
  const styles = useStyles();
  const bodyId = cardPartId(domId, 'body');
  const toggleId = cardPartId(domId, 'toggle');
  return (
    <li className={mergeClasses(styles.card, expanded ? styles.cardOpen : styles.cardClosed)} data-record-id={id}>
      <div className={styles.head}>
        <h3 className={styles.heading}>
          <Button
            id={toggleId}
            appearance="subtle"
            className={styles.toggle}
            icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={expanded}
            aria-controls={expanded ? bodyId : undefined}
            onClick={() => onToggle(id)}
          >
            <span className={styles.toggleText}>
              <span className={styles.number}>{labels.heading}</span>
              <span className={mergeClasses(styles.summary, !summary && styles.empty)} lang={summary?.lang}>
                {summary?.value ?? labels.untitled}
              </span>
            </span>
          </Button>
        </h3>
        {meta && <span className={styles.meta}>{meta}</span>}
        {editable && (
          <div className={styles.actions} role="group" aria-label={labels.heading}>
            <CardAction id={cardPartId(domId, 'up')} label={labels.moveUp} icon={<ArrowUpRegular />} off={index === 0} onPress={() => onMove(id, -1)} />
            <CardAction id={cardPartId(domId, 'down')} label={labels.moveDown} icon={<ArrowDownRegular />} off={index === count - 1} onPress={() => onMove(id, 1)} />
            <CardAction id={cardPartId(domId, 'remove')} label={labels.remove} icon={<DeleteRegular />} onPress={() => onRemove(id)} />
          </div>
        )}
      </div>
      {expanded && (
        <div id={bodyId} role="region" aria-labelledby={toggleId} className={styles.body}>
          {renderBody()}
        </div>
      )}
    </li>
  );
});
