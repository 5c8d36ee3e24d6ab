// Reads and writes of the front matter (migration 0009): one row per cycle,
// its abbreviations and focal points in their own tables by position. Shared
// by the service, the feedback bundle, the interchange and the print.
import { createHash } from 'node:crypto';
import type { Abbreviation, FocalPoint, FrontMatter } from '../../../shared/model/front-matter';
import type { AnyDb } from '../store/database';
import { selectRecords, upsertRecords } from '../store/records';
import { FOCAL_POINT, FRONT_MATTER, FRONT_MATTER_ABBREVIATION } from '../store/tables';

/**
 * The id a cycle's front matter has before and after it is first written: a
 * name-based UUID (version 8) of the cycle, so the editor can name its fields
 * before anything is saved, and the POC's and an institution's copies agree.
 */
export function frontMatterIdOf(cycleId: string): string {
  const h = createHash('sha256').update(`plani:front-matter:${cycleId}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x80;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

type Head = Omit<FrontMatter, 'abbreviations' | 'focalPoints'>;

async function withLists(db: AnyDb, heads: readonly Head[]): Promise<FrontMatter[]> {
  if (heads.length === 0) return [];
  const ids = heads.map((h) => h.id);
  const abbreviations = await selectRecords<Abbreviation & { frontMatterId: string; position: number }>(db, FRONT_MATTER_ABBREVIATION, { column: 'front_matter_id', in: ids }, ['position']);
  const focal = await selectRecords<FocalPoint & { frontMatterId: string; position: number }>(db, FOCAL_POINT, { column: 'front_matter_id', in: ids }, ['position']);
  return heads.map((h) => ({
    ...h,
    abbreviations: abbreviations.filter((a) => a.frontMatterId === h.id).map(({ frontMatterId: _f, position: _p, ...a }) => a),
    focalPoints: focal.filter((f) => f.frontMatterId === h.id).map(({ frontMatterId: _f, position: _p, ...f }) => f),
  }));
}

export async function readFrontMatter(db: AnyDb, cycleId: string): Promise<FrontMatter | null> {
  const heads = await selectRecords<Head>(db, FRONT_MATTER, { column: 'cycle_id', eq: cycleId });
  return (await withLists(db, heads))[0] ?? null;
}

export async function readFrontMatterById(db: AnyDb, id: string): Promise<FrontMatter | null> {
  const heads = await selectRecords<Head>(db, FRONT_MATTER, { column: 'id', eq: id });
  return (await withLists(db, heads))[0] ?? null;
}

/** Every cycle's front matter, by cycle (the interchange export). */
export async function readAllFrontMatter(db: AnyDb): Promise<FrontMatter[]> {
  return withLists(db, await selectRecords<Head>(db, FRONT_MATTER, undefined, ['cycle_id']));
}

/** Replaces the abbreviations of one front matter with these, in this order. */
export async function writeAbbreviations(db: AnyDb, id: string, list: readonly Abbreviation[]): Promise<void> {
  await db.deleteFrom('front_matter_abbreviation').where('front_matter_id', '=', id).execute();
  await upsertRecords(db, FRONT_MATTER_ABBREVIATION, list.map((a, position) => ({ ...a, frontMatterId: id, position })), ['front_matter_id', 'position']);
}

export async function writeFocalPoints(db: AnyDb, id: string, list: readonly FocalPoint[]): Promise<void> {
  await db.deleteFrom('focal_point').where('front_matter_id', '=', id).execute();
  await upsertRecords(db, FOCAL_POINT, list.map((f, position) => ({ ...f, frontMatterId: id, position })), ['front_matter_id', 'position']);
}

/**
 * Stores whole records (a feedback bundle, an interchange file): each
 * replaces what the workspace held for its cycle, whatever id that had.
 */
export async function writeFrontMatter(db: AnyDb, records: readonly FrontMatter[]): Promise<void> {
  for (const fm of records) {
    await db.deleteFrom('front_matter').where('cycle_id', '=', fm.cycleId).where('id', '!=', fm.id).execute();
    const { abbreviations, focalPoints, ...head } = fm;
    await upsertRecords(db, FRONT_MATTER, [head]);
    await writeAbbreviations(db, fm.id, abbreviations);
    await writeFocalPoints(db, fm.id, focalPoints);
  }
}
