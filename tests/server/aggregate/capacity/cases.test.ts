import { describe, expect, it } from 'vitest';
import { CaseTracker } from '../../../../server/aggregate/capacity/cases.ts';
import { compilePriority } from '../../../../server/aggregate/capacity/priority.ts';
import { DEFAULT_PRIORITY } from '../../../../server/aggregate/capacity/defaults.ts';
import { scheduledAgents, validateCapacityConfig } from '../../../../server/aggregate/capacity/config.ts';
import { message } from '../../helper.ts';

const T0 = Date.parse('2026-11-26T09:00:00Z');
const HOUR = 3_600_000;
const rules = compilePriority(DEFAULT_PRIORITY);

describe('open cases', () => {
  it('a chat conversation is one case; any reply to the customer ends it', () => {
    const t = new CaseTracker(rules);
    t.add(message({ id: 'a', channel: 'whatsapp', author: { id: 'c1', name: 'C' }, createdAt: T0 }));
    t.add(message({ id: 'b', channel: 'whatsapp', author: { id: 'c1', name: 'C' }, createdAt: T0 + 1000 }));
    t.add(message({ id: 'c', channel: 'whatsapp', author: { id: 'c2', name: 'D' }, createdAt: T0 + 2000 }));
    expect(t.counts(T0 + 60_000, 3).get('whatsapp')).toMatchObject({ open: 2, oldestMs: 60_000 });
    t.add(message({ id: 'r1', channel: 'whatsapp', direction: 'outbound', inReplyTo: 'to:c1', createdAt: T0 + 5000 }));
    t.add(message({ id: 'r2', channel: 'whatsapp', direction: 'outbound', inReplyTo: 'c', createdAt: T0 + 6000 }));
    expect(t.counts(T0 + 60_000, 3).get('whatsapp')).toBeUndefined();
  });

  it('a public post is its own case, ended by a reply to it or a staff mark', () => {
    const t = new CaseTracker(rules);
    t.add(message({ id: 'p1', channel: 'x', createdAt: T0 }));
    t.add(message({ id: 'p2', channel: 'x', createdAt: T0 }));
    t.add(message({ id: 'p3', channel: 'x', createdAt: T0 }));
    t.add(message({ id: 'r', channel: 'x', direction: 'outbound', inReplyTo: 'p1', createdAt: T0 + 1 }));
    expect(t.markHandled('x', 'p2', T0 + 2)).toBe(true);
    expect(t.markHandled('x', 'p2', T0 + 3)).toBe(false);
    expect(t.counts(T0 + 10, 3).get('x')?.open).toBe(1);
  });

  it('drops cases past the TTL, caps the number held, and skips feed items', () => {
    const t = new CaseTracker(rules, 3, HOUR);
    for (let i = 0; i < 5; i++) t.add(message({ id: `m${i}`, channel: 'x', createdAt: T0 + i }));
    t.add(message({ id: 'rss:news-1', channel: 'x', createdAt: T0 + 9 }));
    expect(t.size).toBe(3);
    expect(t.counts(T0 + 2 * HOUR, 3).get('x')).toBeUndefined();
  });
});

describe('priority tiers', () => {
  const tier = (text: string, ageMs = 0, inConversation = false) => {
    const r = rules.tierAt(rules.match({ channel: 'x', authorId: 'u', text, inConversation }), ageMs);
    return r < 0 ? 'normal' : rules.tiers[r].id;
  };

  it('ranks imminent travel, then urgency words, then loyalty and ongoing conversations', () => {
    expect(tier('My flight leaves in 3 hours and my bag is gone')).toBe('travel-now');
    expect(tier('Mijn vlucht vertrekt vandaag, help')).toBe('travel-now');
    expect(tier('URGENT: refund please')).toBe('urgent');
    expect(tier('明天的航班取消了吗')).toBe('urgent');
    expect(tier('I am a gold member and nobody answers')).toBe('loyal');
    expect(tier('thanks', 0, true)).toBe('loyal');
    expect(tier('Nice crew on the flight')).toBe('normal');
  });

  it('lets a match lapse after its window: travel after 4 h, tomorrow after 12 h', () => {
    expect(tier('boarding now, urgent!', 3 * HOUR)).toBe('travel-now');
    expect(tier('boarding now, urgent!', 5 * HOUR)).toBe('urgent');
    expect(tier('boarding now, urgent!', 13 * HOUR)).toBe('normal');
  });

  it('matches configured author ids such as loyalty members', () => {
    const r = compilePriority([{ id: 'vip', label: 'VIP', authors: ['whatsapp:31612345678', 'u42'] }]);
    expect(r.match({ channel: 'whatsapp', authorId: '31612345678', text: 'hi', inConversation: false })).toBe(1);
    expect(r.match({ channel: 'line', authorId: 'U42', text: 'hi', inConversation: false })).toBe(1);
    expect(r.match({ channel: 'line', authorId: '31612345678', text: 'hi', inConversation: false })).toBe(0);
  });
});

describe('capacity config', () => {
  it('refuses a bad file with the field and the fix', () => {
    expect(() => validateCapacityConfig({ channels: { whatsapp: { agents: -1 } } }, 'staffing.json')).toThrow(/staffing.json: `channels.whatsapp.agents` should be/);
    expect(() => validateCapacityConfig({ channels: { myspace: {} } }, 'staffing.json')).toThrow(/`channels.myspace` is not a known field/);
    expect(() => validateCapacityConfig({ priority: [{ id: 'a', label: 'A', patterns: ['('] }] }, 'f')).toThrow(/`priority.0.patterns.0` should be a regular expression/);
  });

  it('reads the schedule in the configured zone, including slots past midnight', () => {
    const schedule = [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[], from: '08:00', to: '18:00', agents: 6 },
      { from: '22:00', to: '06:00', agents: 1 },
    ];
    // 2026-11-26 is a Thursday; 09:00 UTC is 10:00 in Amsterdam.
    expect(scheduledAgents(schedule, T0, 'Europe/Amsterdam')).toBe(6);
    expect(scheduledAgents(schedule, Date.parse('2026-11-26T22:30:00Z'), 'UTC')).toBe(1);
    expect(scheduledAgents(schedule, Date.parse('2026-11-27T03:00:00Z'), 'UTC')).toBe(1);
    expect(scheduledAgents(schedule, Date.parse('2026-11-28T12:00:00Z'), 'UTC')).toBeNull(); // Saturday noon
  });
});
