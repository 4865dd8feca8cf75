import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HubwallError } from '../errors.ts';
import { CSRF_HEADER, csrfMatches, isStateChange, sameOrigin } from './guard.ts';
import { hasRole, type Role, type SessionUser } from './users-repo.ts';

/** Name of the HttpOnly session cookie. */
export const SESSION_COOKIE = 'hw_session';

/** True when the request carries a session cookie at all (valid or not): it then has to pass {@link requireSession}. */
export function hasSessionCookie(req: FastifyRequest): boolean {
  return typeof req.cookies?.[SESSION_COOKIE] === 'string';
}

/**
 * The checks every signed-in route makes: a live session, and on a change a same-site Origin and the session's CSRF
 * token; then the least role. Sets `req.user` and returns the user, or throws the 401/403 that says what is missing.
 */
export function requireSession(app: FastifyInstance, req: FastifyRequest, role: Role, now: number): SessionUser {
  const id = req.cookies?.[SESSION_COOKIE];
  const session = id ? app.auth.sessions.get(id, now) : null;
  if (!session) throw new HubwallError('HW_ERR_UNAUTHENTICATED', 'sign in first: no valid session cookie', 401);
  req.user = session.user;
  if (isStateChange(req.method)) {
    if (!sameOrigin(req)) throw new HubwallError('HW_ERR_ORIGIN', '`Origin` should be this server, got another site', 403);
    if (!csrfMatches(req.headers[CSRF_HEADER], session.csrf)) {
      throw new HubwallError('HW_ERR_CSRF', `\`${CSRF_HEADER}\` header should be this session's CSRF token (from login or GET /api/auth/me)`, 403);
    }
  }
  if (!hasRole(session.user.role, role)) throw new HubwallError('HW_ERR_FORBIDDEN', `this needs the ${role} role, you have ${session.user.role}`, 403);
  return session.user;
}
