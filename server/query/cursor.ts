/** Opaque page cursor: the (createdAt, seq) of the last row of a page, so the next page starts strictly after it. */
export interface Cursor {
  createdAt: number;
  seq: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.createdAt}:${c.seq}`).toString('base64url');
}

/** Returns null for anything that is not a cursor this server made. */
export function decodeCursor(s: string): Cursor | null {
  const m = /^(\d{1,16}):(\d{1,16})$/.exec(Buffer.from(s, 'base64url').toString());
  return m ? { createdAt: Number(m[1]), seq: Number(m[2]) } : null;
}
