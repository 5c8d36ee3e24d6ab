import { describe, expect, it } from 'vitest';
import { flushRegistered, onExitFlush } from '../../../renderer/src/services/autosave/exit-flush';

describe('exit flushers', () => {
  it('runs every registered flusher, even when one fails, and forgets unregistered ones', async () => {
    const ran: string[] = [];
    const offA = onExitFlush(async () => {
      ran.push('reviews');
    });
    const offB = onExitFlush(async () => {
      throw new Error('network gone');
    });
    const offC = onExitFlush(async () => {
      ran.push('other');
    });
    await flushRegistered();
    expect(ran.sort()).toEqual(['other', 'reviews']);
    offA();
    offB();
    ran.length = 0;
    await flushRegistered();
    expect(ran).toEqual(['other']);
    offC();
  });
});
