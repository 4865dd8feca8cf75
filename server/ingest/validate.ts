import { FormatRegistry } from '@sinclair/typebox';
import { describeExpected } from '../schemas/describe-expected.ts';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { MessageInput } from '../schemas/message.ts';
import { shown } from '../errors.ts';

// TypeBox knows no formats by itself; an ISO 8601 date-time with a zone is what platforms send.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', (v) => ISO_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)));

const check = TypeCompiler.Compile(MessageInput);

/** Why one item of a batch was refused: which item, which field, and what to fix. */
export interface ItemError {
  index: number;
  field: string;
  code: string;
  message: string;
}

/** Field path like `author.id` from a JSON pointer like `/author/id`. */
const fieldOf = (pointer: string) => pointer.replace(/^\//, '').replace(/\//g, '.') || '(item)';

/** Validates one candidate message; returns null when valid, else the first problem in teaching form. */
export function validateItem(value: unknown, index: number): ItemError | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { index, field: '(item)', code: 'HW_ERR_ITEM_TYPE', message: `item should be a JSON object, got ${shown(value)}` };
  }
  if (check.Check(value)) return null;
  const e = check.Errors(value).First();
  if (!e) return null;
  const field = fieldOf(e.path);
  if (e.message.startsWith('Unexpected property')) {
    return { index, field, code: 'HW_ERR_FIELD_UNKNOWN', message: `\`${field}\` is not a known field: remove it` };
  }
  if (e.value === undefined) {
    return { index, field, code: 'HW_ERR_FIELD_MISSING', message: `\`${field}\` is required` };
  }
  return { index, field, code: 'HW_ERR_FIELD_INVALID', message: `\`${field}\` should be ${describeExpected(e.schema)}, got ${shown(e.value)}` };
}
