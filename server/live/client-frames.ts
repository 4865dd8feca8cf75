import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { TOPICS, type ClientFrame } from '../schemas/live.ts';
import { WidgetFilter } from '../schemas/config.ts';

const lit = <T extends readonly string[]>(xs: T) => Type.Union(xs.map((x) => Type.Literal(x)));
const ScreenId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' });

const ClientFrameSchema = Type.Union([
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
]);
const check = TypeCompiler.Compile(ClientFrameSchema);

/** Parses and validates one frame from a screen; returns the frame or a message saying what is wrong. */
export function parseClientFrame(raw: string): { ok: true; frame: ClientFrame } | { ok: false; code: string; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, code: 'HW_ERR_FRAME_JSON', message: 'frame should be JSON' };
  }
  if (!check.Check(value)) {
    const first = check.Errors(value).First();
    const path = first?.path || '/';
    return { ok: false, code: 'HW_ERR_FRAME_INVALID', message: `\`${path}\` ${first?.message ?? 'is invalid'}` };
  }
  return { ok: true, frame: value as ClientFrame };
}
