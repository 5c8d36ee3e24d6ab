import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type InterchangeIssue,
  MAX_INTERCHANGE_BYTES,
  decodeInterchange,
  parseInterchange,
  readInterchangeFile,
} from '../../../electron/services/interchange';
import { translateIssues } from '../../../electron/cli/messages';
import { createI18n } from '../../../shared/i18n';
import { SEED_REFERENCE } from '../../../shared/reference/seed';
import { stableUuid, syntheticPlan } from '../../fixtures/synthetic-plan';

const issuesOf = (text: string, options?: Parameters<typeof parseInterchange>[1]): InterchangeIssue[] => {
  const res = parseInterchange(text, options);
  if (res.ok) throw new Error('expected the file to be refused');
  return res.issues;
};
const located = (issues: InterchangeIssue[]) => issues.map((i) => `${i.path} ${i.code}`).sort();

describe('parseInterchange: syntax, size and envelope', () => {
  it('accepts a valid synthetic plan, with or without a byte-order mark', () => {
    const text = JSON.stringify(syntheticPlan());
    expect(parseInterchange(text).ok).toBe(true);
    expect(parseInterchange(`\uFEFF${text}`).ok).toBe(true);
  });

  it('reads a calendar phase written as one string (before it was bilingual) as the Albanian', () => {
    const doc = syntheticPlan({ calendar: 2 }) as unknown as { calendar: Record<string, unknown>[] };
    doc.calendar[0]!.phase = 'Çelja e procesit';
    delete doc.calendar[1]!.phase;
    const res = parseInterchange(JSON.stringify(doc));
    if (!res.ok) throw new Error(JSON.stringify(res.issues));
    expect(res.doc.calendar[0]!.phase).toEqual({ sq: 'Çelja e procesit', en: '' });
    expect(res.doc.calendar[1]!.phase).toEqual({ sq: '', en: '' });
  });

  it('reports a JSON syntax error with its line and column', () => {
    const issues = issuesOf('{\n  "format": "plani.interchange",\n  "version": 1,,\n}');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: '(root)', code: 'json-syntax', params: { line: 3, column: 16 } });
    expect(issues[0]!.message).toMatch(/line 3, column 16/);
    expect(issuesOf('{"format": ')[0]).toMatchObject({ code: 'json-syntax', params: { line: 1 } });
  });

  it('refuses a file over the size cap before parsing it', () => {
    expect(MAX_INTERCHANGE_BYTES).toBe(50 * 1024 * 1024);
    // Not JSON at all: proves the cap is applied before JSON.parse.
    const issues = issuesOf('x'.repeat(2000), { maxBytes: 1000 });
    expect(issues).toEqual([expect.objectContaining({ code: 'file-too-large', params: { size: 2000, max: 1000 } })]);
    // Multi-byte letters count as bytes, not characters.
    expect(issuesOf('ë'.repeat(600), { maxBytes: 1000 })[0]!.code).toBe('file-too-large');
  });

  it('refuses a file from a newer Plani with a clear code, and only that', () => {
    const doc = { ...syntheticPlan(), version: 2, somethingNew: [] };
    expect(issuesOf(JSON.stringify(doc))).toEqual([
      expect.objectContaining({ path: 'version', code: 'version-too-new', params: { found: 2, supported: 1 } }),
    ]);
  });

  it('refuses JSON that is not an interchange document', () => {
    expect(issuesOf('[1, 2]')[0]!.code).toBe('not-interchange');
    expect(issuesOf('{"format": "plani.bundle", "version": 1}')[0]).toMatchObject({ path: 'format', code: 'not-interchange' });
  });

  it('decodes only UTF-8 and reads files with the cap applied to the file size', () => {
    expect(decodeInterchange(Buffer.from([0x7b, 0xff, 0x7d]))).toMatchObject({ ok: false, issues: [{ code: 'not-utf8' }] });
    const dir = mkdtempSync(join(tmpdir(), 'plani-parse-'));
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(syntheticPlan()));
    expect(readInterchangeFile(file).ok).toBe(true);
    expect(readInterchangeFile(file, { maxBytes: 100 })).toMatchObject({ ok: false, issues: [{ code: 'file-too-large' }] });
    expect(() => readInterchangeFile(join(dir, 'missing.json'))).toThrow(expect.objectContaining({ code: 'file-unreadable' }));
    expect(() => readInterchangeFile(dir)).toThrow(expect.objectContaining({ code: 'file-unreadable' }));
  });
});

describe('parseInterchange: schema problems', () => {
  it('reports every problem with its JSON path', () => {
    const doc = syntheticPlan({ commitments: 4 }) as unknown as Record<string, any>;
    doc.commitments[3].title.sq = 'x'.repeat(501);
    doc.commitments[1].milestones[0].startDate = '2021-02-30';
    doc.commitments[0].contact.email = 'jo-email';
    doc.commitments[2].titel = 'typo';
    doc.ideas[0].status = 'maybe';
    doc.consultationEvents[1].participants[0].gender = 7;
    doc.reference.institutions[0].code = 'md';
    delete doc.calendar[0].title;
    const issues = issuesOf(JSON.stringify(doc));
    expect(located(issues)).toEqual(
      [
        'commitments[3].title.sq too_big',
        'commitments[1].milestones[0].startDate custom',
        'commitments[0].contact.email invalid_format',
        'commitments[2].titel unrecognized_keys',
        'ideas[0].status invalid_value',
        'consultationEvents[1].participants[0].gender invalid_value',
        'reference.institutions[0].code invalid_format',
        'calendar[0].title invalid_type',
      ].sort(),
    );
    const byPath = new Map(issues.map((i) => [i.path, i]));
    expect(byPath.get('commitments[3].title.sq')!.message).toBe('too-long');
    expect(byPath.get('commitments[1].milestones[0].startDate')!.message).toBe('bad-date');
    expect(byPath.get('commitments[0].contact.email')!.message).toBe('bad-email');
    expect(byPath.get('commitments[2].titel')!.params).toEqual({ key: 'titel' });
  });
});

describe('parseInterchange: cross-record checks', () => {
  it('reports cross-record problems together with schema problems, without repeating a path', () => {
    const doc = syntheticPlan({ commitments: 2 }) as unknown as Record<string, any>;
    doc.commitments[0].title.en = 7;
    doc.commitments[1].owner = 'XYZ';
    doc.commitments[0].leadInstitution = 'lowercase';
    expect(located(issuesOf(JSON.stringify(doc)))).toEqual(
      ['commitments[0].title.en invalid_type', 'commitments[0].leadInstitution invalid_format', 'commitments[1].owner unknown-institution'].sort(),
    );
  });

  it('reports duplicate ids, unknown references and misplaced milestones with paths', () => {
    const doc = syntheticPlan({ commitments: 4, milestonesPer: 2, indicatorsPer: 2 });
    const [c0, c1, c2, c3] = doc.commitments as [any, any, any, any];
    c1.id = c0.id;
    c2.componentCode = 'no-such-component';
    c3.cycleId = '1999-2001';
    c0.milestones[1].id = c2.milestones[0].id;
    c0.indicators[1].milestoneId = c2.milestones[1].id;
    c0.owner = 'XYZ';
    c0.supportingInstitutions = ['INSTAT', 'NOPE'];
    doc.ideas[1]!.id = doc.ideas[0]!.id;
    doc.comments[0]!.eventId = stableUuid('no event');
    doc.prioritizationRounds[0]!.scores.push({ ...doc.prioritizationRounds[0]!.scores[0]! });
    doc.prioritizationRounds[0]!.scale = { min: 5, max: 1 };
    doc.reference.components[0]!.leadInstitutions.push('GHOST');
    const issues = issuesOf(JSON.stringify(doc));
    expect(located(issues)).toEqual(
      [
        'commitments[1].id duplicate-id',
        'commitments[2].componentCode unknown-component',
        'commitments[3].cycleId unknown-cycle',
        'commitments[2].milestones[0].id duplicate-id',
        'commitments[0].indicators[1].milestoneId unknown-milestone',
        'commitments[0].owner unknown-institution',
        'commitments[0].supportingInstitutions[1] unknown-institution',
        'ideas[1].id duplicate-id',
        'comments[0].eventId unknown-event',
        `prioritizationRounds[0].scores[${doc.prioritizationRounds[0]!.scores.length - 1}] duplicate-score`,
        'prioritizationRounds[0].scale bad-scale',
        'reference.components[0].leadInstitutions[2] unknown-institution',
      ].sort(),
    );
    const dup = issues.find((i) => i.path === 'commitments[1].id')!;
    expect(dup.params).toEqual({ id: c0.id, first: 'commitments[0].id' });
  });

  it('accepts references to reference data the workspace has but the file lacks', () => {
    const doc = syntheticPlan({ commitments: 2 });
    const text = JSON.stringify({ ...doc, reference: { cycles: [], institutions: [], components: [], terms: [] } });
    expect(located(issuesOf(text)).some((i) => i.endsWith('unknown-cycle'))).toBe(true);
    const res = parseInterchange(text, { known: { reference: SEED_REFERENCE, eventIds: new Set() } });
    expect(res.ok).toBe(true);
  });

  it('refuses an institution code that the workspace holds under another id', () => {
    const doc = syntheticPlan({ commitments: 1 });
    doc.reference.institutions.find((i) => i.code === 'MD')!.id = 'ministria-e-drejtesise';
    const issues = issuesOf(JSON.stringify(doc), { known: { reference: SEED_REFERENCE, eventIds: new Set() } });
    expect(issues.map((i) => i.code)).toEqual(['code-conflict']);
  });
});

describe('parseInterchange: one meaning per file (the strict reader, before JSON.parse)', () => {
  const text = () => JSON.stringify(syntheticPlan({ commitments: 2 }));
  /** Replaces the first `find` in the commitments (the reference data before them has titles too). */
  const inCommitments = (t: string, find: string, replace: string) => {
    const at = t.indexOf('"commitments":');
    return t.slice(0, at) + t.slice(at).replace(find, replace);
  };

  it('reports a duplicate key with its JSON path, also when the two spellings differ only by escapes', () => {
    const dup = inCommitments(text(), '"title":{"sq":', '"title":{"sq":"Fshehur","en":"Hidden"},"\\u0074itle":{"sq":');
    expect(issuesOf(dup)).toEqual([expect.objectContaining({ path: 'commitments[0].title', code: 'duplicate-key', params: { key: 'title' } })]);
  });

  it('reports every duplicate key, nested ones included, and nothing the schema would say about a last-wins value', () => {
    const dup = inCommitments(text(), '"owner":"', '"owner":"XYZ","owner":"').replace('"format":"plani.interchange"', '"format":"plani.interchange","format":"other"');
    expect(located(issuesOf(dup))).toEqual(['commitments[0].owner duplicate-key', 'format duplicate-key']);
  });

  it('refuses lone surrogates, too-deep nesting and strings longer than any field, located', () => {
    expect(issuesOf(inCommitments(text(), '"title":{"sq":"', '"title":{"sq":"\\ud800'))).toEqual([
      expect.objectContaining({ path: 'commitments[0].title.sq', code: 'lone-surrogate' }),
    ]);
    expect(issuesOf(text().replace('"ideas":[', `"ideas":[${'['.repeat(40)}${']'.repeat(40)},`))[0]).toMatchObject({ code: 'too-deep', params: { limit: 32 } });
    const long = syntheticPlan({ commitments: 1 }) as unknown as Record<string, any>;
    long.commitments[0].title.sq = 'x'.repeat(10_001);
    expect(issuesOf(JSON.stringify(long))).toEqual([expect.objectContaining({ path: 'commitments[0].title.sq', code: 'string-too-long', params: { limit: 10_000 } })]);
  });

  it('says so in both languages', () => {
    const issues = issuesOf(inCommitments(inCommitments(text(), '"owner":"', '"owner":"XYZ","owner":"'), '"title":{"sq":"', '"title":{"sq":"\\udc00'));
    expect(issues.map((i) => i.code)).toEqual(['duplicate-key', 'lone-surrogate']);
    expect(translateIssues(createI18n('sq').t, issues).map((i) => i.message)).toEqual([
      'Çelësi “owner” shfaqet dy herë në të njëjtin objekt; një skedar duhet të thotë një gjë të vetme.',
      'Teksti përmban gjysmën e një shkronje (një surrogat i vetmuar, \\uD800–\\uDFFF).',
    ]);
    expect(translateIssues(createI18n('en').t, issues)[0]!.message).toBe('The key "owner" appears twice in the same object; a file must say one thing.');
  });
});

