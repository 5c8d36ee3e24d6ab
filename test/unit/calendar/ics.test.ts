// The .ics writer's two primitives against RFC 5545: TEXT escaping, and
// lines folded at 75 octets without cutting a UTF-8 character.
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../../electron/services/calendar/ics';

describe('ics', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets and never inside a character', () => {
    const long = `SUMMARY:${'ë'.repeat(60)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(foldLine('short')).toBe('short');
  });
  // The events themselves are read back by ical.js in ics-parsed.test.ts.
});
