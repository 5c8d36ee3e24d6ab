// The reference-data screen's drafts: kept across a new store on the same
// storage (a reload), forgotten once saved or discarded, and a damaged entry
// in storage read as nothing kept rather than trusted.
import { describe, expect, it } from 'vitest';
import { ReferenceDrafts } from '../../../renderer/src/reference/drafts';

function storage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

const NAIS = { code: 'NAIS', acronym: { sq: 'AKSHI', en: 'NAIS' }, name: { sq: 'Agjencia Kombëtare e Shoqërisë së Informacionit (AKSHI)', en: 'National Agency' }, type: 'agency' };

describe('ReferenceDrafts', () => {
  it('keeps a draft through a reload until it is cleared', () => {
    const s = storage();
    const a = new ReferenceDrafts(s);
    let heard = 0;
    a.subscribe(() => heard++);
    a.set('institution:NAIS', NAIS);
    expect(heard).toBe(1);
    const b = new ReferenceDrafts(s);
    expect(b.get('institution:NAIS')).toEqual(NAIS);
    b.clear('institution:NAIS');
    expect(new ReferenceDrafts(s).has('institution:NAIS')).toBe(false);
    expect(s.length).toBe(0);
  });

  it('reads damaged storage as nothing kept', () => {
    const s = storage();
    s.setItem('plani.reference-drafts', '{"institution:NAIS": {"code": 5}}');
    expect(new ReferenceDrafts(s).has('institution:NAIS')).toBe(false);
    s.setItem('plani.reference-drafts', 'not json');
    expect(new ReferenceDrafts(s).has('institution:NAIS')).toBe(false);
  });
});
