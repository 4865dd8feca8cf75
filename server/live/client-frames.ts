import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { TOPICS, type ClientFrame } from '../schemas/live.ts';
import { WidgetFilter } from '../schemas/config.ts';
import { describeExpected } from '../schemas/describe-expected.ts';
import { shown } from '../errors.ts';

const lit = <T extends readonly string[]>(xs: T) => Type.Union(xs.map((x) => Type.Literal(x)));
const ScreenId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' });

/** One schema per frame type, so an error names the field that is wrong rather than "no union member matched". */
const FRAME_SCHEMAS = [
  Type.Object({ v: Type.Integer(), type: Type.Literal('subscribe'), topic: lit(TOPICS), filter: Type.Optional(WidgetFilter) }, { additionalProperties: false }),
  Type.Object({ v: Type.Integer(), type: Type.Literal('unsubscribe'), topic: lit(TOPICS), filter: Type.Optional(WidgetFilter) }, { additionalProperties: false }),
  Type.Object(
    {
      v: Type.Integer(),
      type: Type.Literal('hello'),
      screen: ScreenId,
      dashboard: Type.Optional(Type.String({ maxLength: 64 })),
      version: Type.Optional(Type.String({ maxLength: 40 })),
    },
    { additionalProperties: false },
  ),
  Type.Object({ v: Type.Integer(), type: Type.Literal('ping') }, { additionalProperties: false }),
];
const byType = new Map(FRAME_SCHEMAS.map((s) => [s.properties.type.const as string, TypeCompiler.Compile(s)]));

/** Parses and validates one frame from a screen; returns the frame or a message saying what is wrong. */
export function parseClientFrame(raw: string): { ok: true; frame: ClientFrame } | { ok: false; code: string; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, code: 'HW_ERR_FRAME_JSON', message: 'frame should be JSON' };
  }
  const type = (value as { type?: unknown } | null)?.type;
  const check = typeof type === 'string' ? byType.get(type) : undefined;
  if (!check) {
    return { ok: false, code: 'HW_ERR_FRAME_INVALID', message: `\`/type\` should be one of ${[...byType.keys()].join(', ')}` };
  }
  if (!check.Check(value)) {
    const first = check.Errors(value).First();
    const path = first?.path || '/';
    return { ok: false, code: 'HW_ERR_FRAME_INVALID', message: first ? `\`${path}\` should be ${describeExpected(first.schema)}, got ${shown(first.value)}` : 'frame is invalid' };
  }
  return { ok: true, frame: value as ClientFrame };
}
