import { configError, type ConfigError } from './errors.ts';

/** The result of parsing one config file: its value, or a ConfigError with line and column when known. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: ConfigError };

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: before.length - lastBreak };
}

/** Parses a config file's text; a syntax error names the line and column from V8's message. */
export function parseJson(file: string, text: string): ParsedJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors on Windows may add a BOM
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    // V8 says "… in JSON at position 12" (Node 20) or "(line 2 column 3)" (newer); an early end has neither.
    const lc = /line (\d+) column (\d+)/.exec(reason);
    const pos = /at position (\d+)/.exec(reason);
    let where: { line: number; column: number } | undefined;
    if (lc) where = { line: Number(lc[1]), column: Number(lc[2]) };
    else if (pos) where = lineColumn(body, Number(pos[1]));
    else if (/end of JSON input/.test(reason)) where = lineColumn(body, body.length);
    const short = reason.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+.*$/, '');
    const got = where ? `${short} at line ${where.line}, column ${where.column}` : short;
    return { ok: false, error: configError('HW_ERR_CONFIG_JSON', file, '', 'valid JSON', got, { gotText: true, ...where }) };
  }
}
