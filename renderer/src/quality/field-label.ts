// A field's name for people: "Titulli", "Burimi i financimit", "Vlera bazë".
// Field paths come from findings, search hits and spreadsheet columns
// ("title", "budget.fundingSource", "targets[1].year"); the label is looked
// up in the model catalogue first (model.<record>.<field>), then in the
// panels catalogue's own list (panels.fields.<record>.<field-with-dashes>),
// then the quality catalogue's (quality.field.<record>.<field>, for ideas and
// consultations; an idea's own fields first from ideas.field.<field>), then by the path's first segment, and only as a last
// resort shown raw. shared/quality/check.ts (fieldKeys) follows the same
// convention for its `fieldKey` params.

/** Reads one catalogue entry; anything but a string counts as missing. */
export type CatalogueLookup = (key: string) => unknown;

export function fieldLabelKeys(recordType: string, field: string): string[] {
  const path = field.replace(/\[\d+\]/g, '');
  const head = path.split('.')[0] ?? path;
  const dashed = path.replace(/\./g, '-');
  const keys = [`model.${recordType}.${path}`, `panels.fields.${recordType}.${dashed}`, `quality.field.${recordType}.${dashed}`];
  // The ideas register names its fields in its own catalogue (ideas.field.*).
  if (recordType === 'idea') keys.unshift(`ideas.field.${path}`);
  if (head !== path) keys.push(`model.${recordType}.${head}`, `panels.fields.${recordType}.${head}`);
  return keys;
}

export function resolveFieldLabel(lookup: CatalogueLookup, recordType: string, field: string): string {
  for (const key of fieldLabelKeys(recordType, field)) {
    const value = lookup(key);
    if (typeof value === 'string' && value !== '') return value;
  }
  return field;
}

/** Walks a nested catalogue object by a dotted key (what i18next's getResource does). */
export function lookupIn(catalogue: unknown): CatalogueLookup {
  return (key) => {
    let node: unknown = catalogue;
    for (const part of key.split('.')) {
      if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return node;
  };
}
