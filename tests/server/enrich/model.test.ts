import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEnricher } from '../../../server/enrich/enricher.ts';
import { loadModel, MODEL_URL } from '../../../server/enrich/model.ts';
import { LANGS } from '../../../server/schemas/message.ts';

describe('sentiment model file', () => {
  it('ships in the repo, small, with a method and class offsets for every language', () => {
    const m = loadModel();
    expect(m.bytes).toBeLessThan(20_000_000);
    expect(m.header.classes).toEqual(['negative', 'neutral', 'positive']);
    for (const l of LANGS) {
      expect(['model', 'shared', 'lexicon']).toContain(m.header.langs[l].method);
      expect(m.header.langs[l].bias).toHaveLength(3);
    }
    expect(String(MODEL_URL)).toMatch(/server\/enrich\/model\/sentiment\.bin$/);
  });

  it('refuses a file that is not a model, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hw-model-'));
    const bad = join(dir, 'bad.bin');
    writeFileSync(bad, 'not a model at all');
    expect(() => loadModel(bad)).toThrow(/bad\.bin should start with HWSM/);
    expect(() => createEnricher({ model: bad })).toThrow(/HWSM/);
  });

  it('gives the same answer for the same text every time (no state leaks between messages)', () => {
    const e = createEnricher();
    const t = 'Der Service war leider furchtbar, zwei Stunden Wartezeit';
    const first = e.enrich(t, 'de');
    e.enrich('Super, vielen Dank für die schnelle Hilfe! 😍', 'de');
    expect(e.enrich(t, 'de')).toEqual(first);
  });
});
