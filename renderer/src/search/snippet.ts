// A search hit's snippet marks the matched words between \u0002 and \u0003.
// The renderer turns it into plain-text segments (rendered as text and
// <mark>, never as HTML), so nothing in a drafted text can inject markup.

export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export interface SnippetSegment {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Splits a snippet into alternating plain and matched segments. Tolerant of
 * what a snippet cut at a fixed length can look like: an end marker without a
 * start (the start was cut off) closes nothing, an unclosed start runs to the
 * end, and nested starts count as one. Empty segments are dropped and
 * neighbours of the same kind merged.
 */
export function parseSnippet(snippet: string): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  const push = (text: string, match: boolean) => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && last.match === match) out[out.length - 1] = { text: last.text + text, match };
    else out.push({ text, match });
  };
  let inMatch = false;
  let buf = '';
  for (const ch of snippet) {
    if (ch === MATCH_START) {
      if (!inMatch) {
        push(buf, false);
        buf = '';
        inMatch = true;
      }
    } else if (ch === MATCH_END) {
      if (inMatch) {
        push(buf, true);
        buf = '';
        inMatch = false;
      }
    } else buf += ch;
  }
  push(buf, inMatch);
  return out;
}

/** The snippet as plain text (markers removed), e.g. for an accessible name. */
export function snippetText(snippet: string): string {
  return parseSnippet(snippet)
    .map((s) => s.text)
    .join('');
}

/** Whether a key press is typed into something editable (where "/" is a character, not a shortcut). */
export function isEditableTarget(target: { tagName?: string; isContentEditable?: boolean; type?: string } | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target.type ?? 'text').toLowerCase();
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'image', 'range', 'color'].includes(type);
}
