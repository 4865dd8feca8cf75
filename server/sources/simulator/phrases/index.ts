import type { Lang } from '../../../schemas/message.ts';
import type { PhraseBank } from './types.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { nl } from './nl.ts';
import { pt } from './pt.ts';
import { zh } from './zh.ts';

export type { PhraseBank, SentimentTexts } from './types.ts';

/** One phrase bank per supported language. */
export const PHRASES: Readonly<Record<Lang, PhraseBank>> = { nl, en, fr, de, es, pt, it, zh, ja, ko };
