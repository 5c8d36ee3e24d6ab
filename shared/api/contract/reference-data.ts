// The POC's edits of the reference data (electron/services/api/handlers/reference-data.ts):
// the cycle, institutions, components and the two vocabularies, in both
// languages. Read by every workspace; written by the POC alone (an LFP's
// copy is the one its last feedback bundle brought). Each edit raises the
// reference data's revision, which travels in feedback bundles.
import { z } from 'zod';
import { Component, Cycle, INSTITUTION_TYPES, ReferenceData, TERM_KINDS } from '../../model/reference';
import { InstitutionCode, Line, Slug, Timestamp } from '../../model/primitives';
import { method, NoInput } from './method';

export const ReferenceState = z.strictObject({
  reference: ReferenceData,
  /** 0 for the shipped data; +1 per POC edit; at an LFP, the revision its last feedback brought. */
  revision: z.int().min(0),
  updatedAt: Timestamp.nullable(),
  /** Whether this workspace may write it (the POC's). */
  editable: z.boolean(),
});
export type ReferenceState = z.infer<typeof ReferenceState>;

/** An institution as the POC edits it: the code names it for good; a new one joins as a supporting institution. */
export const InstitutionEdit = z.strictObject({
  code: InstitutionCode,
  acronym: Line,
  name: Line,
  type: z.enum(INSTITUTION_TYPES),
});
export type InstitutionEdit = z.infer<typeof InstitutionEdit>;

export const TermRef = z.strictObject({ kind: z.enum(TERM_KINDS), code: Slug });

export const referenceDataMethods = {
  'referenceData.get': method(NoInput, ReferenceState),
  /** Title, number, period and phase (status) of a cycle that exists. */
  'referenceData.saveCycle': method(z.strictObject({ cycle: Cycle }), ReferenceState),
  /** Adds a supporting institution (unknown code) or renames one (known code). */
  'referenceData.saveInstitution': method(z.strictObject({ institution: InstitutionEdit }), ReferenceState),
  /** Refused with reference-in-use while any record, component or key names it. */
  'referenceData.removeInstitution': method(z.strictObject({ code: InstitutionCode }), ReferenceState),
  /** Adds a component (unknown id) or edits its title, policy goal and lead institutions. */
  'referenceData.saveComponent': method(z.strictObject({ component: Component }), ReferenceState),
  /** Refused with reference-in-use while commitments or other records are filed under it. */
  'referenceData.removeComponent': method(z.strictObject({ id: Slug }), ReferenceState),
  /** Adds or relabels an OGP value or a policy area. */
  'referenceData.saveTerm': method(z.strictObject({ kind: z.enum(TERM_KINDS), code: Slug, label: Line }), ReferenceState),
  /** Refused with reference-in-use while a commitment or idea uses it. */
  'referenceData.removeTerm': method(TermRef, ReferenceState),
} as const;
