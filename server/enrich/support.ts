import type { Lang } from '../schemas/message.ts';
import type { SentimentModel } from './model.ts';
import { sentimentSupport, type LangSupport } from './sentiment.ts';

const f3 = (x: number | undefined): string => (x === undefined ? '?' : x.toFixed(3));

/** Per-language support with a model: which scorer each language uses and how well it measured. */
export function modelSupport(model: SentimentModel | null, loadError: string | null): Record<Lang, LangSupport> {
  const lexicon = sentimentSupport();
  if (model === null) {
    if (loadError === null) return lexicon;
    const out = { ...lexicon };
    for (const l of Object.keys(out) as Lang[]) out[l] = { ...out[l], note: `sentiment model not loaded (${loadError}); lexicon only` };
    return out;
  }
  const h = model.header;
  const out = {} as Record<Lang, LangSupport>;
  for (const l of Object.keys(lexicon) as Lang[]) {
    const info = h.langs[l];
    const q = info.quality;
    const model = info.method === 'lexicon' ? 'model (not used)' : 'model';
    const shared = q.cvModel === undefined;
    const parts: string[] = [];
    if (q.valModel !== undefined) parts.push(`val macro-F1 ${model} ${f3(q.valModel)} vs lexicon ${f3(q.valLexicon)}`);
    if (q.cvModel !== undefined) parts.push(`train 3-fold CV ${model} ${f3(q.cvModel)} vs lexicon ${f3(q.cvLexicon)}`);
    if (q.fixtureModel !== undefined) {
      const what = shared ? (info.method === 'lexicon' ? 'shared model (not used)' : 'shared model') : model;
      parts.push(`blind hand-written test set (${q.fixtureItems ?? '?'} posts, tests/server/enrich/fixtures/sentiment-blind-test.json) ${what} ${f3(q.fixtureModel)} vs lexicon ${f3(q.fixtureLexicon)}`);
    }
    const measured = parts.length ? parts.join('; ') : undefined;
    if (info.method === 'lexicon') {
      const why = shared
        ? 'no labelled data here, and a shared cross-lingual model did not clearly beat the lexicon on languages left out of training'
        : 'the model did not beat the lexicon in cross-validation on train';
      out[l] = { ...lexicon[l], note: `lexicon kept: ${why}`, ...(measured ? { measured } : {}) };
    } else if (info.method === 'model') {
      out[l] = { scored: true, method: 'model', source: `learned linear model (hashed words, char n-grams, emoji, lexicon features); ${h.trainedOn}`, ...(measured ? { measured } : {}) };
    } else {
      out[l] = {
        scored: true,
        method: 'model',
        source: `shared cross-lingual model over emoji, emoticons, punctuation and this language's lexicon sums (no words); ${h.trainedOn}`,
        note: 'no labelled data in this language: measured only on a small hand-written set',
        ...(measured ? { measured } : {}),
      };
    }
  }
  return out;
}
