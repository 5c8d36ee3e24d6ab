// The pure part of the milestone and indicator lists: the ids the focus goes
// back to after a move, a removal or an add, and the open/closed cards.
import { describe, expect, it } from 'vitest';
import { fieldDomId, parseFieldKey } from '../../../renderer/src/lib/field-key';
import {
  addButtonId,
  allExpanded,
  cardDomId,
  cardPartId,
  expandAll,
  focusAfterRemoval,
  moveButtonId,
  otherMoveButtonId,
  positionOf,
  toggleExpanded,
} from '../../../renderer/src/editor/record-list';

const list = (...ids: string[]) => ids.map((id) => ({ id }));

describe('card ids', () => {
  it('keeps milestones and indicators apart and names each part of a card', () => {
    expect(cardDomId('milestones', 'a1')).toBe('milestones-a1');
    expect(cardDomId('indicators', 'a1')).toBe('indicators-a1');
    expect(cardPartId(cardDomId('milestones', 'a1'), 'toggle')).toBe('milestones-a1-toggle');
    expect(cardPartId(cardDomId('indicators', 'a1'), 'body')).toBe('indicators-a1-body');
  });

  it('sends the focus back to the button that was pressed: up for -1, down for +1', () => {
    expect(moveButtonId('milestones', 'm2', -1)).toBe(cardPartId(cardDomId('milestones', 'm2'), 'up'));
    expect(moveButtonId('indicators', 'i1', 1)).toBe(cardPartId(cardDomId('indicators', 'i1'), 'down'));
  });

  it('names the other move button of the same card, for when the one pressed is now off', () => {
    expect(otherMoveButtonId(moveButtonId('milestones', 'm2', 1))).toBe(moveButtonId('milestones', 'm2', -1));
    expect(otherMoveButtonId(moveButtonId('indicators', 'i1', -1))).toBe(moveButtonId('indicators', 'i1', 1));
    expect(otherMoveButtonId(cardPartId(cardDomId('milestones', 'm2'), 'remove'))).toBeNull();
  });

  it('gives the Add button the id of the commitment field a finding links to', () => {
    const id = addButtonId('milestones', 'c-1');
    expect(id).toBe(fieldDomId({ recordType: 'commitment', recordId: 'c-1', field: 'milestones', lang: null }));
    // The same id a "no milestones yet" finding's field key resolves to.
    expect(fieldDomId(parseFieldKey('commitment:c-1:milestones:-')!)).toBe(id);
    expect(addButtonId('indicators', 'c-1')).not.toBe(id);
  });
});

describe('positions', () => {
  it('counts from 1, and 0 for a record that is not in the list', () => {
    expect(positionOf(list('a', 'b', 'c'), 'a')).toBe(1);
    expect(positionOf(list('a', 'b', 'c'), 'c')).toBe(3);
    expect(positionOf(list('a', 'b'), 'z')).toBe(0);
  });
});

describe('focus after a removal', () => {
  it('goes to the card that took the removed one’s place', () => {
    // "b" stood at index 1 of a, b, c.
    expect(focusAfterRemoval(list('a', 'c'), 1)).toBe('c');
    expect(focusAfterRemoval(list('b', 'c'), 0)).toBe('b');
  });

  it('goes to the card before when the last one was removed', () => {
    expect(focusAfterRemoval(list('a', 'b'), 2)).toBe('b');
  });

  it('leaves it to the Add button when the list is empty or the record was not found', () => {
    expect(focusAfterRemoval([], 0)).toBeNull();
    expect(focusAfterRemoval(list('a', 'b'), -1)).toBeNull();
  });
});

describe('open and closed cards', () => {
  it('opens a closed card and closes an open one, leaving the others and the input as they were', () => {
    const before: ReadonlySet<string> = new Set(['a']);
    const opened = toggleExpanded(before, 'b');
    expect([...opened].sort()).toEqual(['a', 'b']);
    expect([...toggleExpanded(opened, 'a')]).toEqual(['b']);
    expect([...before]).toEqual(['a']);
  });

  it('offers "Collapse all" only when there are cards and every one is open', () => {
    expect(allExpanded([], new Set())).toBe(false);
    expect(allExpanded(list('a', 'b'), new Set(['a']))).toBe(false);
    expect(allExpanded(list('a', 'b'), new Set(['a', 'b', 'gone']))).toBe(true);
  });

  it('"Expand all" opens exactly the list’s cards, "Collapse all" none', () => {
    expect([...expandAll(list('a', 'b'), true)]).toEqual(['a', 'b']);
    expect(expandAll(list('a', 'b'), false).size).toBe(0);
  });
});
