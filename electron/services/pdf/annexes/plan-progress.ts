// Progress of the consolidated plan: one count over every part (cover,
// introductions, each annex, the table of contents). Each part gets the
// units it announced; ticks beyond them are ignored and units it did not
// tick are counted when it ends, so `done` only grows and ends at the total
// whatever an annex reports.
import type { Progress } from './sections';

export class PlanProgress {
  private done = 0;
  private end = 0;

  constructor(
    readonly total: number,
    private readonly onProgress?: Progress,
  ) {}

  /** The tick function of a part of `units` units, which runs next. */
  part(units: number): () => void {
    this.finishPart();
    this.end = Math.min(this.total, this.done + units);
    return () => this.advance(this.done + 1);
  }

  /** Counts what the current part left unticked. */
  finishPart(): void {
    this.advance(this.end);
  }

  private advance(to: number): void {
    const next = Math.min(to, this.end);
    if (next <= this.done) return;
    this.done = next;
    this.onProgress?.(this.done, this.total);
  }
}
