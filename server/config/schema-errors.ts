import type { TSchema } from '@sinclair/typebox';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import { configError, pointerToField, type ConfigError, type ConfigErrorCode } from './errors.ts';

const ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,39}$';
const CSS_VALUE_PATTERN = '^[^;{}<>]*$';
const MAX_ERRORS_PER_FILE = 50;

const quoteList = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).join(', ');

/** Plain-words description of what a schema accepts, e.g. `an integer from 1 to 24`. */
export function describeSchema(s: TSchema): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (Array.isArray(s.anyOf)) {
    const alts = s.anyOf as TSchema[];
    if (alts.every((a) => a.const !== undefined)) return `one of ${quoteList(alts.map((a) => a.const))}`;
    return alts.map(describeSchema).join(' or ');
  }
  switch (s.type) {
    case 'integer':
    case 'number': {
      const noun = s.type === 'integer' ? 'an integer' : 'a number';
      const min = s.minimum ?? s.exclusiveMinimum;
      const max = s.maximum ?? s.exclusiveMaximum;
      if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
      if (min !== undefined) return `${noun} of at least ${min}`;
      if (max !== undefined) return `${noun} of at most ${max}`;
      return noun;
    }
    case 'string': {
      if (s.pattern === ID_PATTERN) return 'an id of lower-case letters, digits and "-" (at most 40, not starting with "-")';
      if (s.pattern === CSS_VALUE_PATTERN) return `a CSS value without ; { } < > (at most ${s.maxLength ?? 200} characters)`;
      if (s.pattern) return `a string matching ${s.pattern}`;
      if (s.minLength !== undefined && s.maxLength !== undefined) return `a string of ${s.minLength} to ${s.maxLength} characters`;
      if (s.maxLength !== undefined) return `a string of at most ${s.maxLength} characters`;
      if (s.minLength !== undefined) return `a string of at least ${s.minLength} characters`;
      return 'a string';
    }
    case 'boolean':
      return 'true or false';
    case 'array': {
      const item = s.items ? describeSchema(s.items as TSchema) : 'anything';
      const n = s.minItems !== undefined && s.maxItems !== undefined ? `${s.minItems} to ${s.maxItems}` : s.maxItems !== undefined ? `at most ${s.maxItems}` : s.minItems !== undefined ? `at least ${s.minItems}` : '';
      return `a list of ${n ? `${n} ` : ''}items, each ${item}${s.uniqueItems ? ', without duplicates' : ''}`;
    }
    case 'object':
      if (s.properties) return `an object with ${Object.keys(s.properties).join(', ')}`;
      return 'an object';
    default:
      return 'a valid value';
  }
}

/** Edit distance, for "did you mean" on unknown fields (typos are the usual cause). */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      diag = keep;
    }
  }
  return prev[b.length];
}

/** What an unknown key should be: absent, with the nearest known key when it looks like a typo. */
function unknownKeyExpected(parent: TSchema, key: string): string {
  if (parent.patternProperties) {
    const pattern = Object.keys(parent.patternProperties)[0];
    return `a name matching ${pattern}`;
  }
  const known = Object.keys(parent.properties ?? {});
  const near = known.map((k) => [k, distance(key, k)] as const).sort((x, y) => x[1] - y[1])[0];
  const hint = near && near[1] <= Math.max(2, Math.floor(key.length / 4)) ? `absent (did you mean "${near[0]}"?)` : 'absent';
  return `${hint}; known fields: ${known.join(', ')}`;
}

/** Schema error codes to use; `unknownField` and `other` default to UNKNOWN_FIELD and SCHEMA. */
export interface CodeChoice {
  unknownField?: ConfigErrorCode;
  other?: ConfigErrorCode;
  /** Per field path (after prefix), e.g. `widgets[0].type` → WIDGET_TYPE. */
  byField?: (field: string) => ConfigErrorCode | undefined;
}

/** One ConfigError per failing field (the first reason for each), with `prefix` put before each field. */
export function schemaErrors(file: string, schema: TSchema, value: unknown, prefix = '', codes: CodeChoice = {}): ConfigError[] {
  const seen = new Set<string>();
  const out: ConfigError[] = [];
  for (const e of Value.Errors(schema, value) as Iterable<ValueError>) {
    if (seen.has(e.path)) continue;
    seen.add(e.path);
    const local = pointerToField(e.path);
    const field = prefix && local ? (local.startsWith('[') ? `${prefix}${local}` : `${prefix}.${local}`) : prefix || local;
    const key = e.path.slice(e.path.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
    let code = codes.byField?.(local) ?? codes.other ?? 'HW_ERR_CONFIG_SCHEMA';
    let expected: string;
    if (e.type === ValueErrorType.ObjectAdditionalProperties) {
      code = codes.unknownField ?? 'HW_ERR_CONFIG_UNKNOWN_FIELD';
      expected = unknownKeyExpected(e.schema, key);
    } else if (e.type === ValueErrorType.ObjectRequiredProperty) {
      expected = `present: ${describeSchema(e.schema)}`;
    } else if (e.type === ValueErrorType.ArrayUniqueItems) {
      expected = 'a list without duplicates';
    } else {
      expected = describeSchema(e.schema);
    }
    out.push(configError(code, file, field, expected, e.value));
    if (out.length >= MAX_ERRORS_PER_FILE) break;
  }
  return out;
}
