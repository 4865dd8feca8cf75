import type { Component } from 'svelte';
import type { WidgetType } from '../../server/schemas/config.ts';
import type { WIDGET_TOPIC } from '../../server/config/widget-options.ts';
import ChannelCapacity from './ChannelCapacity.svelte';
import FeaturedPost from './FeaturedPost.svelte';
import KpiTiles from './KpiTiles.svelte';
import LanguageMix from './LanguageMix.svelte';
import RawStream from './RawStream.svelte';
import SentimentTimeline from './SentimentTimeline.svelte';
import TrendingTopics from './TrendingTopics.svelte';
import VolumeByChannel from './VolumeByChannel.svelte';
import WordCloud from './WordCloud.svelte';
import type { WidgetProps } from './types.ts';

/** How the host mounts one widget type: its component, the topic it subscribes to and a title when config has none. */
export interface WidgetEntry<T extends WidgetType = WidgetType> {
  // Each component narrows `data`/`options`; the host passes the topic's data, which the registry pairs correctly.
  component: Component<WidgetProps<any, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- see the line above
  topic: (typeof WIDGET_TOPIC)[T];
  title: string;
  /** Widgets that draw their own frame edge to edge (the word cloud) get less padding. */
  bleed?: boolean;
}

/** Widget type → component and topic. The topic mirrors server/config/widget-options.ts (checked by its type). */
export const WIDGETS: { [T in WidgetType]: WidgetEntry<T> } = {
  'kpi-tiles': { component: KpiTiles, topic: 'kpi', title: 'Today' },
  'word-cloud': { component: WordCloud, topic: 'keywords', title: 'What people talk about', bleed: true },
  'featured-post': { component: FeaturedPost, topic: 'featured', title: 'Featured' },
  'raw-stream': { component: RawStream, topic: 'stream', title: 'Live messages' },
  'channel-capacity': { component: ChannelCapacity, topic: 'capacity', title: 'Channel capacity' },
  'sentiment-timeline': { component: SentimentTimeline, topic: 'sentiment', title: 'Sentiment' },
  'volume-by-channel': { component: VolumeByChannel, topic: 'volume', title: 'Volume by channel' },
  'language-mix': { component: LanguageMix, topic: 'languages', title: 'Languages' },
  'trending-topics': { component: TrendingTopics, topic: 'trending', title: 'Trending' },
};

/** The entry for a type, or null for a type this build does not know (an older screen on a newer config). */
export function widgetEntry(type: string): WidgetEntry | null {
  return (WIDGETS as Record<string, WidgetEntry | undefined>)[type] ?? null;
}
