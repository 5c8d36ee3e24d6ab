// The search snippet's match markers become text segments (rendered as
// <mark>, never as HTML), whatever a snippet cut at a fixed length looks like.
import { describe, expect, it } from 'vitest';
import { isEditableTarget, parseSnippet, snippetText } from '../../../renderer/src/search/snippet';

const S = '\u0002';
const E = '\u0003';

describe('parseSnippet', () => {
  it('splits plain and matched text', () => {
    expect(parseSnippet(`…rritja e ${S}përfshirjes${E} së qytetarëve në ${S}vendimmarrje${E}`)).toEqual([
      { text: '…rritja e ', match: false },
      { text: 'përfshirjes', match: true },
      { text: ' së qytetarëve në ', match: false },
      { text: 'vendimmarrje', match: true },
    ]);
  });

  it('handles a snippet without markers, and an empty one', () => {
    expect(parseSnippet('pa përputhje')).toEqual([{ text: 'pa përputhje', match: false }]);
    expect(parseSnippet('')).toEqual([]);
  });

  it('drops empty matches and merges neighbours of the same kind', () => {
    expect(parseSnippet(`a${S}${E}b${S}c${E}${S}d${E}`)).toEqual([
      { text: 'ab', match: false },
      { text: 'cd', match: true },
    ]);
  });

  it('tolerates markers cut off by the snippet length', () => {
    // The start was cut: the stray end closes nothing.
    expect(parseSnippet(`jes${E} në plan`)).toEqual([{ text: 'jes në plan', match: false }]);
    // The end was cut: the match runs to the end.
    expect(parseSnippet(`në ${S}transpar`)).toEqual([
      { text: 'në ', match: false },
      { text: 'transpar', match: true },
    ]);
    // A repeated start counts once.
    expect(parseSnippet(`${S}a${S}b${E}c`)).toEqual([
      { text: 'ab', match: true },
      { text: 'c', match: false },
    ]);
  });

  it('keeps markup as text', () => {
    const segments = parseSnippet(`<img src=x onerror=alert(1)> ${S}<b>${E}`);
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: '<b>', match: true },
    ]);
    expect(snippetText(`a ${S}b${E} c`)).toBe('a b c');
  });
});

describe('isEditableTarget', () => {
  it('treats text inputs, text areas, selects and contenteditable as typing', () => {
    expect(isEditableTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isEditableTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isEditableTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isEditableTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isEditableTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isEditableTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });
  it('lets "/" be a shortcut elsewhere', () => {
    expect(isEditableTarget(null)).toBe(false);
    expect(isEditableTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isEditableTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isEditableTarget({ tagName: 'BODY' })).toBe(false);
  });
});
