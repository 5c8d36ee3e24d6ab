// The records edited below another (a feedback framework below a report):
// leaving the record above counts their kept values too, while they are shown.
import { describe, expect, it } from 'vitest';
import { attachGroup, groupsOf } from '../../../renderer/src/editor/attached-groups';

describe('attached groups', () => {
  it('lists the record itself, then what is attached below it, until it is detached', () => {
    expect(groupsOf('report-1')).toEqual(['report-1']);
    const detach = attachGroup('report-1', 'feedback-1');
    expect(groupsOf('report-1')).toEqual(['report-1', 'feedback-1']);
    expect(groupsOf('commitment-1')).toEqual(['commitment-1']);
    detach();
    expect(groupsOf('report-1')).toEqual(['report-1']);
  });

  it('keeps a group attached while a second panel of it is still shown (a remount attaches before the old one detaches)', () => {
    const first = attachGroup('c', 'f');
    const second = attachGroup('c', 'f');
    first();
    expect(groupsOf('c')).toEqual(['c', 'f']);
    // Detaching twice counts once.
    first();
    expect(groupsOf('c')).toEqual(['c', 'f']);
    second();
    expect(groupsOf('c')).toEqual(['c']);
  });
});
