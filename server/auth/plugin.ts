import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HubwallError } from '../errors.ts';
import { createAuditLog, type AuditLog } from './audit.ts';
import { pathOf, sameOrigin } from './guard.ts';
import { requireSession, SESSION_COOKIE } from './session-guard.ts';
import { dummyHash, hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { LoginLimiter, type LIMIT_DEFAULTS } from './rate-limit.ts';
import { ROLES, USERNAME_PATTERN, createSessionsRepo, createUsersRepo, type Role, type SessionUser, type SessionsRepo, type UsersRepo } from './users-repo.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user on guarded routes (/api/control/*, /api/auth/* except login); null elsewhere. */
    user: SessionUser | null;
  }
  interface FastifyContextConfig {
    /** Least role a guarded route needs; default `staff`. */
    role?: Role;
  }
  interface FastifyInstance {
    auth: { users: UsersRepo; sessions: SessionsRepo; limiter: LoginLimiter };
    /** Writes an audit entry for the request's user and address. */
    audited: (req: FastifyRequest, action: string, detail?: Record<string, unknown>) => void;
    audit: AuditLog;
  }
}

export interface AuthOptions {
  /** HMAC key for stored session id hashes; optional (plain SHA-256 without it). */
  sessionSecret?: string;
  /** Session lifetime; default 12 h (one shift). */
  sessionTtlMs?: number;
  /** First admin, created at start when no user of that name exists. */
  adminUser?: string;
  adminPassword?: string;
  limits?: Partial<typeof LIMIT_DEFAULTS>;
  now?: () => number;
}

/** Session cookie name. */
export { SESSION_COOKIE } from './session-guard.ts';
/** URL prefixes every request to which needs a session (and a CSRF token when it changes state). */
const GUARDED = ['/api/control/', '/api/auth/'];
const LOGIN = '/api/auth/login';
const ME = '/api/auth/me';
/** Guarded-prefix routes open without a session: login, and "who am I" (answers null when signed out). */
const OPEN = new Set([LOGIN, ME]);

const Credentials = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 40 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
const NewUser = Type.Object(
  { username: Type.String({ pattern: USERNAME_PATTERN }), password: Type.String({ maxLength: 200 }), role: Type.Union(ROLES.map((r) => Type.Literal(r))) },
  { additionalProperties: false },
);
const UserName = Type.Object({ username: Type.String({ pattern: USERNAME_PATTERN }) });

/**
 * Staff accounts and sessions: scrypt password hashes, a server-side session per login in an HttpOnly SameSite=Strict
 * cookie, a per-session CSRF token checked on every state change under /api/control and /api/auth, Origin checks,
 * and a bounded login rate limit. Also owns the audit log, since every entry names a signed-in user.
 */
export default fp<AuthOptions>(
  async (app, opts) => {
    const now = opts.now ?? Date.now;
    const ttlMs = opts.sessionTtlMs ?? 12 * 3_600_000; // 12 h
    const users = createUsersRepo(app.store.db);
    const sessions = createSessionsRepo(app.store.db, opts.sessionSecret);
    const limiter = new LoginLimiter(opts.limits);
    const audit = createAuditLog(app.store.db, now);
    await app.register(cookie);
    app.decorate('auth', { users, sessions, limiter });
    app.decorate('audit', audit);
    app.decorate('audited', (req: FastifyRequest, action: string, detail: Record<string, unknown> = {}) =>
      audit.write(req.user?.username ?? 'anonymous', action, detail, req.ip),
    );
    app.decorateRequest('user', null);

    if (opts.adminUser && opts.adminPassword && !users.find(opts.adminUser)) {
      const problem = passwordProblem(opts.adminPassword);
      if (problem) throw new Error(`HUBWALL_ADMIN_PASSWORD: ${problem.replace('`password`', 'it')}`);
      users.create(opts.adminUser, 'admin', await hashPassword(opts.adminPassword), now());
      audit.write('system', 'user.create', { username: opts.adminUser, role: 'admin', from: 'env' }, null);
      app.log.info({ username: opts.adminUser }, 'first admin created from HUBWALL_ADMIN_USER');
    }
    sessions.purgeExpired(now());
    const purge = setInterval(() => sessions.purgeExpired(now()), 3_600_000);
    purge.unref();
    app.addHook('onClose', async () => clearInterval(purge));

    // One guard for every route under the guarded prefixes, so a route added later cannot forget it.
    app.addHook('onRequest', async (req) => {
      const path = pathOf(req.url);
      if (!GUARDED.some((p) => path.startsWith(p)) || OPEN.has(path)) return;
      requireSession(app, req, req.routeOptions.config?.role ?? 'staff', now());
    });

    const setSessionCookie = (req: FastifyRequest, reply: FastifyReply, id: string) =>
      reply.setCookie(SESSION_COOKIE, id, { httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https', path: '/', maxAge: Math.floor(ttlMs / 1000) });

    app.post<{ Body: Static<typeof Credentials> }>(LOGIN, { schema: { body: Credentials } }, async (req, reply) => {
      // Login CSRF: a foreign page must not sign a kiosk browser into the attacker's account.
      if (!sameOrigin(req)) throw new HubwallError('HW_ERR_ORIGIN', '`Origin` should be this server, got another site', 403);
      const { username, password } = req.body;
      const wait = limiter.retryAfter(req.ip, username, now());
      if (wait > 0) {
        reply.header('retry-after', Math.ceil(wait / 1000));
        throw new HubwallError('HW_ERR_RATE_LIMITED', `too many failed logins: try again in ${Math.ceil(wait / 60_000)} min`, 429);
      }
      const user = users.find(username);
      // The hash is checked even for an unknown name, so timing does not tell which names exist.
      const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
      if (!user || !ok) {
        limiter.fail(req.ip, username, now());
        audit.write(username.slice(0, 40), 'login.failed', {}, req.ip);
        throw new HubwallError('HW_ERR_LOGIN', 'username or password is wrong', 401);
      }
      limiter.succeed(req.ip, username);
      const s = sessions.create(user.id, now(), ttlMs, req.ip);
      setSessionCookie(req, reply, s.id);
      audit.write(user.username, 'login', {}, req.ip);
      return { ok: true, data: { user: { username: user.username, role: user.role }, csrf: s.csrf, expiresAt: s.expiresAt } };
    });

    app.post('/api/auth/logout', async (req, reply) => {
      const id = req.cookies[SESSION_COOKIE];
      if (id) sessions.destroy(id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      app.audited(req, 'logout');
      return { ok: true, data: {} };
    });

    // A null user rather than a 401: the panel asks on every load, and "not signed in" is an answer, not an error.
    app.get(ME, async (req) => {
      const s = sessions.get(req.cookies[SESSION_COOKIE] ?? '', now());
      if (!s) return { ok: true, data: { user: null, csrf: null, expiresAt: null } };
      return { ok: true, data: { user: { username: s.user.username, role: s.user.role }, csrf: s.csrf, expiresAt: s.expiresAt } };
    });

    app.get('/api/auth/users', { config: { role: 'admin' } }, async () => ({
      ok: true,
      data: { users: users.list().map((u) => ({ username: u.username, role: u.role, createdAt: u.created_at })) },
    }));

    app.post<{ Body: Static<typeof NewUser> }>('/api/auth/users', { config: { role: 'admin' }, schema: { body: NewUser } }, async (req) => {
      const { username, password, role } = req.body;
      const problem = passwordProblem(password);
      if (problem) throw new HubwallError('HW_ERR_PASSWORD', problem);
      if (users.find(username)) throw new HubwallError('HW_ERR_USER_EXISTS', `user "${username}" already exists`, 409);
      users.create(username, role, await hashPassword(password), now());
      app.audited(req, 'user.create', { username, role });
      return { ok: true, data: { username, role } };
    });

    app.delete<{ Params: Static<typeof UserName> }>('/api/auth/users/:username', { config: { role: 'admin' }, schema: { params: UserName } }, async (req) => {
      const target = users.find(req.params.username);
      if (!target) throw new HubwallError('HW_ERR_NOT_FOUND', `no user "${req.params.username}"`, 404);
      if (target.id === req.user?.id) throw new HubwallError('HW_ERR_SELF', 'you cannot remove your own account', 400);
      sessions.destroyUser(target.id);
      users.remove(target.username);
      app.audited(req, 'user.remove', { username: target.username });
      return { ok: true, data: {} };
    });
  },
  { name: 'auth', dependencies: ['store'] },
);
