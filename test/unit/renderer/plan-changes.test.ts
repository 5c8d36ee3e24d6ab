import { describe, expect, it } from 'vitest';
import { PlanChanges } from '../../../renderer/src/services/plan-changes';

describe('PlanChanges', () => {
  it('tells every listener, and no longer one that unsubscribed', () => {
    const changes = new PlanChanges();
    const heard: string[] = [];
    const stopShell = changes.subscribe(() => heard.push('shell'));
    changes.subscribe(() => heard.push('other'));
    changes.announce();
    stopShell();
    changes.announce();
    expect(heard).toEqual(['shell', 'other', 'other']);
  });

  it('lets a listener unsubscribe while it is being told', () => {
    const changes = new PlanChanges();
    let n = 0;
    const stop = changes.subscribe(() => {
      n++;
      stop();
    });
    changes.announce();
    changes.announce();
    expect(n).toBe(1);
  });
});
