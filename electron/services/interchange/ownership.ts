// `plan import` at an LFP: the file is trusted for what it is (a backup, a
// colleague's copy), but the records it holds as this institution's own are
// held to the same reference rules as a signed submission — they will leave
// in the next bundle, and the POC would refuse them then, far from where
// they came in. Records of other institutions in the file are copies, not
// this workspace's drafting, and are not judged here; at the POC (which
// drafts no component of its own) the rules do not apply.
import type { InterchangeDocument } from '../../../shared/model/interchange';
import { checkReferencesIn } from '../ownership/workspace-rules';
import type { AnyDb } from '../store/database';
import { type InterchangeIssue, issue, jsonPath } from './issues';

export async function ownershipIssues(db: AnyDb, doc: InterchangeDocument): Promise<InterchangeIssue[]> {
  const meta = new Map((await db.selectFrom('workspace_meta').selectAll().where('key', 'in', ['role', 'institution']).execute()).map((r) => [r.key, r.value]));
  const institution = meta.get('institution');
  if (meta.get('role') !== 'lfp' || institution === undefined) return [];
  const deleted = await db.selectFrom('tombstone').select('id').where('owner', '=', institution).execute();
  const problems = await checkReferencesIn(db, institution, doc, new Set(deleted.map((t) => t.id)));
  return problems.map((p) => {
    const path = jsonPath(...p.path);
    switch (p.code) {
      case 'foreign-reference':
        return issue(path, p.code, `Refers to ${p.entity} ${p.id} of ${p.owner}; ${institution}'s records may refer only to its own`, { id: p.id, entity: p.entity, owner: p.owner, institution });
      case 'component-not-led':
        return issue(path, p.code, `${institution} does not lead the component "${p.component}"`, { component: p.component, institution });
      case 'unknown-reference':
        return issue(path, p.code, `Refers to ${p.id}, which is no record of ${institution}`, { id: p.id, institution });
    }
  });
}
