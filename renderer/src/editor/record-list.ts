// The pure part of a commitment's record lists (milestones, indicators): the
// DOM ids the list puts the focus back on after adding, moving and removing,
// which card takes the focus after a removal, and the open/closed cards.
import { fieldDomId } from '../lib/field-key';
import type { ListKind } from './session';

/** The parts of a card that carry an id: its disclosure button, its three actions, its form. */
export type CardPart = 'toggle' | 'up' | 'down' | 'remove' | 'body';

/** The prefix of every id in a card ("milestones-<id>"). */
export const cardDomId = (kind: ListKind, recordId: string): string => `${kind}-${recordId}`;

/** The card draws its parts with this and the list refocuses them with it, so the two cannot drift apart. */
export const cardPartId = (cardId: string, part: CardPart): string => `${cardId}-${part}`;

/**
 * The Add button carries the DOM id of the commitment's "milestones" /
 * "indicators" field, so that a finding such as "no milestones yet" links to
 * the button that fixes it.
 */
export const addButtonId = (kind: ListKind, commitmentId: string): string =>
  fieldDomId({ recordType: 'commitment', recordId: commitmentId, field: kind, lang: null });

/** The button a moved card's focus goes back to: the one that was pressed, now in the card's new place. */
export const moveButtonId = (kind: ListKind, recordId: string, delta: -1 | 1): string => cardPartId(cardDomId(kind, recordId), delta < 0 ? 'up' : 'down');

/** The card's other move button ("…-down" for "…-up" and back); null for any other id. */
export function otherMoveButtonId(buttonId: string): string | null {
  const m = /^(.*)-(up|down)$/.exec(buttonId);
  return m ? `${m[1]}-${m[2] === 'up' ? 'down' : 'up'}` : null;
}

/** 1-based place of a record in its list (0 when it is not there), for "moved to place 2 of 3". */
export const positionOf = (list: readonly { id: string }[], recordId: string): number => list.findIndex((x) => x.id === recordId) + 1;

/**
 * Where the focus goes once the record that stood at `removedIndex` is gone:
 * the card that took its place, else the one before it; null when the list is
 * now empty or the record was not in it (the Add button takes it then).
 */
export function focusAfterRemoval(remaining: readonly { id: string }[], removedIndex: number): string | null {
  return remaining[Math.min(removedIndex, remaining.length - 1)]?.id ?? null;
}

/** One card opened or closed. */
export function toggleExpanded(expanded: ReadonlySet<string>, recordId: string): ReadonlySet<string> {
  const next = new Set(expanded);
  if (!next.delete(recordId)) next.add(recordId);
  return next;
}

/** Whether "Collapse all" is what the list offers: there are cards and every one is open. */
export const allExpanded = (list: readonly { id: string }[], expanded: ReadonlySet<string>): boolean => list.length > 0 && list.every((x) => expanded.has(x.id));

/** "Expand all" opens every card of the list, "Collapse all" closes them. */
export const expandAll = (list: readonly { id: string }[], open: boolean): ReadonlySet<string> => (open ? new Set(list.map((x) => x.id)) : new Set());
