import type { Lang } from '../../../schemas/message.ts';

/** Texts by the sentiment the writer means. */
export interface SentimentTexts {
  negative: readonly string[];
  neutral: readonly string[];
  positive: readonly string[];
}

/**
 * Everything the simulator needs to write in one language.
 *
 * Templates use `{slot}` placeholders. Slots from `slots` are language-specific word lists;
 * the generator fills the shared ones: `{flight}` `{ref}` `{claim}` `{hours}` `{mins}` `{days}`
 * `{gate}` `{seat}` `{amount}` `{brand}` (the brand handle), `{name}` `{family}` (the customer,
 * in replies), `{agent}` (reply signature), `{tag}` (incident hashtag), `{topic}` (incident keyword).
 */
export interface PhraseBank {
  lang: Lang;
  firstNames: readonly string[];
  familyNames: readonly string[];
  /** CJK names are written family name first, without a space for zh and ko. */
  nameStyle: 'given-family' | 'family-given' | 'family-given-spaced';
  slots: Readonly<Record<string, readonly string[]>>;
  inbound: SentimentTexts;
  /** Brand replies, answering an inbound text of that sentiment. */
  replies: SentimentTexts;
  /** Incident texts by preset topic (e.g. `ash-cloud`). */
  incidents: Readonly<Record<string, SentimentTexts>>;
  /** Incident texts for any other topic; they use `{topic}` and `{tag}`. */
  incidentGeneric: SentimentTexts;
  /** Replies to incident messages. */
  incidentReplies: readonly string[];
  hashtags: readonly string[];
}
