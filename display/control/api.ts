/** An error answer of the API, with its stable code. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

let csrf = '';
let onUnauthenticated: () => void = () => {};

/** Sets the CSRF token sent with every state change (from login or /api/auth/me). */
export function setCsrf(token: string): void {
  csrf = token;
}

/** Called when the session is gone (expired, logged out elsewhere), so the panel shows the login again. */
export function onSessionLost(fn: () => void): void {
  onUnauthenticated = fn;
}

/** Calls the API with the session cookie and the CSRF token; returns `data` or throws ApiError. */
export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers['x-csrf-token'] = csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new ApiError('HW_ERR_NETWORK', 'the server cannot be reached: check the connection', 0);
  }
  const json = (await res.json().catch(() => null)) as { ok?: boolean; data?: T; error?: { code: string; message: string } } | null;
  if (res.ok && json?.ok) return json.data as T;
  const err = json?.error ?? { code: 'HW_ERR_HTTP', message: `HTTP ${res.status}` };
  if (res.status === 401 && err.code === 'HW_ERR_UNAUTHENTICATED') onUnauthenticated();
  throw new ApiError(err.code, err.message, res.status);
}
