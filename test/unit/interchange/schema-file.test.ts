// The published JSON Schema is generated; this fails when someone changes the
// zod schema without regenerating it (npx tsx scripts/gen-interchange-schema.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInterchange } from '../../../electron/services/interchange';
import { SEED_REFERENCE } from '../../../shared/reference/seed';
import { SCHEMA_FILE, interchangeJsonSchema, renderInterchangeSchema } from '../../../scripts/gen-interchange-schema';

describe('docs/interchange.schema.json', () => {
  it('is up to date with shared/model/interchange.ts', () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', SCHEMA_FILE), 'utf8');
    expect(committed, 'run: npx tsx scripts/gen-interchange-schema.ts').toBe(renderInterchangeSchema());
  });

  it('describes the envelope and names every record type', () => {
    const schema = interchangeJsonSchema() as { properties: Record<string, { const?: unknown }>; $defs: Record<string, unknown> };
    expect(schema.properties.format!.const).toBe('plani.interchange');
    expect(schema.properties.version!.const).toBe(1);
    for (const name of ['Commitment', 'Milestone', 'Indicator', 'Idea', 'PrioritizationRound', 'ConsultationEvent', 'Comment', 'ConsultationReport', 'PocFeedback', 'CalendarItem', 'Attachment', 'Text']) {
      expect(schema.$defs).toHaveProperty(name);
    }
  });

  it('agrees with docs/interchange.md: its examples are valid documents (the minimal one against the seed reference data)', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'interchange.md'), 'utf8');
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const block of blocks) {
      const res = parseInterchange(block, { known: { reference: SEED_REFERENCE, eventIds: new Set() } });
      expect(res.ok ? [] : res.issues).toEqual([]);
    }
  });
});
