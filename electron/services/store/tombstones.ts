// A deletion stated explicitly: the next bundle carries it as a tombstone, so
// the receiver deletes the record instead of keeping it as "missing".
import type { Tombstone } from '../../../shared/model/bundle';
import type { AnyDb } from './database';

export async function writeTombstone(db: AnyDb, entity: Tombstone['entity'], id: string, owner: string, rev: number, at: string): Promise<void> {
  await db
    .insertInto('tombstone')
    .values({ entity, id, owner, rev, deleted_at: at })
    .onConflict((oc) => oc.columns(['entity', 'id']).doUpdateSet({ rev, deleted_at: at }))
    .execute();
}
