// The window comes back where it was: its normal (not maximized) bounds and
// whether it was maximized, kept in <userData>/window-state.json. Pure
// decisions plus two small file functions, so Node tests cover all of it;
// index.ts only hands over Electron's displays and the window's bounds.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState extends Rect {
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_SIZE = { width: 1024, height: 640 };
/** How much of the title bar must be on a screen for the saved place to be used. */
const VISIBLE = { width: 120, height: 40 };

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 100_000;

/** A saved state, or null for anything else (missing fields, strings, absurd sizes). */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isInt(v.x) || !isInt(v.y) || !isInt(v.width) || !isInt(v.height) || v.width <= 0 || v.height <= 0) return null;
  return { x: v.x, y: v.y, width: v.width, height: v.height, maximized: v.maximized === true };
}

const overlap = (a: Rect, b: Rect) => ({
  width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
  height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
});

/**
 * Where the window opens: the saved place when its top strip is on one of
 * the screens now attached (a monitor unplugged since leaves it elsewhere),
 * shrunk to that screen's work area; null (Electron centres the default
 * size) when no screen shows it.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowState | null {
  if (saved === null) return null;
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(saved.height, VISIBLE.height) };
  const area = workAreas.find((a) => {
    const o = overlap(titleBar, a);
    return o.width >= Math.min(VISIBLE.width, saved.width) && o.height >= Math.min(VISIBLE.height, saved.height);
  });
  if (!area) return null;
  const width = Math.max(Math.min(saved.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(Math.min(saved.height, area.height), Math.min(MIN_SIZE.height, area.height));
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}

export function readWindowState(userDataDir: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(join(userDataDir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/** Written whole (temporary file, then rename); a failure only means the next start uses the default place. */
export function writeWindowState(userDataDir: string, state: WindowState): void {
  const file = join(userDataDir, WINDOW_STATE_FILE);
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch {
    // Not worth interrupting the close for.
  }
}
