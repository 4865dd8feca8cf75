/** Stable error codes (`HW_ERR_…`) so clients and tests can rely on them; messages say what to fix. */
export class HubwallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
    this.name = 'HubwallError';
  }
}

/** Renders a value for an error message without dumping huge or secret-looking payloads. */
export function shown(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
