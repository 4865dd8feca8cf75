import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { WIDGET_TYPES } from '../../../server/schemas/config.ts';
import { WIDGET_FILTERS, WIDGET_OPTIONS, WIDGET_TOPIC, optionRules } from '../../../server/config/widget-options.ts';

describe('widget options', () => {
  it('pins the defaults of every widget type', () => {
    const defaults = Object.fromEntries(WIDGET_TYPES.map((t) => [t, Value.Default(WIDGET_OPTIONS[t], {})]));
    expect(defaults).toEqual({
      'kpi-tiles': { tiles: ['messagesToday', 'messagesLastHour', 'ratePerMinute', 'shareNegative', 'medianReplyMs'] },
      'word-cloud': { window: '1h', maxWords: 80, colorBy: 'sentiment' },
      'featured-post': { showAuthor: true, showChannel: true, showEngagement: true, maxChars: 400 },
      'raw-stream': { maxItems: 20, showSentiment: true, showChannel: true, showLanguage: false },
      'channel-capacity': { sortBy: 'wait', warnAt: 0.8, showAgents: true },
      'sentiment-timeline': { range: 240, bucket: 5, mode: 'share' },
      'volume-by-channel': { range: 60, bucket: 1, stacked: true },
      'language-mix': { maxLanguages: 8, chart: 'bars' },
      'trending-topics': { maxItems: 10, minRatio: 2, showNegativeShare: true },
    });
  });

  it('accepts its own defaults for every widget type', () => {
    for (const t of WIDGET_TYPES) {
      const options = Value.Default(WIDGET_OPTIONS[t], {}) as Record<string, unknown>;
      expect(Value.Check(WIDGET_OPTIONS[t], options), t).toBe(true);
      expect(optionRules(t, options), t).toEqual([]);
    }
  });

  it('maps every widget type to a topic and the filters that topic honours', () => {
    expect(Object.keys(WIDGET_TOPIC).sort()).toEqual([...WIDGET_TYPES].sort());
    expect(WIDGET_FILTERS['raw-stream']).toEqual(['channel', 'lang', 'sentiment', 'keyword', 'direction']);
    expect(WIDGET_FILTERS['featured-post']).toEqual([]);
  });
});
