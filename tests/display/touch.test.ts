import { describe, expect, it } from 'vitest';
import { SWIPE_MAX_MS, SWIPE_MIN_PX, detectSwipe, stepIndex } from '../../display/touch/swipe.ts';
import { MIN_TARGET_PX, wordHitBox } from '../../display/touch/hit-box.ts';
import { matchPost } from '../../display/touch/match-post.ts';
import { DrillState, MAX_DRILL_DEPTH } from '../../display/touch/drill.svelte.ts';
import type { WallMessage } from '../../server/schemas/live.ts';

const mark = (x: number, y = 0, t = 0) => ({ x, y, t });

describe('swipe detection', () => {
  it('pins its thresholds: 60 px sideways, twice the vertical travel, within 1 s', () => {
    expect([SWIPE_MIN_PX, SWIPE_MAX_MS]).toEqual([60, 1_000]);
  });
  it('reads a quick sideways move as a swipe: left means next, right means previous', () => {
    expect(detectSwipe(mark(500, 300, 0), mark(300, 320, 200))).toBe('left');
    expect(detectSwipe(mark(300, 300, 0), mark(500, 290, 200))).toBe('right');
  });
  it('ignores taps, short moves, vertical scrolls, slow drags and bad input', () => {
    expect(detectSwipe(mark(500, 300, 0), mark(502, 301, 90))).toBeNull();
    expect(detectSwipe(mark(500, 300, 0), mark(450, 300, 100))).toBeNull();
    expect(detectSwipe(mark(500, 300, 0), mark(400, 100, 200))).toBeNull();
    expect(detectSwipe(mark(500, 300, 0), mark(200, 300, 1500))).toBeNull();
    expect(detectSwipe(mark(500, 300, 500), mark(200, 300, 100))).toBeNull();
    expect(detectSwipe(null, mark(0))).toBeNull();
    expect(detectSwipe(mark(Number.NaN), mark(0, 0, 10))).toBeNull();
  });
  it('steps through the playlist with wrap-around; a dashboard outside the playlist starts at an end', () => {
    expect(stepIndex(0, 1, 4)).toBe(1);
    expect(stepIndex(3, 1, 4)).toBe(0);
    expect(stepIndex(0, -1, 4)).toBe(3);
    expect(stepIndex(-1, 1, 4)).toBe(0);
    expect(stepIndex(-1, -1, 4)).toBe(3);
    expect(stepIndex(2, 1, 0)).toBe(-1);
  });
});

describe('word hit boxes', () => {
  it('are at least 48 px each way, centred on the word', () => {
    expect(MIN_TARGET_PX).toBe(48);
    const b = wordHitBox({ text: 'wifi', size: 14, x: 100, y: 200 });
    expect(b.width).toBe(48);
    expect(b.height).toBe(48);
    expect(b.x + b.width / 2).toBeCloseTo(100);
    // The glyphs sit above the baseline, so the box centre is a little above y.
    expect(b.y + b.height / 2).toBeLessThan(200);
  });
  it('cover big words whole, counting CJK characters as one em', () => {
    const latin = wordHitBox({ text: 'insurance', size: 60, x: 0, y: 0 });
    expect(latin.width).toBeCloseTo(9 * 0.6 * 60);
    expect(latin.height).toBeCloseTo(60);
    expect(wordHitBox({ text: '航班', size: 60, x: 0, y: 0 }).width).toBeCloseTo(120);
  });
  it('fall back to the minimum box for a word with a bad size', () => {
    const b = wordHitBox({ text: 'x', size: Number.NaN, x: 10, y: 10 });
    expect([b.width, b.height]).toEqual([48, 48]);
  });
});

const post = (id: string, text: string, name = 'Anna'): WallMessage =>
  ({ id, channel: 'x', direction: 'inbound', author: { id: `u-${name}`, name }, text, createdAt: 0, lang: 'en', sentiment: { score: 0, label: 'neutral', confidence: 1 }, keywords: [], hashtags: [], url: null, engagement: { likes: 0, shares: 0, replies: 0 } }) as WallMessage;

describe('finding the tapped post of a stream row', () => {
  const list = [post('3', 'Gate changed again, nobody told us'), post('2', `${'Long story about my lost suitcase. '.repeat(12)}`, 'Bo'), post('1', 'Gate changed again, nobody told us', 'Cy')];
  it('matches by the visible text, truncated rows included', () => {
    expect(matchPost('Long story about my lost suitcase. Long story about my lost suitcase. Long…', 'Bo', list)?.id).toBe('2');
  });
  it('uses the author name to tell identical texts apart', () => {
    expect(matchPost('Gate changed again, nobody told us', 'Cy', list)?.id).toBe('1');
    expect(matchPost('Gate changed again, nobody told us', null, list)?.id).toBe('3');
  });
  it('finds nothing rather than the wrong post', () => {
    expect(matchPost('Something else entirely', null, list)).toBeNull();
    expect(matchPost('', null, list)).toBeNull();
    expect(matchPost('Gate', 'Zed', list)).toBeNull();
    expect(matchPost('x', null, null)).toBeNull();
  });
});

describe('drill-down stack', () => {
  it('opens, goes back, ignores a repeat of the view on screen, and closes', () => {
    const d = new DrillState();
    expect(d.current).toBeNull();
    d.open({ kind: 'keyword', word: 'delay' });
    d.open({ kind: 'keyword', word: 'delay' });
    d.open({ kind: 'channel', channel: 'x' });
    expect(d.stack.length).toBe(2);
    d.back();
    expect(d.current).toEqual({ kind: 'keyword', word: 'delay' });
    d.close();
    expect(d.current).toBeNull();
  });
  it('keeps at most MAX_DRILL_DEPTH views', () => {
    const d = new DrillState();
    for (let i = 0; i < 20; i++) d.open({ kind: 'keyword', word: `w${i}` });
    expect(d.stack.length).toBe(MAX_DRILL_DEPTH);
    expect(d.current).toEqual({ kind: 'keyword', word: 'w19' });
  });
});
