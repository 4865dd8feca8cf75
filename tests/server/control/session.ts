import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../../../server/auth/password.ts';
import type { Role } from '../../../server/auth/users-repo.ts';

export const PASSWORD = 'correct horse battery';

/** Creates a user (cheap scrypt cost: tests only) and signs in; returns headers for guarded requests. */
export async function signIn(app: FastifyInstance, username: string, role: Role = 'staff') {
  if (!app.auth.users.find(username)) app.auth.users.create(username, role, await hashPassword(PASSWORD, { logN: 10 }), Date.now());
  const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
  if (r.statusCode !== 200) throw new Error(`login failed: ${r.body}`);
  const cookie = String(r.headers['set-cookie']).split(';')[0];
  const csrf = r.json().data.csrf as string;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}
