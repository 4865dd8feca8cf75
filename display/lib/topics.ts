import type { WallConfig } from '../../server/schemas/config.ts';
import type {
  CapacityData,
  FeaturedData,
  KeywordsData,
  KpiData,
  LanguagesData,
  SentimentData,
  StreamData,
  Topic,
  TrendingData,
  VolumeData,
} from '../../server/schemas/live.ts';

/** Payload type of each topic, so a subscription handle is typed by its topic. */
export interface TopicData {
  config: WallConfig;
  volume: VolumeData;
  sentiment: SentimentData;
  languages: LanguagesData;
  keywords: KeywordsData;
  trending: TrendingData;
  kpi: KpiData;
  stream: StreamData;
  featured: FeaturedData;
  capacity: CapacityData;
  control: unknown;
}

/** Compile-time check that every topic has a payload type. */
export type AllTopicsCovered = Topic extends keyof TopicData ? true : never;
