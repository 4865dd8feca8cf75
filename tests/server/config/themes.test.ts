import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColor, type Rgba } from '../../../server/config/contrast.ts';
import { loadConfig } from '../../../server/config/load.ts';
import { THEME_VARS } from '../../../server/config/theme-vars.ts';
import { CHANNELS } from '../../../server/schemas/message.ts';
import { SHIPPED } from './helpers.ts';

const themes = async () => {
  const r = await loadConfig(SHIPPED);
  if (!r.ok) throw new Error('shipped config is invalid');
  return Object.values(r.config.themes);
};
const colour = (v: string | undefined): Rgba => {
  const c = parseHexColor(v ?? '');
  if (!c) throw new Error(`not a hex colour: ${v}`);
  return c;
};

describe('theme contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio(colour('#000'), colour('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(colour('#fff'), colour('#fff'))).toBe(1);
    expect(contrastRatio(colour('#767676'), colour('#ffffff'))).toBeCloseTo(4.54, 2); // the classic AA grey
    expect(contrastRatio(colour('#ffffff80'), colour('#000000'))).toBeLessThan(contrastRatio(colour('#ffffff'), colour('#000000')));
    expect(parseHexColor('royalblue')).toBeNull();
  });

  it('defines every required variable in every theme', async () => {
    expect(THEME_VARS).toContain('--bg');
    expect(THEME_VARS).toContain('--ch-applemessages');
    expect(THEME_VARS).toHaveLength(12 + CHANNELS.length);
    for (const t of await themes()) expect(Object.keys(t.vars).sort()).toEqual([...THEME_VARS].sort());
  });

  it('keeps text at 4.5:1 on both backgrounds, and 7:1 for high-contrast', async () => {
    for (const t of await themes()) {
      const min = t.id === 'high-contrast' ? 7 : 4.5;
      for (const bg of ['--bg', '--bg-elevated']) {
        for (const fg of ['--fg', '--fg-muted']) {
          const ratio = contrastRatio(colour(t.vars[fg]), colour(t.vars[bg]));
          expect(ratio, `${t.id}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(min);
        }
      }
    }
  });

  it('keeps chart colours at 3:1 against the backgrounds (WCAG non-text contrast)', async () => {
    const chartVars = ['--accent', '--positive', '--neutral', '--negative', '--warning', ...CHANNELS.map((c) => `--ch-${c}`)];
    for (const t of await themes()) {
      for (const bg of ['--bg', '--bg-elevated']) {
        for (const v of chartVars) expect(contrastRatio(colour(t.vars[v]), colour(t.vars[bg])), `${t.id}: ${v} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
