// What the Print screen offers and what it starts with: pure, so the
// defaults for each role are tested without a DOM.
import { type DocxRequest, PRINT_ANNEXES, type PrintAnnex, type PrintLang, type PrintMode, type PrintRequest } from '../../../shared/model/print';
import type { ReadinessRequest } from '../../../shared/quality/print-readiness';
import type { Component, WorkspaceRole } from '../../../shared/model/reference';

/** The documents in the order of the plan (Annex III, V, VI/VII, IX, then the co-creation records, then the whole plan). */
export const PRINT_DOCUMENTS: readonly PrintAnnex[] = PRINT_ANNEXES;

/** Bilingual first: the edition the government publishes. */
export const PRINT_EDITIONS: readonly PrintLang[] = ['bilingual', 'sq', 'en'];

/** The value of the component control that means "every component". */
export const ALL_COMPONENTS = '';

export interface PrintChoice {
  readonly annex: PrintAnnex;
  readonly lang: PrintLang;
  /** A component code, or ALL_COMPONENTS. */
  readonly component: string;
  /** What the person chose; a final print is sent only while the plan is ready (see requestOf). */
  readonly mode: PrintMode;
  /** What the person chose: every document exports to Word as well. */
  readonly format: PrintFormat;
}

/** A PDF to print and sign, or a Word file to edit and circulate. */
export const PRINT_FORMATS = ['pdf', 'docx'] as const;
export type PrintFormat = (typeof PRINT_FORMATS)[number];


/** The components an institution leads, in plan order (number, then code for a stable tie-break). */
export function ledComponents(components: readonly Component[], institution: string): Component[] {
  return components
    .filter((c) => c.leadInstitutions.includes(institution))
    .sort((a, b) => a.number - b.number || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * The POC prints the consolidated national plan, every component; an LFP its
 * own component's action plan (the first it leads when it leads several,
 * every component when it leads none in this cycle). Bilingual for both.
 */
export function defaultChoice(role: WorkspaceRole, institution: string, components: readonly Component[]): PrintChoice {
  if (role === 'poc') return { annex: 'plan', lang: 'bilingual', component: ALL_COMPONENTS, mode: 'draft', format: 'pdf' };
  const own = ledComponents(components, institution)[0];
  return { annex: 'action-plan', lang: 'bilingual', component: own?.code ?? ALL_COMPONENTS, mode: 'draft', format: 'pdf' };
}

/** The print.readiness input for a choice: the same document and component as requestOf prints. */
export function readinessRequestOf(choice: PrintChoice, components: readonly Component[]): ReadinessRequest {
  const known = choice.component !== ALL_COMPONENTS && components.some((c) => c.code === choice.component);
  return known ? { annex: choice.annex, component: choice.component } : { annex: choice.annex };
}

/**
 * The pdf.start input for a choice; a component no longer in the cycle prints
 * everything rather than failing. Final only when chosen and `finalAllowed`
 * (the readiness of this very choice says ready): otherwise a draft.
 */
export function requestOf(choice: PrintChoice, components: readonly Component[], finalAllowed = false): PrintRequest {
  const mode: PrintMode = choice.mode === 'final' && finalAllowed ? 'final' : 'draft';
  return { ...readinessRequestOf(choice, components), lang: choice.lang, mode };
}

/** The docx.export input for a choice: the same document, component, language and version as requestOf. */
export const docxRequestOf = (choice: PrintChoice, components: readonly Component[], finalAllowed = false): DocxRequest => requestOf(choice, components, finalAllowed);
