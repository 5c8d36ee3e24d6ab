// The action-plan template (Annex VI/VII): its sections in template order and
// the commitment fields each holds. The editor lays out its form by it and
// the printed annex prints by it, so screen and paper keep one order.
export const TEMPLATE_SECTIONS = ['identification', 'problem', 'description', 'relevance', 'institutions', 'planning', 'contact'] as const;
export type TemplateSection = (typeof TEMPLATE_SECTIONS)[number];

/** Commitment fields by section, in template order. */
export const TEMPLATE_FIELDS: Readonly<Record<TemplateSection, readonly string[]>> = {
  identification: ['planNumber', 'ogpId', 'title', 'shortTitle', 'briefDescription', 'status'],
  problem: ['problem', 'causes', 'statusQuo'],
  description: ['doneSoFar', 'solution', 'expectedResults', 'contribution', 'objective'],
  relevance: ['ogpValues', 'relevance', 'policyAreas', 'strategyLinks', 'sdgs'],
  institutions: ['leadInstitution', 'supportingInstitutions', 'otherActors'],
  planning: ['startDate', 'endDate', 'budget'],
  contact: ['contact'],
};
