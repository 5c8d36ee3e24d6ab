// What every field of the open editor reads: the session (values, actions),
// whether the record may be edited, reference data (institutions, OGP
// values, policy areas) and the cycle. Each input subscribes to its own
// field, so typing re-renders that input and nothing else.
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Lang } from '../../../shared/model/primitives';
import type { Institution, ReferenceData, ReferenceTerm, Cycle } from '../../../shared/model/reference';
import { fieldDomId, type FieldRecordType, type FieldRef } from '../lib/field-key';
import { errorKey, type FieldValue } from '../lib/field-paths';
import { useServices } from '../services/services';
import type { FieldSession } from './field-session';
import type { EditorSession, EditorSnapshot } from './session';

export type { FieldSession };

export interface FieldEnv {
  readonly session: FieldSession;
  readonly editable: boolean;
}

const FieldContext = createContext<FieldEnv | null>(null);
/** For a form outside the commitment editor; inside it the editor's own session serves. */
export const FieldProvider = FieldContext.Provider;

/** The session and editability the field inputs work with. */
export function useFieldEnv(): FieldEnv {
  const own = useContext(FieldContext);
  const editor = useContext(EditorContext);
  const env = own ?? editor;
  if (!env) throw new Error('a field outside <FieldProvider> or <EditorProvider>');
  return env;
}

export interface EditorEnv {
  readonly session: EditorSession;
  readonly editable: boolean;
  readonly reference: ReferenceData;
  readonly cycle: Cycle | null;
  /** Institutions by code, for names and pickers. */
  readonly institutions: ReadonlyMap<string, Institution>;
  readonly terms: { readonly ogpValues: readonly ReferenceTerm[]; readonly policyAreas: readonly ReferenceTerm[] };
  /** Says something to screen readers (polite live region). */
  announce(message: string): void;
}

const EditorContext = createContext<EditorEnv | null>(null);
export const EditorProvider = EditorContext.Provider;

export function useEditor(): EditorEnv {
  const env = useContext(EditorContext);
  if (!env) throw new Error('useEditor outside <EditorProvider>');
  return env;
}

/** A slice of the session; `select` must return something stable (a field, a list, a count). */
export function useSession<T>(select: (s: EditorSnapshot) => T): T {
  const { session } = useEditor();
  return useSyncExternalStore(session.subscribe, () => select(session.getSnapshot()));
}

/** Names one field of one record; memoised so props stay stable. */
export function useFieldRef(recordType: FieldRecordType, recordId: string, field: string, lang: Lang | null = null): FieldRef {
  return useMemo(() => ({ recordType, recordId, field, lang }), [recordType, recordId, field, lang]);
}

export function useFieldValue(ref: FieldRef): FieldValue {
  const { session } = useFieldEnv();
  return useSyncExternalStore(session.subscribe, () => session.shownValue(ref));
}

/** The code of the message shown at a field (refused by the editor or by the service), if any. */
export function useFieldError(ref: FieldRef): string | undefined {
  const { saves } = useServices();
  const key = errorKey(ref.field, ref.lang);
  return useSyncExternalStore(saves.subscribe, () => saves.getStatus(ref.recordId).fieldErrors[key]);
}

/** The text kept at a box that held no value (e.g. an impossible date), while it is neither saved nor discarded. */
export function useKeptText(ref: FieldRef): string | undefined {
  const { saves } = useServices();
  return useSyncExternalStore(saves.subscribe, () => saves.keptValue(ref)?.text);
}

/** Change handlers of one field: `change(value, typing)` records and saves; `leave` ends the undo step. */
export function useFieldActions(ref: FieldRef) {
  const { session } = useFieldEnv();
  const change = useCallback((value: FieldValue, typing = false) => session.edit(ref, value, { coalesce: typing }), [session, ref]);
  const refuse = useCallback((code: string, text: string) => session.refuse(ref, code, text), [session, ref]);
  const leave = useCallback(() => session.seal(), [session]);
  return { change, refuse, leave };
}

export const domId = fieldDomId;
