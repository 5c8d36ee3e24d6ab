import { describe, expect, it } from 'vitest';
import { undoCommandOf } from '../../../renderer/src/lib/keys';
import { keyEvent as key } from '../../helpers/key-event';

describe('undo shortcuts', () => {
  it('reads Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z (and ⌘ on a Mac)', () => {
    expect(undoCommandOf(key('z', { ctrlKey: true }))).toBe('undo');
    expect(undoCommandOf(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoCommandOf(key('y', { ctrlKey: true }))).toBe('redo');
    expect(undoCommandOf(key('z', { metaKey: true }))).toBe('undo');
  });

  it('ignores everything else', () => {
    expect(undoCommandOf(key('z'))).toBeNull();
    expect(undoCommandOf(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(undoCommandOf(key('y', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(undoCommandOf(key('n', { ctrlKey: true }))).toBeNull();
  });
});
