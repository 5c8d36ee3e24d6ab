// Records edited below another one, in the same view (the POC's feedback
// framework, or the LFP's replies, below a commitment or a report): their
// values that could not be saved are kept under their own id, yet leaving the
// record above must ask about them as about its own fields. A panel attaches
// its record while it is shown; the shell asks which groups go with the
// record being left.
const attached = new Map<string, Map<string, number>>();

/** `group` is edited below `recordId` until the returned function is called (counted: two panels of it, two detaches). */
export function attachGroup(recordId: string, group: string): () => void {
  const groups = attached.get(recordId) ?? new Map<string, number>();
  groups.set(group, (groups.get(group) ?? 0) + 1);
  attached.set(recordId, groups);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const n = (groups.get(group) ?? 1) - 1;
    if (n > 0) groups.set(group, n);
    else groups.delete(group);
    if (groups.size === 0 && attached.get(recordId) === groups) attached.delete(recordId);
  };
}

/** The record's own group, then the groups attached below it. */
export function groupsOf(recordId: string): string[] {
  return [recordId, ...(attached.get(recordId)?.keys() ?? [])];
}
