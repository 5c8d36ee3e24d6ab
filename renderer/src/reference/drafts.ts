// What a person typed into the reference-data screen and has not saved yet:
// one draft per card (a cycle, an institution, a component, a vocabulary
// entry, or a new one), kept until it is saved or discarded — across a change
// of screen, and across a reload (on this computer's local storage, read back
// through a schema: local, but not trusted to be intact). A card with a draft
// is marked as holding unsaved changes.
import { z } from 'zod';

const Pair = z.strictObject({ sq: z.string().max(20_000), en: z.string().max(20_000) });
const Short = z.string().max(200);

export const CycleDraft = z.strictObject({ title: Pair, number: Short, periodStart: Short, periodEnd: Short, status: Short });
export type CycleDraft = z.infer<typeof CycleDraft>;
export const InstitutionDraft = z.strictObject({ code: Short, acronym: Pair, name: Pair, type: Short });
export type InstitutionDraft = z.infer<typeof InstitutionDraft>;
export const ComponentDraft = z.strictObject({ code: Short, number: Short, title: Pair, policyGoal: Pair, leads: z.array(Short).max(50) });
export type ComponentDraft = z.infer<typeof ComponentDraft>;
export const TermDraft = z.strictObject({ code: Short, label: Pair });
export type TermDraft = z.infer<typeof TermDraft>;

const Draft = z.union([CycleDraft, InstitutionDraft, ComponentDraft, TermDraft]);
export type Draft = z.infer<typeof Draft>;
const Stored = z.record(z.string().max(200), Draft);

const KEY = 'plani.reference-drafts';

export class ReferenceDrafts {
  private drafts = new Map<string, Draft>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(private readonly storage: Storage | null) {
    try {
      const raw = storage?.getItem(KEY);
      const parsed = raw ? Stored.safeParse(JSON.parse(raw)) : null;
      if (parsed?.success) this.drafts = new Map(Object.entries(parsed.data));
    } catch {
      // Unreadable: nothing kept.
    }
  }

  get<T extends Draft>(key: string): T | undefined {
    return this.drafts.get(key) as T | undefined;
  }

  has(key: string): boolean {
    return this.drafts.has(key);
  }

  set(key: string, value: Draft): void {
    this.drafts.set(key, value);
    this.changed();
  }

  clear(key: string): void {
    if (this.drafts.delete(key)) this.changed();
  }

  /** Changes with every edit: for useSyncExternalStore. */
  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.version++;
    try {
      if (this.drafts.size === 0) this.storage?.removeItem(KEY);
      else this.storage?.setItem(KEY, JSON.stringify(Object.fromEntries(this.drafts)));
    } catch {
      // Storage full or switched off: the drafts stay in memory for this session.
    }
    for (const l of [...this.listeners]) l();
  }
}

let shared: ReferenceDrafts | null = null;

/** The one store of the window (the screen may be left and opened again). */
export function referenceDrafts(): ReferenceDrafts {
  shared ??= new ReferenceDrafts(typeof localStorage === 'undefined' ? null : localStorage);
  return shared;
}
