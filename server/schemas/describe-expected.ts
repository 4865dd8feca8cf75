import type { TSchema } from '@sinclair/typebox';

/** What a schema expects, in words: the allowed values of an enum-like union, or its type. */
export function describeExpected(schema: TSchema): string {
  const members = (schema as { anyOf?: TSchema[] }).anyOf;
  if (members?.every((m) => 'const' in m)) return `one of ${members.map((m) => (m as unknown as { const: unknown }).const).join(', ')}`;
  if (members) return members.map(describeExpected).join(' or ');
  const s = schema as { type?: string; format?: string; minLength?: number; maxLength?: number; minimum?: number; pattern?: string };
  if (s.format === 'date-time') return 'an ISO 8601 date-time such as 2026-11-26T09:30:00Z';
  if (s.type === 'string' && s.pattern) return `a string matching ${s.pattern}`;
  if (s.type === 'string') return `a string${s.maxLength !== undefined ? ` of at most ${s.maxLength} characters` : ''}${s.minLength ? ` (not empty)` : ''}`;
  if (s.type === 'integer') return `an integer${s.minimum !== undefined ? ` ≥ ${s.minimum}` : ''}`;
  return s.type ? `a${/^[aeiou]/.test(s.type) ? 'n' : ''} ${s.type}` : 'valid';
}

