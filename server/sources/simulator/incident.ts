import { SourceError } from '../types.ts';

/** What a caller asks for; omitted fields come from the preset of the same topic, then from defaults. */
export interface IncidentSpec {
  /** Preset name (`ash-cloud`) or any topic; other topics use generic texts with `{topic}`. */
  topic: string;
  /** Words written into generic texts (one per message); default the topic with dashes as spaces. */
  keywords?: string[];
  /** Default `#` + the topic without punctuation (`#ashcloud`). */
  hashtag?: string;
  /** Traffic multiplier while it lasts; default 10. */
  multiplier?: number;
  /** Share of negative texts among incident messages, 0…1; default 0.8. */
  negativeShare?: number;
  /** Default 30 min (45 min for `ash-cloud`). */
  durationMs?: number;
}

/** An incident with every field resolved and its window on the simulated clock. */
export interface Incident {
  topic: string;
  keywords: string[];
  hashtag: string;
  multiplier: number;
  negativeShare: number;
  durationMs: number;
  startsAt: number;
  endsAt: number;
}

/** Ready-made incidents; `ash-cloud` grounds flights after a volcanic eruption. */
export const INCIDENT_PRESETS: Readonly<Record<string, Readonly<Required<IncidentSpec>>>> = {
  'ash-cloud': {
    topic: 'ash-cloud',
    keywords: ['ash cloud', 'volcano', 'cancelled flights'],
    hashtag: '#ashcloud',
    multiplier: 10,
    negativeShare: 0.8,
    durationMs: 45 * 60_000, // 45 min
  },
};

const DEFAULTS = { multiplier: 10, negativeShare: 0.8, durationMs: 30 * 60_000 } as const;

const bad = (field: string, expected: string, got: unknown): SourceError =>
  new SourceError('HW_ERR_SOURCE_OPTION', 'simulator', `\`${field}\` should be ${expected}, got ${JSON.stringify(got)}`);

/** Fills an incident spec from its preset and defaults and places it at `at`; throws on values out of range. */
export function resolveIncident(spec: IncidentSpec, at: number): Incident {
  if (typeof spec.topic !== 'string' || spec.topic.trim() === '') throw bad('incident.topic', 'a non-empty string', spec.topic);
  const preset = INCIDENT_PRESETS[spec.topic];
  const multiplier = spec.multiplier ?? preset?.multiplier ?? DEFAULTS.multiplier;
  const negativeShare = spec.negativeShare ?? preset?.negativeShare ?? DEFAULTS.negativeShare;
  const durationMs = spec.durationMs ?? preset?.durationMs ?? DEFAULTS.durationMs;
  if (!Number.isFinite(multiplier) || multiplier < 1) throw bad('incident.multiplier', 'a number ≥ 1', multiplier);
  if (!(negativeShare >= 0 && negativeShare <= 1)) throw bad('incident.negativeShare', 'a number from 0 to 1', negativeShare);
  if (!Number.isFinite(durationMs) || durationMs <= 0) throw bad('incident.durationMs', 'a positive number of ms', durationMs);
  if (!Number.isFinite(at)) throw bad('incident start', 'an epoch ms time', at);
  const keywords = spec.keywords?.length ? [...spec.keywords] : preset ? [...preset.keywords] : [spec.topic.replace(/[-_]+/g, ' ')];
  const hashtag = spec.hashtag ?? preset?.hashtag ?? `#${spec.topic.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase()}`;
  return { topic: spec.topic, keywords, hashtag, multiplier, negativeShare, durationMs, startsAt: at, endsAt: at + durationMs };
}

/** True while `t` is inside the incident's window. */
export function incidentActive(incident: Incident | null, t: number): incident is Incident {
  return incident !== null && t >= incident.startsAt && t < incident.endsAt;
}
