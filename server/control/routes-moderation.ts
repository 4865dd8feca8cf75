import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { HubwallError } from '../errors.ts';
import { toWallMessage } from '../aggregate/wall-message.ts';
import { compileBlocklist } from './featured-rules.ts';
import { FeaturedRulesInput, HideInput, KillInput, MessagesQuery, PostRef, type FeaturedRulesInput as RulesT, type HideInput as HideT, type PostRef as PostRefT } from './schemas.ts';
import type { Control } from './service.ts';

/** Most hidden entries listed in the panel. */
const HIDDEN_LIST_MAX = 200;

/** Featured post (pin, rules, blocklist), moderation (hide post/author, undo) and the kill switch. */
export async function moderationRoutes(app: FastifyInstance, control: Control): Promise<void> {
  app.get<{ Querystring: { limit?: number; q?: string } }>('/api/control/messages', { schema: { querystring: MessagesQuery } }, async (req) => {
    const mod = control.moderation;
    // Hidden posts are listed too (marked), so staff can undo from the same list.
    const messages = control.recentMessages(req.query.limit ?? 40, req.query.q?.trim() || undefined).map((m) => ({
      ...toWallMessage(m),
      hiddenPost: mod.has('post', m.channel, m.id),
      hiddenAuthor: mod.has('author', m.channel, m.author.id),
    }));
    return { ok: true, data: { messages, featured: control.pickFeatured(), settings: control.featuredSettings, killSwitch: control.killSwitch } };
  });

  app.post<{ Body: PostRefT }>('/api/control/featured/pin', { schema: { body: PostRef } }, async (req) => {
    const m = control.findMessage(req.body.channel, req.body.id);
    if (!m) throw new HubwallError('HW_ERR_NOT_FOUND', `no message ${req.body.channel}:${req.body.id} in the store`, 404);
    if (control.moderation.isHidden(m)) throw new HubwallError('HW_ERR_HIDDEN', 'this post or its author is hidden: undo that first', 409);
    if (compileBlocklist(control.featuredSettings.blocklist)(m.text)) throw new HubwallError('HW_ERR_BLOCKED', 'this post contains a blocklisted word and can never be featured', 409);
    control.setFeatured({ ...control.featuredSettings, pinned: { channel: m.channel, id: m.id } });
    app.audited(req, 'featured.pin', { channel: m.channel, id: m.id, author: m.author.name });
    return { ok: true, data: { featured: control.pickFeatured() } };
  });

  app.post('/api/control/featured/unpin', async (req) => {
    const was = control.featuredSettings.pinned;
    control.setFeatured({ ...control.featuredSettings, pinned: null });
    app.audited(req, 'featured.unpin', { was });
    return { ok: true, data: { featured: control.pickFeatured() } };
  });

  app.put<{ Body: RulesT }>('/api/control/featured/rules', { schema: { body: FeaturedRulesInput } }, async (req) => {
    const blocklist = [...new Set(req.body.blocklist.map((w) => w.trim().toLowerCase()).filter(Boolean))];
    control.setFeatured({ ...control.featuredSettings, mode: req.body.mode, blocklist });
    app.audited(req, 'featured.rules', { mode: req.body.mode, blocklist });
    return { ok: true, data: { settings: control.featuredSettings, featured: control.pickFeatured() } };
  });

  app.get('/api/control/hidden', async () => ({ ok: true, data: { hidden: control.moderation.list(HIDDEN_LIST_MAX), counts: control.moderation.counts() } }));

  app.post<{ Body: HideT }>('/api/control/hide', { schema: { body: HideInput } }, async (req) => {
    const { kind, channel, ref } = req.body;
    control.hide(kind, channel, ref, (req.body.label ?? '').slice(0, 200), req.user?.username ?? 'unknown');
    app.audited(req, kind === 'post' ? 'moderation.hide-post' : 'moderation.hide-author', { channel, ref, label: req.body.label ?? '' });
    return { ok: true, data: { counts: control.moderation.counts() } };
  });

  app.post<{ Body: HideT }>('/api/control/unhide', { schema: { body: HideInput } }, async (req) => {
    const { kind, channel, ref } = req.body;
    if (!control.unhide(kind, channel, ref)) throw new HubwallError('HW_ERR_NOT_FOUND', `${kind} ${channel}:${ref} is not hidden`, 404);
    app.audited(req, kind === 'post' ? 'moderation.unhide-post' : 'moderation.unhide-author', { channel, ref });
    return { ok: true, data: { counts: control.moderation.counts() } };
  });

  app.post<{ Body: { on: boolean } }>('/api/control/kill', { schema: { body: KillInput } }, async (req) => {
    control.setKill(req.body.on);
    app.audited(req, req.body.on ? 'kill-switch.on' : 'kill-switch.off');
    return { ok: true, data: { killSwitch: control.killSwitch } };
  });
}

/** Params of routes addressed by alert id. */
export const AlertParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 40 }) });
