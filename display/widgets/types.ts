import type { Channel } from '../../server/schemas/message.ts';

/** What every widget receives from its host: its data (null until the first snapshot), options and the screen's context. */
export interface WidgetProps<D, O> {
  /** Latest topic state; null means "no data yet" and the widget shows a placeholder. */
  data: D | null;
  /** The widget's options from config; every field may be missing and is defaulted by the widget. */
  options?: Partial<O>;
  /** BCP 47 locale of the screen. */
  locale?: string;
  /** IANA time zone of the screen. */
  timeZone?: string;
  /** Channels the widget is filtered to (from its config), when it has a channel filter. */
  channels?: readonly Channel[];
  /** Server time (ms), ticking once a second; widgets round it to what they need. */
  now?: number;
  /** Compact screens (small touch kiosks) get denser widgets. */
  compact?: boolean;
}
