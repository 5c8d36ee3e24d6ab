// The window's place remembered: read back, kept on a screen that is there,
// shrunk to fit it, and forgotten when no screen shows it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWindowState, placeWindow, readWindowState, WINDOW_STATE_FILE, writeWindowState } from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('window state', () => {
  it('parses only a well-formed state', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 1200, height: 700, maximized: true })).toEqual({ x: 10, y: 20, width: 1200, height: 700, maximized: true });
    expect(parseWindowState({ x: 10, y: 20, width: 1200, height: 700 })).toMatchObject({ maximized: false });
    for (const bad of [null, 'x', { x: '1', y: 0, width: 1, height: 1 }, { x: 0, y: 0, width: 0, height: 700 }, { x: 1.5, y: 0, width: 10, height: 10 }, { x: 1e9, y: 0, width: 10, height: 10 }]) {
      expect(parseWindowState(bad)).toBeNull();
    }
  });

  it('opens where it was when that place is on a screen', () => {
    expect(placeWindow({ x: 1500, y: 50, width: 1400, height: 900, maximized: false }, [laptop, monitor])).toEqual({ x: 1500, y: 50, width: 1400, height: 900, maximized: false });
  });

  it('is shrunk to the screen and pulled inside it', () => {
    expect(placeWindow({ x: 100, y: 40, width: 1900, height: 1000, maximized: true }, [laptop])).toEqual({ x: 0, y: 0, width: 1366, height: 728, maximized: true });
  });

  it('falls back to the default place when the monitor it was on is gone, or nothing was saved', () => {
    expect(placeWindow({ x: 1500, y: 50, width: 1400, height: 900, maximized: false }, [laptop])).toBeNull();
    expect(placeWindow(null, [laptop])).toBeNull();
  });

  it('round-trips through its file, and a damaged file is ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plani-window-'));
    try {
      expect(readWindowState(dir)).toBeNull();
      writeWindowState(dir, { x: 1, y: 2, width: 1100, height: 700, maximized: false });
      expect(readWindowState(dir)).toEqual({ x: 1, y: 2, width: 1100, height: 700, maximized: false });
      writeFileSync(join(dir, WINDOW_STATE_FILE), '{broken');
      expect(readWindowState(dir)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
