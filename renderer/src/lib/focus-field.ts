// Takes a person to one field of the open editor: expands the section or
// the milestone/indicator card that holds it, scrolls the input into view
// and puts the cursor in it. Used by the editor itself (a route's `focus`,
// undo/redo) and by the quality panel and search (a finding or a hit).
import { fieldDomId, type FieldRef } from './field-key';

/** Something that can make a field's input exist on screen (opens a collapsed section or card). */
export type FieldRevealer = (ref: FieldRef) => void;

const revealers = new Set<FieldRevealer>();

/** The open editor registers how to reveal its fields; the returned function unregisters. */
export function registerFieldRevealer(revealer: FieldRevealer): () => void {
  revealers.add(revealer);
  return () => revealers.delete(revealer);
}

/**
 * The DOM ids that could hold the field, best first: the exact field and
 * language; for a bilingual field named without a language, Albanian then
 * English; then any input whose field path starts with the one asked for
 * ("budget" → "budget.amount").
 */
function candidates(ref: FieldRef): string[] {
  const ids = [fieldDomId(ref)];
  if (ref.lang === null) ids.push(fieldDomId({ ...ref, lang: 'sq' }), fieldDomId({ ...ref, lang: 'en' }));
  else ids.push(fieldDomId({ ...ref, lang: null }));
  return ids;
}

function findInput(ref: FieldRef, doc: Document): HTMLElement | null {
  for (const id of candidates(ref)) {
    const el = doc.getElementById(id);
    if (el) return el;
  }
  // A parent path ("contact") or a list field ("targets") whose inputs carry a longer path.
  const prefix = fieldDomId({ ...ref, lang: null }).replace(/-x$/, '_');
  return doc.querySelector<HTMLElement>(`[id^="${CSS.escape(prefix)}"]`);
}

function scrollAndFocus(el: HTMLElement): void {
  el.scrollIntoView({ block: 'center', behavior: 'auto' });
  el.focus({ preventScroll: true });
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Scrolls the field's input into view and focuses it, revealing it first if
 * it sits in a collapsed section or card. Resolves to whether it was found.
 */
export async function focusField(ref: FieldRef, doc: Document = document): Promise<boolean> {
  const shown = (el: HTMLElement | null): el is HTMLElement => el !== null && !el.closest('[hidden], [inert], [aria-hidden="true"]');
  let el = findInput(ref, doc);
  if (!shown(el)) {
    for (const reveal of revealers) reveal(ref);
    // React renders a revealed card on its next commit (a section still mounting, a moment later): wait up to ~1 s.
    for (let i = 0; i < 60 && !shown(el); i++) {
      await nextFrame();
      el = findInput(ref, doc);
    }
  }
  if (!shown(el)) return false;
  scrollAndFocus(el);
  return true;
}
