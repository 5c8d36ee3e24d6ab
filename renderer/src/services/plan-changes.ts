// "The plan may have changed outside this screen": said by whatever can bring
// records in (a bundle, a plan or a sheet import) and by every "Refresh"
// button (another window or the CLI may have imported meanwhile), heard by the
// shell, which reloads the overview behind the navigation and its counts. One
// signal, so a new import or screen cannot forget the counts.
export class PlanChanges {
  private readonly listeners = new Set<() => void>();

  /** Something may have changed the plan: everyone listening reloads. */
  announce(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
