// The lenient twin of a strict record schema, for files written by other
// tools: a key may be left out when the record can do without it, and it then
// takes the value a new record has (empty text, empty list, null, false). The
// strict schema stays the definition of a stored record (exports, bundles and
// the API keep using it); this only decides what an absent key means, so an
// unknown key or a wrong type is refused exactly as before, at its path.
import { z } from 'zod';

/** What a record kind needs beyond what its field types imply. */
export interface InputRule {
  /** Keys a file must carry although their type has an empty value (a title). */
  required?: readonly string[];
  /** Values for absent keys whose type has no empty value (a status, a currency). */
  defaults?: Readonly<Record<string, unknown>>;
}
export type InputRules = ReadonlyMap<z.ZodType, InputRule>;

/**
 * The empty values a field may take, in order of preference. A field whose
 * type accepts none of them (an id, a code, a number, an enum without a rule)
 * stays required: a file must say it, because no value would be a safe guess.
 */
const EMPTY_CANDIDATES: readonly unknown[] = [null, [], '', false, {}];

const NO_DEFAULT = Symbol('no default');

function impliedDefault(field: z.ZodType): unknown {
  for (const candidate of EMPTY_CANDIDATES) {
    const parsed = field.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return NO_DEFAULT;
}

/**
 * Record bookkeeping, set here as for a new record when a file leaves it out
 * (the interchange import then continues the history of a record it already
 * holds: electron/services/interchange/history.ts).
 */
const REV_KEY = 'rev';
const STAMP_KEYS = ['createdAt', 'updatedAt'] as const;

type Stamped = { createdAt?: string; updatedAt?: string };
function stampOnImport<T extends Stamped>(record: T): T {
  if (record.createdAt !== undefined && record.updatedAt !== undefined) return record;
  const createdAt = record.createdAt ?? record.updatedAt ?? new Date().toISOString();
  return { ...record, createdAt, updatedAt: record.updatedAt ?? createdAt };
}

/** Builds input variants for one set of rules; each schema is converted once, so shared parts stay shared. */
export function inputVariants(rules: InputRules) {
  const done = new Map<z.ZodType, z.ZodType>();

  const objectInput = (schema: z.ZodObject): z.ZodType => {
    if (!(schema._zod.def.catchall instanceof z.ZodNever)) throw new Error('input variants are built for strict objects only');
    const rule = rules.get(schema) ?? {};
    const keys = Object.keys(schema.shape);
    // A rule naming a key the record does not have would silently do nothing.
    for (const key of [...(rule.required ?? []), ...Object.keys(rule.defaults ?? {})]) {
      if (!keys.includes(key)) throw new Error(`input rule names "${key}", which the record does not have`);
    }
    const stamped = STAMP_KEYS.every((k) => keys.includes(k));
    const shape: Record<string, z.ZodType> = {};
    for (const key of keys) {
      const field = inputOf(schema.shape[key] as z.ZodType);
      if (rule.required?.includes(key)) {
        shape[key] = field;
        continue;
      }
      if (stamped && (STAMP_KEYS as readonly string[]).includes(key)) {
        shape[key] = field.optional();
        continue;
      }
      const value = rule.defaults && key in rule.defaults ? rule.defaults[key] : key === REV_KEY && stamped ? 1 : impliedDefault(field);
      if (value !== NO_DEFAULT && !field.safeParse(value).success) throw new Error(`the default of "${key}" is not a valid value`);
      // A fresh copy each time: a default object must never be shared between two records.
      shape[key] = value === NO_DEFAULT ? field : field.default(() => structuredClone(value));
    }
    const input = z.strictObject(shape);
    return stamped ? input.transform(stampOnImport) : input;
  };

  function inputOf(schema: z.ZodType): z.ZodType {
    const known = done.get(schema);
    if (known) return known;
    let input: z.ZodType;
    if (schema instanceof z.ZodObject) input = objectInput(schema);
    else if (schema instanceof z.ZodArray) input = schema.clone({ ...schema._zod.def, element: inputOf(schema._zod.def.element as z.ZodType) });
    else if (schema instanceof z.ZodNullable) input = schema.clone({ ...schema._zod.def, innerType: inputOf(schema._zod.def.innerType as z.ZodType) });
    else input = schema;
    done.set(schema, input);
    return input;
  }

  /** The input variant of `schema`: what it accepts, plus the absences its rules allow; the same output type. */
  return <T extends z.ZodType>(schema: T): z.ZodType<z.output<T>, unknown> => inputOf(schema) as z.ZodType<z.output<T>, unknown>;
}
